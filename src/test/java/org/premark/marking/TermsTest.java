package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.premark.lang.Lexicon;

class TermsTest {

    private final Terms terms = new Terms(word -> Map.of("genral", "general", "secretery", "secretary", "trotksy", "trotsky")
            .getOrDefault(word, word), Lexicon.english());

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
        assertTrue(terms.isNegation("not"));
        assertTrue(terms.isNegation("didn't"));
        assertTrue(terms.isNegation("n't"));
        assertTrue(terms.isNegation("never"));
        assertNull(terms.exact("not"));
    }

    @Test
    void hyphenatedWordsJoin() {
        assertEquals(terms.exactTerms("pallbearer"), terms.exactTerms("pall-bearer"));
    }

    @Test
    void writtenWordsKeepTheStudentsSpellingPositionForPosition() {
        String text = "The Queen's fleet -- sailed in 1588!";
        assertEquals(List.of("The", "Queen's", "fleet", "sailed", "in", "1588"), Terms.writtenWords(text));
        assertEquals(Terms.words(text).size(), Terms.writtenWords(text).size());
    }
}
