package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.premark.claims.Claim;
import org.premark.claims.Token;
import org.premark.lang.Lexicon;
import org.premark.rubric.PointsScheme;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;

class PointAgentsTest {

    private final Terms terms = new Terms(w -> w, Lexicon.english());
    private static final Set<String> BE = Set.of("is", "are", "was", "were");

    private final RubricPoint pumped = new RubricPoint("pumped", "Blood is pumped to the lungs",
            "The heart pumps blood to the lungs.", List.of("pumps blood to the lungs"), List.of(), List.of(),
            List.of());
    private final RubricPoint exchanged = new RubricPoint("exchanged", "Oxygen enters the blood",
            "The lungs take in oxygen. Carbon dioxide is breathed out.", List.of("oxygen"), List.of(), List.of(),
            List.of());

    private Rubric rubric() {
        return new Rubric("blood", "Describe how blood picks up oxygen. [2]", 2, "", true,
                new PointsScheme(2, List.of(new PointsScheme.Row(0, 0, 0), new PointsScheme.Row(1, 1, 1),
                        new PointsScheme.Row(2, PointsScheme.OPEN, 2))),
                List.of(pumped, exchanged));
    }

    private Phrase cue(String text) {
        List<String> t = terms.exactTerms(text);
        return new Phrase(t, Set.copyOf(t), false, false, 1.0, text);
    }

    /** A claim: words and tags alternate. */
    private Claim claim(String... wordsAndTags) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < wordsAndTags.length; i += 2) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            tokens.add(new Token(wordsAndTags[i], wordsAndTags[i].toLowerCase(java.util.Locale.ROOT),
                    wordsAndTags[i + 1], text.length(), text.length() + wordsAndTags[i].length()));
            text.append(wordsAndTags[i]);
        }
        return new Claim(0, 0, text.toString(), 0, text.length(), tokens, "", false, false);
    }

    private boolean keeps(PointAgents agents, Claim c, Phrase phrase) {
        boolean[] credited = {true};
        agents.apply(List.of(c), List.of(new PointScore(pumped, 1.0, phrase)),
                List.of(terms.exactTerms(c.text())), credited);
        return credited[0];
    }

    @Test
    void theDoerIsTheWordARubricSentenceOpensWithBeforeItsVerb() {
        assertEquals("heart", PointAgents.opener("The heart pumps blood.", terms, BE)[0]);
        assertNull(PointAgents.opener("The valves of the heart close.", terms, BE), "no verb after the opener");
        assertNull(PointAgents.opener("Blood is pumped.", terms, BE), "a passive opener undergoes the verb");
    }

    @Test
    void aStepDoneByAnotherOfTheRubricsThingsIsNotThePoint() {
        PointAgents agents = PointAgents.of(rubric(), terms, BE);
        Phrase doing = cue("pumps blood to the lungs");
        assertFalse(keeps(agents, claim("the", "DET", "lungs", "NOUN", "pump", "VERB", "blood", "NOUN", "to", "ADP",
                "the", "DET", "lungs", "NOUN"), doing), "the lungs are another of the rubric's things");
        assertTrue(keeps(agents, claim("it", "PRON", "pumps", "VERB", "blood", "NOUN", "to", "ADP", "the", "DET",
                "lungs", "NOUN"), doing), "a pronoun may stand for the heart");
        assertTrue(keeps(agents, claim("the", "DET", "muscle", "NOUN", "pumps", "VERB", "blood", "NOUN", "to", "ADP",
                "the", "DET", "lungs", "NOUN"), doing), "a noun the rubric never opens with may be the heart");
        assertTrue(keeps(agents, claim("the", "DET", "lungs", "NOUN", "get", "VERB", "blood", "NOUN", "the", "DET",
                "heart", "NOUN", "pumps", "VERB"), doing), "the clause names the heart");
        assertTrue(keeps(agents, claim("the", "DET", "lungs", "NOUN", "pump", "VERB", "blood", "NOUN", "to", "ADP",
                "the", "DET", "lungs", "NOUN"), cue("blood lungs")), "a cue without the verb says no doer");
    }
}
