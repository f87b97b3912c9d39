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

    static int countWords(String text) {
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
