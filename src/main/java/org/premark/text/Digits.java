package org.premark.text;

/**
 * Whether a text holds a digit: the cheap test before a year pattern, a list-number pattern or a year parse, all
 * of which need one, so that most text (which has none) skips them.
 */
public final class Digits {

    private Digits() {
    }

    /**
     * Any character {@link Character#isDigit} accepts. That includes every {@code [0-9]} that {@code \d} matches,
     * and the other scripts' digits {@link Integer#parseInt} reads, so a text without one can match none of them.
     */
    public static boolean any(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
