package org.premark.marking;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.premark.claims.Claim;
import org.premark.claims.Token;

/** Surface facts about an answer: its length in words and whether it is prose or a list of terms. */
record AnswerShape(int wordCount, int verbCount, boolean keywordList) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Pattern FRAGMENT_SPLIT = Pattern.compile("[,;\\n•·]+|\\s-\\s");

    static AnswerShape of(String answer, List<Claim> claims, MarkingSettings settings) {
        int words = countWords(answer);
        int verbs = 0;
        for (Claim c : claims) {
            for (Token t : c.tokens()) {
                if (isVerb(t.pos())) {
                    verbs++;
                }
            }
        }
        return new AnswerShape(words, verbs, isKeywordList(answer, words, verbs, settings));
    }

    /**
     * The number of matches of {@link #WORD}, counted by a scan: a word starts at a letter or digit outside a
     * word and runs on through letters, digits, apostrophes and hyphens. {@code AnswerShapeTest} checks it
     * against the pattern.
     */
    static int countWords(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (inWord && (cp == '\'' || cp == '’' || cp == '-' || letterOrDigit(cp))) {
                continue;
            }
            inWord = letterOrDigit(cp);
            if (inWord) {
                n++;
            }
        }
        return n;
    }

    /** {@code [\p{L}\p{N}]}. */
    private static boolean letterOrDigit(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** The pattern form of {@link #countWords}, the reference its test compares with. */
    static int countWordsByPattern(String text) {
        int n = 0;
        var m = WORD.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    /**
     * The {@link #countWords} of each piece {@link #FRAGMENT_SPLIT} cuts the text into, pieces without words left
     * out, by one scan instead of splitting and scanning each piece: every answer of a class asks. A separator is
     * one of {@code ,;\n•·} or a hyphen between two whitespace characters. {@code AnswerShapeTest} checks it
     * against the pattern.
     */
    static int[] fragmentWords(String text) {
        int[] counts = new int[8];
        int found = 0;
        int words = 0;
        boolean inWord = false;
        int n = text.length();
        for (int i = 0; i <= n; ) {
            int cp = i < n ? text.codePointAt(i) : -1;
            int separator = i < n ? separatorAt(text, i, cp) : 1;
            if (separator > 0) {
                if (words > 0) {
                    if (found == counts.length) {
                        counts = Arrays.copyOf(counts, found * 2);
                    }
                    counts[found++] = words;
                }
                words = 0;
                inWord = false;
                i += separator;
                continue;
            }
            i += Character.charCount(cp);
            if (inWord && continuesWord(cp)) {
                continue;
            }
            inWord = letterOrDigit(cp);
            if (inWord) {
                words++;
            }
        }
        return Arrays.copyOf(counts, found);
    }

    private static boolean continuesWord(int cp) {
        return cp == '\'' || cp == '’' || cp == '-' || letterOrDigit(cp);
    }

    /** The length of the {@link #FRAGMENT_SPLIT} separator starting at {@code i}, or 0. */
    private static int separatorAt(String text, int i, int cp) {
        if (cp == ',' || cp == ';' || cp == '\n' || cp == '•' || cp == '·') {
            return 1;
        }
        if (patternSpace(cp) && i + 2 < text.length() && text.charAt(i + 1) == '-'
                && patternSpace(text.charAt(i + 2))) {
            return 3;
        }
        return 0;
    }

    /** {@code \s} without UNICODE_CHARACTER_CLASS. */
    private static boolean patternSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The split form of {@link #fragmentWords}, the reference its test compares with. */
    static int[] fragmentWordsByPattern(String text) {
        return Arrays.stream(FRAGMENT_SPLIT.split(text)).mapToInt(AnswerShape::countWords)
                .filter(w -> w > 0).toArray();
    }

    static boolean isVerb(String pos) {
        return pos.equals("VERB") || pos.equals("AUX") || pos.startsWith("VB");
    }

    /** Terms with no sentences: no verbs at all, or mostly short verbless fragments. */
    private static boolean isKeywordList(String answer, int words, int verbs, MarkingSettings settings) {
        if (words < settings.shapeListMinWords()) {
            return false;
        }
        if (verbs == 0) {
            return true;
        }
        int[] fragments = fragmentWords(answer.strip());
        int shortOnes = 0;
        int nonEmpty = fragments.length;
        for (int w : fragments) {
            if (w <= settings.shapeListFragmentMaxWords()) {
                shortOnes++;
            }
        }
        return nonEmpty >= settings.shapeListMinFragments() && shortOnes >= settings.shapeListShortShare() * nonEmpty
                && verbs < settings.shapeListMaxVerbShare() * nonEmpty;
    }
}
