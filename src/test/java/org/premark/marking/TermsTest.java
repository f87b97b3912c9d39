package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermsTest {

    private final Terms terms = new Terms(word -> Map.of("genral", "general", "secretery", "secretary", "trotksy", "trotsky")
            .getOrDefault(word, word));

    @Test
    void stemsAndDropsStopWordsAndPossessives() {
        assertEquals(List.of("stalin", "appoint", "support"), terms.exactTerms("Stalin's appointments of his supporters"));
    }

    @Test
    void studentWordsAreSpellingCorrectedBeforeStemming() {
        assertEquals(List.of("stalin", "general", "secretari", "trotski"),
                terms.studentTerms(List.of("stalin", "was", "the", "genral", "secretery", "Trotksy")));
    }

    @Test
    void negationsAreRecognisedAndNeverTerms() {
        assertTrue(Terms.isNegation("not"));
        assertTrue(Terms.isNegation("didn't"));
        assertTrue(Terms.isNegation("n't"));
        assertTrue(Terms.isNegation("never"));
        assertNull(terms.exact("not"));
    }

    @Test
    void hyphenatedWordsJoin() {
        assertEquals(terms.exactTerms("pallbearer"), terms.exactTerms("pall-bearer"));
    }
}
