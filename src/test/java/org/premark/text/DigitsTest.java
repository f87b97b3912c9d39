package org.premark.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DigitsTest {

    @Test
    void findsAnyDigitIncludingOtherScriptsAndNothingElse() {
        assertTrue(Digits.any("the war began in 1914"));
        assertTrue(Digits.any("step 2"));
        assertTrue(Digits.any("\u0661\u0669\u0661\u0664")); // Arabic-Indic digits, which Integer.parseInt reads
        assertFalse(Digits.any("no numbers here, only words and ½ and Ⅳ"));
        assertFalse(Digits.any(""));
    }
}
