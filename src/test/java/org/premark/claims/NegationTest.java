package org.premark.claims;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.premark.lang.Lexicon;

/** Negation cues over hand-tagged token lists. */
class NegationTest {

    private static final Negation NEGATION = new Negation(Lexicon.english());

    private static boolean negated(String spec) {
        return NEGATION.negated(Answer.tokens(spec));
    }

    @Test
    void grammaticalCuesNegate() {
        assertTrue(negated("Stalin/PROPN was/AUX not/PART General/ADJ Secretary/PROPN"));
        assertTrue(negated("Lenin/PROPN did/AUX n't/PART/not name/VERB an/DET heir/NOUN"));
        assertTrue(negated("Trotsky/PROPN never/ADV built/VERB a/DET faction/NOUN"));
        assertTrue(negated("nobody/PRON trusted/VERB Trotsky/PROPN"));
        assertTrue(negated("there/PRON was/AUX no/DET plan/NOUN"));
        assertTrue(negated("none/PRON of/ADP them/PRON objected/VERB"));
        assertTrue(negated("nothing/PRON was/AUX done/VERB"));
        assertTrue(negated("neither/CCONJ Zinoviev/PROPN nor/CCONJ Kamenev/PROPN acted/VERB"));
        assertTrue(negated("he/PRON can/AUX not/PART win/VERB"));
        assertTrue(negated("he/PRON cannot/AUX win/VERB"));
    }

    @Test
    void contractionsTypedWithoutTheApostropheNegate() {
        assertTrue(negated("trotsky/NOUN didnt/AUX go/VERB"));
        assertTrue(negated("he/PRON wasnt/AUX there/ADV"));
        assertTrue(negated("they/PRON cant/AUX vote/VERB"));
        assertTrue(negated("trotsky/NOUN did/AUX nt/PART/not go/VERB")); // "didnt" as the annotator cuts it
    }

    @Test
    void addingAndLexicalNegativesDoNot() {
        assertFalse(negated("he/PRON was/AUX not/PART only/ADV clever/ADJ but/CCONJ also/ADV lucky/ADJ"));
        assertFalse(negated("Trotsky/PROPN refused/VERB to/PART compromise/VERB"));
        assertFalse(negated("Trotsky/PROPN failed/VERB to/PART attend/VERB"));
        assertFalse(negated("Trotsky/PROPN missed/VERB the/DET funeral/NOUN"));
        assertFalse(negated("there/PRON is/AUX no/DET doubt/NOUN Stalin/PROPN won/VERB"));
        assertFalse(negated("Stalin/PROPN knew/VERB Lenin/PROPN well/ADV"));
        assertFalse(negated("he/PRON want/VERB power/NOUN")); // "want" is not a bare "n't" contraction
    }
}
