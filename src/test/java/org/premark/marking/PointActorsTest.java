package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.premark.lang.Lexicon;
import org.premark.rubric.RubricPoint;

/** A rubric about two rival medieval brothers, written for these tests. */
class PointActorsTest {

    private static final Terms TERMS = new Terms(null, Lexicon.english());
    private static final RubricPoint CROWN = new RubricPoint("crown", "Coronation", "Henry seized the treasury and was "
            + "crowned at once while Robert was away. The barons accepted it.", List.of("crowned"), List.of(),
            List.of("Henry rode to the abbey and was crowned before anyone could object."), List.of());
    private static final RubricPoint CRUSADE = new RubricPoint("crusade", "Robert's crusade", "Robert was on crusade "
            + "when their brother died, so Henry moved first.", List.of("on crusade"), List.of(), List.of(), List.of());
    private static final RubricPoint SUPPLY = new RubricPoint("supply", "Supplies", "Prisoners were fed badly.",
            List.of("fed badly"), List.of(), List.of(), List.of());
    private static final PointActors ACTORS = PointActors.of(List.of(CROWN, CRUSADE, SUPPLY), TERMS);

    private final TaggedClaims tagged = new TaggedClaims(TERMS);

    /** Each word is "text/TAG"; the tags are the universal ones the annotator gives. */
    private PointActorsTest clause(int sentence, RubricPoint point, String phrase, String... words) {
        tagged.add(sentence, "", point, phrase, words);
        return this;
    }

    private boolean[] apply() {
        boolean[] credited = tagged.matched();
        ACTORS.apply(tagged.claims, tagged.best, credited);
        return credited;
    }

    @Test
    void theRubricSentenceHoldingThePhraseSaysWhoDidIt() {
        assertEquals("henry", ACTORS.actor("crown", new Phrase(List.of("crown"), java.util.Set.of("crown"), false,
                false, 1, "crowned")));
        assertEquals("robert", ACTORS.actor("crusade", new Phrase(List.of("crusad"), java.util.Set.of("crusad"),
                false, false, 1, "on crusade")));
        assertNull(ACTORS.actor("supply", new Phrase(List.of("fed"), java.util.Set.of("fed"), false, false, 1, "fed")),
                "'Prisoners' is never written with a capital inside a sentence: not a person");
        assertNull(ACTORS.actor("crown", null));
    }

    @Test
    void aPointGivenToAnotherOfTheRubricsPeopleIsNotCredited() {
        clause(0, CROWN, "crowned", "Robert/PROPN", "was/AUX", "crowned/VERB", "in/ADP", "haste/NOUN");
        clause(1, CROWN, "crowned", "Henry/PROPN", "was/AUX", "quickly/ADV", "crowned/VERB");
        assertArrayEquals(new boolean[] {false, true}, apply());
    }

    @Test
    void aPronounStandsForTheNameBeforeItInItsSentenceOrForTheOnlyPersonJustBefore() {
        clause(0, null, "", "Robert/PROPN", "sailed/VERB", "east/ADV");
        clause(1, CROWN, "crowned", "he/PRON", "was/AUX", "crowned/VERB");
        assertArrayEquals(new boolean[] {false, false}, apply(), "he is Robert, who was not the one crowned");
    }

    @Test
    void anUnclearPronounOrAnotherSubjectKeepsThePoint() {
        clause(0, null, "", "Robert/PROPN", "sailed/VERB", "east/ADV");
        clause(1, null, "", "Henry/PROPN", "stayed/VERB");
        clause(2, CROWN, "crowned", "he/PRON", "was/AUX", "crowned/VERB");
        clause(3, CROWN, "crowned", "The/DET", "abbot/NOUN", "crowned/VERB", "him/PRON");
        assertArrayEquals(new boolean[] {false, false, true, true}, apply());
    }

    @Test
    void aPointGivenToTwoOtherNamedPeopleTogetherIsNotCredited() {
        RubricPoint council = new RubricPoint("council", "The council", "While Odo and Walter quarrelled, Henry won "
                + "the council over.", List.of("won the council"), List.of(), List.of(), List.of());
        RubricPoint pact = new RubricPoint("pact", "The pact", "In secret Henry made a pact with Odo.",
                List.of("made a pact"), List.of(), List.of(), List.of());
        PointActors actors = PointActors.of(List.of(CROWN, council, pact), TERMS);
        clause(0, CROWN, "crowned", "Odo/PROPN", "and/CCONJ", "Walter/PROPN", "crowned/VERB", "themselves/PRON");
        clause(1, CROWN, "crowned", "Henry/PROPN", "and/CCONJ", "Odo/PROPN", "crowned/VERB", "themselves/PRON");
        clause(2, CROWN, "crowned", "The/DET", "barons/NOUN", "and/CCONJ", "knights/NOUN", "crowned/VERB", "him/PRON");
        clause(3, pact, "made a pact", "Odo/PROPN", "and/CCONJ", "Walter/PROPN", "made/VERB", "a/DET", "pact/NOUN");
        clause(4, CROWN, "crowned", "Odo/PROPN", "and/CCONJ", "Walter/PROPN", "were/AUX", "made/VERB", "to/PART",
                "watch/VERB", "Henry/PROPN", "crowned/VERB");
        boolean[] credited = {true, true, true, true, true};
        actors.apply(tagged.claims, tagged.best, credited);
        assertArrayEquals(new boolean[] {false, true, true, true, true}, credited,
                "Odo and Walter are named in the rubric, but its sentence on the crowning names neither;"
                        + " its sentence on the pact, which opens with no one, names Odo; a pair made to watch did nothing");
    }
}
