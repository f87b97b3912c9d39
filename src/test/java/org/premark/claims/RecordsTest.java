package org.premark.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The value records reject inconsistent spans and name the bad value. */
class RecordsTest {

    private static final Token STALIN = new Token("Stalin", "stalin", "PROPN", 0, 6);

    @Test
    void tokenSpanMustMatchItsText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Token("Stalin", "stalin", "PROPN", 0, 5));
        assertTrue(e.getMessage().contains("'Stalin'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Token("Stalin", "stalin", "PROPN", -1, 5));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Token("", "", "X", 0, 0));
        assertThrows(NullPointerException.class, () -> new Token("Stalin", null, "PROPN", 0, 6));
    }

    @Test
    void sentenceTokensMustLieInside() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Sentence(0, "won", 7, 10, List.of(STALIN)));
        assertTrue(e.getMessage().contains("outside"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Sentence(-1, "Stalin", 0, 6, List.of(STALIN)));
    }

    @Test
    void claimChecksItsValues() {
        assertThrows(IllegalArgumentException.class,
                () -> new Claim(0, 0, "Stalin", 0, 6, List.of(STALIN), "Because", false, false));
        assertThrows(IllegalArgumentException.class,
                () -> new Claim(0, 0, "  ", 0, 2, List.of(), "", false, false));
        assertThrows(IllegalArgumentException.class,
                () -> new Claim(0, 0, "Stalin", 0, 6, List.of(STALIN), "", true, false), "causal needs a connective");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Claim(0, -2, "Stalin", 0, 6, List.of(STALIN), "", false, false));
        assertTrue(e.getMessage().contains("-2"), e.getMessage());
    }

    @Test
    void listsAreCopied() {
        List<Token> tokens = new ArrayList<>(List.of(STALIN));
        Sentence s = new Sentence(0, "Stalin", 0, 6, tokens);
        Claim c = new Claim(0, 0, "Stalin", 0, 6, tokens, "", false, false);
        tokens.clear();
        assertEquals(1, s.tokens().size());
        assertEquals(1, c.tokens().size());
        assertThrows(UnsupportedOperationException.class, () -> c.tokens().add(STALIN));
    }
}
