package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.premark.lang.Lexicon;
import org.premark.rubric.RubricPoint;

/** Answers on why a medieval town's guild lost its charter, written for these tests. */
class SharedSubjectsTest {

    private static final Terms TERMS = new Terms(null, Lexicon.english());
    private static final RubricPoint EXILE = point("exile", "Guild masters banished");
    private static final RubricPoint MINES = point("mines", "Forced work in the mines");
    private static final RubricPoint DEBT = point("debt", "The guild's debts");
    private static final SharedSubjects RULE = new SharedSubjects(Set.of("and", "but"));

    private static RubricPoint point(String id, String label) {
        return new RubricPoint(id, label, label + ".", List.of(label), List.of(), List.of(), List.of());
    }

    private final TaggedClaims tagged = new TaggedClaims(TERMS);

    /** Each word is "text/TAG", the universal tags the annotator gives; the connective is the first word if given. */
    private SharedSubjectsTest clause(int sentence, String connective, RubricPoint point, String... words) {
        tagged.add(sentence, connective, point, null, words);
        return this;
    }

    private boolean[] apply() {
        boolean[] credited = tagged.matched();
        RULE.apply(tagged.claims, tagged.best, credited);
        return credited;
    }

    @Test
    void aClauseWithoutASubjectTellsMoreOfThePointBeforeIt() {
        clause(0, "", EXILE, "The/DET", "masters/NOUN", "were/AUX", "banished/VERB")
                .clause(0, "and", MINES, "and/CCONJ", "sent/VERB", "to/ADP", "the/DET", "mines/NOUN");
        assertArrayEquals(new boolean[] {true, false}, apply());
    }

    @Test
    void anUncreditedClauseBetweenIsLookedPastInTheSentence() {
        clause(0, "", EXILE, "The/DET", "masters/NOUN", "were/AUX", "banished/VERB")
                .clause(0, "", null, "were/AUX", "put/VERB", "on/ADP", "carts/NOUN")
                .clause(0, "and", MINES, "and/CCONJ", "had/AUX", "to/PART", "dig/VERB");
        assertArrayEquals(new boolean[] {true, false, false}, apply());
    }

    @Test
    void aClauseWithItsOwnSubjectIsAReasonOfItsOwn() {
        clause(0, "", EXILE, "The/DET", "masters/NOUN", "were/AUX", "banished/VERB")
                .clause(0, "and", DEBT, "and/CCONJ", "the/DET", "guild/NOUN", "owed/VERB", "money/NOUN")
                .clause(0, "but", MINES, "but/CCONJ", "others/PRON", "went/VERB", "to/ADP", "the/DET",
                        "mines/NOUN");
        assertArrayEquals(new boolean[] {true, true, true}, apply());
    }

    @Test
    void theSamePointOrAnotherSentenceOrAnotherConnectiveKeepsTheCredit() {
        clause(0, "", EXILE, "The/DET", "masters/NOUN", "were/AUX", "banished/VERB")
                .clause(0, "and", EXILE, "and/CCONJ", "driven/VERB", "out/ADP")
                .clause(1, "and", MINES, "And/CCONJ", "worked/VERB", "in/ADP", "mines/NOUN")
                .clause(1, "because", DEBT, "because/SCONJ", "owed/VERB", "money/NOUN");
        assertArrayEquals(new boolean[] {true, true, true, true}, apply());
    }
}
