package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

class PointObjectsTest {

    private final Terms terms = new Terms(w -> w, Lexicon.english());
    private final VerbSynonyms verbs = new VerbSynonyms(Lexicon.english().groups(WordList.VERB_SYNONYMS).values(),
            terms);
    private static final Set<String> PARTICLES = Set.of("up", "back", "along");
    /** A stand-in tagger: these words get these tags, every other word is a noun. */
    private static final Map<String, String> TAGS = Map.ofEntries(Map.entry("the", "DET"), Map.entry("a", "DET"),
            Map.entry("an", "DET"), Map.entry("to", "ADP"), Map.entry("from", "ADP"), Map.entry("for", "ADP"),
            Map.entry("in", "ADP"), Map.entry("past", "ADP"), Map.entry("up", "ADP"), Map.entry("it", "PRON"),
            Map.entry("their", "PRON"), Map.entry("and", "CCONJ"), Map.entry("carry", "VERB"),
            Map.entry("carries", "VERB"), Map.entry("pick", "VERB"), Map.entry("needed", "VERB"),
            Map.entry("take", "VERB"), Map.entry("binds", "VERB"), Map.entry("travels", "VERB"),
            Map.entry("red", "ADJ"), Map.entry("then", "ADV"), Map.entry("'s", "VERB"), Map.entry("known", "VERB"),
            Map.entry("spare", "ADJ"), Map.entry("haemoglobin", "ADJ"));

    /** Oxygen carried by red cells: a cue with a verb and what it acts on, and one with a place only. */
    private final RubricPoint carried = new RubricPoint("oxygen-carried", "Red cells carry oxygen",
            "Red cells carry oxygen bound to haemoglobin from the lungs to the tissues.",
            List.of("red cells carry oxygen", "travels to the tissues"), List.of("carry, pick up"),
            List.of("The red cells pick up oxygen in the lungs."), List.of());

    private Rubric rubric() {
        Rubric r = new Rubric("blood", "List and describe how the blood supplies the body. [2]", 2, "", true,
                new PointsScheme(2, List.of(new PointsScheme.Row(0, 0, 0),
                        new PointsScheme.Row(1, PointsScheme.OPEN, 2)), PointsScheme.CreditRule.DESCRIBED),
                List.of(carried));
        return verbs.widen(r, terms, 2);
    }

    private static List<Claim> tag(String sentence) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : sentence.replaceAll("[.,;]", "").split(" ")) {
            tokens.add(new Token(w, w.toLowerCase(Locale.ROOT),
                    TAGS.getOrDefault(w.toLowerCase(Locale.ROOT), "NOUN"), at, at + w.length()));
            at += w.length() + 1;
        }
        return List.of(new Claim(0, 0, sentence, 0, sentence.length(), tokens, "", false, false));
    }

    private PointObjects objects() {
        return PointObjects.of(rubric(), terms, PointObjectsTest::tag, verbs.terms(), PARTICLES);
    }

    private Phrase cue(String text) {
        List<String> t = terms.exactTerms(text);
        return new Phrase(t, Set.copyOf(t), false, false, 1.0, text);
    }

    private boolean keeps(String clause) {
        Claim c = tag(clause).get(0);
        PointScore score = new PointScore(carried, 1.0, cue("red cells carry oxygen"));
        boolean[] credited = {true};
        objects().apply(List.of(c), List.of(score), credited);
        assertEquals(credited[0], objects().stands(c, score), "the score and the credit agree");
        return credited[0];
    }

    @Test
    void aCueWithAVerbAndANounAfterItIsAnObjectCue() {
        PointObjects.ObjectCue oc = objects().cue("oxygen-carried", cue("red cells carry oxygen"));
        assertNotNull(oc);
        assertEquals(Set.of(terms.exact("oxygen")), oc.object());
        assertTrue(oc.verbs().contains(terms.exact("carry")));
        assertTrue(oc.verbs().contains(terms.exact("pick")), "the point's synonyms of the verb count");
        assertNull(objects().cue("oxygen-carried", cue("travels to the tissues")), "a place is no object");
        assertNull(objects().cue("oxygen-carried", new Phrase(List.of(), Set.of(), false, true, 1.0,
                "The red cells pick up oxygen in the lungs.")), "an example phrasing is scored by overlap");
    }

    @Test
    void theVerbActingOnTheCuesObjectKeepsThePoint() {
        assertTrue(keeps("The red cells carry oxygen to the tissues"));
        assertTrue(keeps("The red cells pick up oxygen in the lungs"), "past a particle");
        assertTrue(keeps("The red cells carry the needed oxygen"), "past a participle after an article");
        assertTrue(keeps("The red cells carry their oxygen"), "a pronoun before a noun says whose");
        assertTrue(keeps("The red cells carry iron and oxygen"), "a coordination may hold the object");
        assertTrue(keeps("The red cells carry haemoglobin with oxygen"), "a thing the point itself names");
    }

    @Test
    void theVerbActingOnAnotherThingLosesThePoint() {
        assertFalse(keeps("The red cells carry messages from the brain for the oxygen supply"),
                "messages are carried, the oxygen only names the supply");
        assertFalse(keeps("The red cells carry it past the oxygen sensors"),
                "a pronoun with no object before it may be anything");
    }

    @Test
    void itsWrittenWithAnApostropheBeforeANounSaysWhose() {
        assertTrue(keeps("The red cells carry it's oxygen"), "one token");
        assertTrue(keeps("The red cells carry it 's spare oxygen"), "split as it + 's, past an adjective");
        assertTrue(keeps("The red cells carry it `s haemoglobin"),
                "a thing of the point read by the word, though tagged as an adjective");
        assertFalse(keeps("The red cells carry it 's known past the oxygen sensors"),
                "before no noun, \"it's\" is \"it is\": the pronoun stands alone");
    }

    @Test
    void aPronounStandsForTheObjectNamedBeforeTheVerb() {
        assertTrue(keeps("The lungs take oxygen and the red cells carry it"));
    }

    @Test
    void aClauseWithoutTheCuesVerbIsNotJudged() {
        assertTrue(keeps("Oxygen binds in the red cells"), "it matched otherwise; this rule reads verbs it sees");
    }
}
