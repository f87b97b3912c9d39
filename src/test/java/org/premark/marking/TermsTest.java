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
    void everyFormOfGetAndMakeIsAStopWord() {
        // The stop list is compared as written, so "gets" and "making" must be listed beside "get" and "make".
        assertEquals(terms.exactTerms("the cell got a signal"), terms.exactTerms("the cell gets a signal"));
        assertEquals(List.of("enzym", "sugar"), terms.exactTerms("enzymes making sugars"));
        assertEquals(terms.exactTerms("the seed is getting water"), terms.exactTerms("the seed is water"));
    }

    @Test
    void pathWordsAreNoContentSoThroughAndIntoMeetTheSamePlace() {
        assertEquals(terms.exactTerms("the blood goes into the lungs"),
                terms.exactTerms("the blood goes through the lungs"));
        assertEquals(terms.exactTerms("sent to the lab"), terms.exactTerms("sent via the lab"));
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

    @Test
    void scanningForWordsAgreesWithTheSplitPattern() {
        List<String> texts = List.of("", "   ", "Stalin's men -- and Trotsky’s.", "'quoted' -dash- 1920s, 3½ years",
                "naïve Ærø café Москва 東京 ⅻ", "a\tb\nc;d:e(f)g", "rock'n'roll ''' --- ’’", "\uD835\uDC00bold \uD800x",
                "İstanbul ǅ ﬁne");
        for (String t : texts) {
            assertEquals(Terms.wordsByPattern(t), Terms.words(t), t);
        }
        java.util.Random random = new java.util.Random(11);
        String pool = "aZ9'’- .,;é東ⅻ\uD835\uDC00\t";
        for (int n = 0; n < 5_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                b.append(pool.charAt(random.nextInt(pool.length())));
            }
            assertEquals(Terms.wordsByPattern(b.toString()), Terms.words(b.toString()), b.toString());
        }
    }

    @Test
    void aTokensTermsAreTheSameWhenRemembered() {
        for (String token : List.of("Trotksy's", "genral", "the", "don't", "pall-bearer", "1924")) {
            List<String> fresh = terms.studentTerms(List.of(token));
            assertEquals(fresh, terms.studentTerms(token), token);
            assertEquals(fresh, terms.studentTerms(token), token + ", second time");
        }
    }
}
