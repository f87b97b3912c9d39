package org.premark.claims;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenTest {

    private static Token tagged(String text, String pos) {
        return new Token(text, text.toLowerCase(), pos, 0, text.length());
    }

    @Test
    void wordClassesReadUniversalAndPennTags() {
        assertTrue(tagged("ribosome", "NOUN").noun());
        assertTrue(tagged("Cromwell", "PROPN").noun());
        assertTrue(tagged("ships", "NNS").noun());
        assertTrue(tagged("slowly", "ADV").adverb());
        assertTrue(tagged("slowly", "RB").adverb());
        assertTrue(tagged("into", "ADP").adposition());
        assertTrue(tagged("into", "IN").adposition());
        assertTrue(tagged("to", "TO").adposition());
        assertTrue(tagged("they", "PRON").pronoun());
        assertTrue(tagged("his", "PRP$").pronoun());
        assertTrue(tagged("the", "DET").determiner());
        assertTrue(tagged("the", "DT").determiner());
        assertTrue(tagged("and", "CCONJ").coordinator());
        assertTrue(tagged("but", "CC").coordinator());
        assertTrue(tagged("Cromwell", "PROPN").properNoun());
        assertTrue(tagged("Tudors", "NNPS").properNoun());
        assertTrue(tagged("sailed", "VERB").verb());
        assertTrue(tagged("was", "AUX").verb());
        assertTrue(tagged("sailed", "VBD").verb());
        assertTrue(tagged("could", "MD").verb());
    }

    @Test
    void aWordIsNotAnotherClass() {
        Token verb = tagged("carries", "VERB");
        assertFalse(verb.noun());
        assertFalse(verb.adverb());
        assertFalse(verb.adposition());
        assertFalse(verb.pronoun());
        assertFalse(verb.determiner());
        assertFalse(verb.coordinator());
        assertFalse(verb.properNoun());
        assertFalse(tagged("ship", "NOUN").properNoun());
        assertFalse(tagged("ship", "NOUN").verb());
        assertFalse(tagged("quick", "ADJ").adverb());
        assertFalse(tagged("that", "SCONJ").coordinator());
    }
}
