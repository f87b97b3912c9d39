package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AnswerShapeTest {

    @Test
    void countsWordsAsThePatternDoes() {
        List<String> texts = List.of("", "  ", "Stalin's rise -- and Trotsky’s fall.", "-'quoted'- 1920s, 3½ years",
                "naïve Ærø café Москва 東京 ⅻ", "a\tb\nc;d:e(f)g", "rock'n'roll ''' --- ’’", "\uD835\uDC00bold \uD800x");
        for (String t : texts) {
            assertEquals(AnswerShape.countWordsByPattern(t), AnswerShape.countWords(t), t);
        }
        Random random = new Random(5);
        String pool = "aZ9'’- .,;é東ⅻ\uD835\uDC00\t";
        for (int n = 0; n < 5_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                b.append(pool.charAt(random.nextInt(pool.length())));
            }
            assertEquals(AnswerShape.countWordsByPattern(b.toString()), AnswerShape.countWords(b.toString()), b.toString());
        }
    }

    @Test
    void cutsFragmentsAsThePatternDoes() {
        List<String> texts = List.of("", ",", "red, green; blue\nviolet", "a - b - - c", "x -\ty\n-\nz", " - lead",
                "trail - ", "dots·and•bullets,,;;", "one-two - three", "\uD835\uDC00bold - \uD800x");
        for (String t : texts) {
            assertArrayEquals(AnswerShape.fragmentWordsByPattern(t), AnswerShape.fragmentWords(t), t);
        }
        Random random = new Random(7);
        String pool = "aZ9'’- -- .,;\n\t\r•·é\uD835\uDC00";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                b.append(pool.charAt(random.nextInt(pool.length())));
            }
            String t = b.toString();
            assertArrayEquals(AnswerShape.fragmentWordsByPattern(t), AnswerShape.fragmentWords(t), t);
        }
    }

    @Test
    void aHyphenOrApostropheKeepsAWordGoingButDoesNotStartOne() {
        assertEquals(2, AnswerShape.countWords("well-known 'purges'"));
        assertEquals(3, AnswerShape.countWords("- 1 - 2 - 3 -"));
    }
}
