package org.premark.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordsTest {

    /** The one-scan lower-casing gives what replacing typographic characters and then lower-casing gives. */
    @Test
    void lowerEqualsPlainThenLowerCase() {
        String alphabet = "abzAZ09'`\"-.,\t\u000B\f \u00A0\u2019\u201C\u2013\u00C9\u00E9\u0130\u00DF\u007F";
        Random random = new Random(5);
        for (int round = 0; round < 5000; round++) {
            StringBuilder b = new StringBuilder();
            for (int n = 1 + random.nextInt(6); n > 0; n--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            Token token = new Token(text, "x", "NOUN", 0, text.length());
            assertEquals(Words.plain(text).toLowerCase(Locale.ROOT), Words.lower(token), text);
        }
        assertEquals("stalin's", Words.lower(new Token("Stalin\u2019s", "x", "PROPN", 0, 8)));
    }
}
