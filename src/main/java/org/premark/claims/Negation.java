package org.premark.claims;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds grammatical negation cues in a claim. Lexical negatives ("failed to", "refused to", "missed",
 * "lacked") are not cues: they state what happened, and the marking stage reads them as content.
 */
final class Negation {

    private static final Set<String> CUES = Set.of("not", "n't", "never", "no", "none", "nobody", "nothing",
            "neither", "nor", "noone", "nowhere", "cannot", "nt");
    /** Contractions typed without the apostrophe: "didnt", "wasnt", "cant", "wont". */
    private static final Pattern BARE_NT = Pattern.compile(
            "(do|does|did|is|was|were|are|has|have|had|could|would|should|must|might|need|ca|wo|ai)nt");
    private static final Set<String> NOT_ONLY = Set.of("only", "just", "merely", "simply");

    private Negation() {
    }

    /** True when {@code tokens} hold a negation cue other than "not only", "no doubt" or "whether or not". */
    static boolean negated(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            // "nt" is the tail the annotator cuts off "didnt"
            String w = Words.lower(tokens.get(i));
            if (!CUES.contains(w) && !BARE_NT.matcher(w).matches()) {
                continue;
            }
            String next = Words.lower(tokens, i + 1);
            if ((w.equals("not") || w.equals("n't")) && NOT_ONLY.contains(next)) {
                continue; // "not only ... but also" adds, it does not deny
            }
            if (w.equals("not") && Words.lower(tokens, i - 1).equals("or")
                    && Words.lower(tokens, i - 2).equals("whether")) {
                continue;
            }
            if (w.equals("no") && (next.equals("doubt") || next.equals("matter"))) {
                continue;
            }
            return true;
        }
        return false;
    }
}
