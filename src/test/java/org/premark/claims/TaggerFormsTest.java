package org.premark.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TaggerFormsTest {

    @Test
    void aWordOpeningSmallWithACapitalInsideIsCamelCased() {
        assertTrue(TaggerForms.camelCased("xRay"));
        assertTrue(TaggerForms.camelCased("pH7X"));
        assertFalse(TaggerForms.camelCased("McAdam"), "opens with a capital: a name");
        assertFalse(TaggerForms.camelCased("ABC"));
        assertFalse(TaggerForms.camelCased("water"));
        assertFalse(TaggerForms.camelCased("e-Mail"), "a hyphen is no letter or digit");
        assertFalse(TaggerForms.camelCased(""));
    }

    @Test
    void theTaggerSeesCamelCasedWordsInLowerCaseAndTheRestAsWritten() {
        String[] words = {"The", "xRay", "then", "hits", "the", "Plate"};
        assertArrayEquals(new String[] {"The", "xray", "then", "hits", "the", "Plate"}, TaggerForms.of(words));
        assertArrayEquals(new String[] {"The", "xRay", "then", "hits", "the", "Plate"}, words, "input unchanged");
        String[] plain = {"Ice", "melts"};
        assertSame(plain, TaggerForms.of(plain));
    }
}
