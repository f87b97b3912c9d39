package org.premark.marking;

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
        String[] fragments = FRAGMENT_SPLIT.split(answer.strip());
        int shortOnes = 0;
        int nonEmpty = 0;
        for (String f : fragments) {
            int w = countWords(f);
            if (w == 0) {
                continue;
            }
            nonEmpty++;
            if (w <= settings.shapeListFragmentMaxWords()) {
                shortOnes++;
            }
        }
        return nonEmpty >= settings.shapeListMinFragments() && shortOnes >= settings.shapeListShortShare() * nonEmpty
                && verbs < settings.shapeListMaxVerbShare() * nonEmpty;
    }
}
