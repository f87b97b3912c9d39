package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.premark.claims.Claim;
import org.premark.claims.Token;
import org.premark.lang.Lexicon;
import org.premark.lang.WordList;
import org.premark.rubric.PointsScheme;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;

class PointDoersTest {

    private final Terms terms = new Terms(w -> w, Lexicon.english());
    private final VerbSynonyms verbs = new VerbSynonyms(Lexicon.english().groups(WordList.VERB_SYNONYMS).values(),
            terms);
    private static final Set<String> BE = Set.of("is", "are", "was", "were");
    /** A stand-in tagger: these words get these tags, every other word is a noun. */
    private static final Map<String, String> TAGS = Map.ofEntries(Map.entry("the", "DET"), Map.entry("a", "DET"),
            Map.entry("to", "ADP"), Map.entry("into", "ADP"), Map.entry("it", "PRON"), Map.entry("is", "AUX"),
            Map.entry("are", "AUX"), Map.entry("squeezes", "VERB"), Map.entry("squeeze", "VERB"),
            Map.entry("pushed", "VERB"), Map.entry("sent", "VERB"), Map.entry("then", "ADV"),
            Map.entry("digested", "VERB"), Map.entry("broken", "VERB"), Map.entry("down", "ADP"),
            Map.entry("churned", "VERB"), Map.entry("churn", "VERB"), Map.entry("by", "ADP"),
            Map.entry("swallowed", "VERB"), Map.entry("and", "CCONJ"));

    /** Food reaching the stomach: the oesophagus does it, which the rubric says in an example. */
    private final RubricPoint swallowed = new RubricPoint("to-stomach", "Food is pushed to the stomach",
            "The oesophagus squeezes the food down into the stomach.",
            List.of("squeezes the food", "travels down the gullet"), List.of(),
            List.of("The oesophagus moves the food to the stomach."), List.of());
    private final RubricPoint digested = new RubricPoint("digested", "Enzymes break the food down",
            "In the stomach the food is broken down by enzymes.", List.of("enzymes"), List.of(), List.of(),
            List.of());

    /** A passive step: what is done to (the food) and, after "by", what does it (the stomach wall). */
    private final RubricPoint churned = new RubricPoint("churned", "The food is churned",
            "The food is churned by the stomach wall.", List.of("churned"), List.of(),
            List.of("The food is swallowed."), List.of());

    private Rubric rubric() {
        Rubric r = new Rubric("digestion", "Starting with swallowing, list and describe the steps of digestion. [2]",
                2, "", true, new PointsScheme(2, List.of(new PointsScheme.Row(0, 0, 0),
                        new PointsScheme.Row(1, PointsScheme.OPEN, 2)), PointsScheme.CreditRule.DESCRIBED),
                List.of(swallowed, digested, churned));
        return verbs.widen(r, terms, 2);
    }

