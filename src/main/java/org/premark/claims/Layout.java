package org.premark.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where lines and over-long sentences of an answer are cut before and after the OpenNLP models run. */
final class Layout {

    /** A list marker at the start of a line: "-", "*", "•", "1.", "2)", "(3)", "a)"; "1.Stalin" too. */
    private static final Pattern BULLET = Pattern.compile(
            "[-*\u2022\u00B7\u2023\u25E6\u25AA>]+\\s*|\\(?\\d{1,2}[.)](?:\\s+|(?=\\p{L})|$)|\\(?[a-z]\\)\\s+");

    private Layout() {
    }

    /**
     * The spans {@code [start, end)} of the non-blank lines of {@code text}, without list markers and
     * surrounding space. Every line break ends a sentence: typed answers only break lines between points.
     * A full stop typed without a space before a capitalised word ("1924.Stalin") ends one too.
     */
    static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isLineBreak(text.charAt(i))) {
                addLine(text, lineStart, i, lines, true);
                lineStart = i + 1;
            } else if (missingSpace(text, i)) {
                addLine(text, lineStart, i + 1, lines, lineStart == 0 || isLineBreak(text.charAt(lineStart - 1)));
                lineStart = i + 1;
            }
        }
        return lines;
    }

    /** "died in 1924.Stalin won": a full stop with no space before a capitalised word, which the model misses. */
    private static boolean missingSpace(String text, int i) {
        char c = text.charAt(i);
        return (c == '.' || c == '!' || c == '?') && i > 0 && i + 2 < text.length()
                && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(i + 1))
                && Character.isLowerCase(text.charAt(i + 2));
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    private static void addLine(String text, int start, int end, List<int[]> lines, boolean lineStart) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        Matcher bullet = BULLET.matcher(text).region(start, end);
        if (lineStart && bullet.lookingAt()) {
            start = bullet.end();
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            lines.add(new int[] {start, end});
        }
    }

    /**
     * Cuts a sentence of {@code words} into runs of at most {@code max} tokens so that one endless run-on cannot
     * make tagging slow; each cut falls after a comma ({@code breakAfter}) or before a connective
     * ({@code breakBefore}, compared in lower case) where one is near.
     */
    static List<int[]> chunks(String[] words, int max, Set<String> breakAfter, Set<String> breakBefore) {
        if (max < 2) {
            throw new IllegalArgumentException("max must be >= 2, got " + max);
        }
        List<int[]> chunks = new ArrayList<>();
        int from = 0;
        while (from < words.length) {
            int to = words.length - from <= max ? words.length : cut(words, from, max, breakAfter, breakBefore);
            chunks.add(new int[] {from, to});
            from = to;
        }
        return chunks;
    }

    private static int cut(String[] words, int from, int max, Set<String> breakAfter, Set<String> breakBefore) {
        int limit = from + max;
        int earliest = from + max / 2;
        for (int k = limit - 1; k >= earliest; k--) {
            if (breakAfter.contains(words[k])) {
                return k + 1;
            }
        }
        for (int k = limit - 1; k >= earliest; k--) {
            if (breakBefore.contains(words[k].toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return limit;
    }
}