    private static List<Claim> tag(String sentence) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : sentence.replaceAll("[.,;]", "").split(" ")) {
            tokens.add(new Token(w, w.toLowerCase(java.util.Locale.ROOT),
                    TAGS.getOrDefault(w.toLowerCase(java.util.Locale.ROOT), "NOUN"), at, at + w.length()));
            at += w.length() + 1;
        }
        return List.of(new Claim(0, 0, sentence, 0, sentence.length(), tokens, "", false, false));
    }

    private PointDoers doers() {
        return PointDoers.of(rubric(), terms, PointDoersTest::tag, BE, verbs.terms());
    }

    private Phrase phrase(String text, boolean example) {
        List<String> t = terms.exactTerms(text);
        return new Phrase(t, Set.copyOf(t), false, example, 1.0, text);
    }

    private boolean keeps(String clause, Phrase phrase) {
        Claim c = tag(clause).get(0);
        boolean[] credited = {true};
        doers().apply(List.of(c), List.of(new PointScore(swallowed, 1.0, phrase)),
                List.of(terms.exactTerms(clause)), credited);
        return credited[0];
    }

    @Test
    void theDoerIsEveryNounBeforeAnActiveVerbOfTheRubricSentence() {
        Phrase cue = phrase("squeezes the food", false);
        assertEquals(Set.of(terms.exact("oesophagus")), doers().sentence("to-stomach", cue).doers());
        assertNull(doers().sentence("digested", phrase("food broken", false)), "a passive sentence names no doer");
        assertNull(doers().sentence("to-stomach", phrase("stomach", false)), "a cue without the verb says no doer");
    }

    @Test
    void anotherThingTheRubricNamesDoingTheStepDoesNotEarnIt() {
        Phrase cue = phrase("squeezes the food", false);
        assertFalse(keeps("The stomach squeezes the food", cue), "the stomach is a thing of the rubric");
        assertFalse(keeps("The enzymes then squeeze the food", cue), "past an adverb");
        assertTrue(keeps("It squeezes the food", cue), "a pronoun may stand for the oesophagus");
        assertTrue(keeps("The tube squeezes the food", cue), "a word the rubric never uses may be the doer");
        assertTrue(keeps("The oesophagus squeezes the food", cue), "the doer itself");
        assertTrue(keeps("The food is sent to the stomach", phrase("The oesophagus moves the food to the stomach.",
                true)), "a passive subject undergoes the step");
    }

    @Test
    void aCueNoSentenceHoldsThatSaysAnEverydayActionAsksForThePointsDoers() {
        Phrase unheld = phrase("travels down the gullet", false);
        assertEquals(Set.of(terms.exact("oesophagus")), doers().sentence("to-stomach", unheld).doers());
        assertFalse(keeps("The enzymes travel down the gullet", unheld));
        assertTrue(keeps("It travels down the gullet", unheld));
    }

    @Test
    void aPassiveSentenceNamesWhatItIsDoneToAndItsDoerAfterBy() {
        Phrase cue = phrase("churned", false);
        assertEquals(Set.of(terms.exact("food"), terms.exact("stomach"), terms.exact("wall")),
                doers().sentence("churned", cue).doers());
        assertNull(doers().sentence("churned", phrase("The food is swallowed.", true)),
                "without \"by\" the rubric leaves the doer open");
        Claim c = tag("The enzymes churned it").get(0);
        boolean[] credited = {true};
        doers().apply(List.of(c), List.of(new PointScore(churned, 1.0, cue)), List.of(terms.exactTerms(c.text())),
                credited);
        assertFalse(credited[0], "the enzymes are neither the food nor the wall");
    }

    @Test
    void anExamplePhrasingAsksForItsDoerAndAnEverydayVerbIsReadAsAVerbWhateverItsTag() {
        Phrase example = phrase("The oesophagus moves the food to the stomach.", true);
        // "travels" is tagged a noun here, as a tagger often reads it after a noun.
        assertFalse(keeps("The enzymes travels to the stomach", example), "the enzymes do not move the food");
        assertTrue(keeps("The oesophagus travels to the stomach", example));
    }

    /** Two clauses of one sentence, the second joined to the first by {@code connective}. */
    private boolean keepsSecond(String first, String connective, String second, Phrase phrase) {
        Claim a = tag(first).get(0);
        Claim b0 = tag(second).get(0);
        Claim b = new Claim(1, 0, b0.text(), b0.start(), b0.end(), b0.tokens(), connective, false, false);
        boolean[] credited = {false, true};
        doers().apply(List.of(a, b), java.util.Arrays.asList(null, new PointScore(swallowed, 1.0, phrase)),
                List.of(terms.exactTerms(first), terms.exactTerms(second)), credited);
        return credited[1];
    }

    @Test
    void aClauseWithoutASubjectTakesTheSubjectOfTheClauseBeforeIt() {
        Phrase unheld = phrase("travels down the gullet", false);
        assertFalse(keepsSecond("The enzymes squeeze the food", "and", "and travel down the gullet", unheld),
                "the enzymes travel, not the oesophagus");
        assertTrue(keepsSecond("It squeezes the food", "and", "and travels down the gullet", unheld),
                "a pronoun may stand for the doer");
        assertTrue(keepsSecond("The enzymes squeeze the food", "", "travels down the gullet", unheld),
                "not joined by a coordinating connective: the subject is not carried over");
    }
}
