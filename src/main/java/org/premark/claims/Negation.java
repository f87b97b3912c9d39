package org.premark.claims;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.premark.lang.Lexicon;
import org.premark.lang.WordList;

/**
 * Finds grammatical negation cues in a claim: the {@code clause} words of {@code negations.txt} and contractions
 * typed without their apostrophe. Lexical negatives ("failed to", "refused to", "missed", "lacked") are not
 * cues: they state what happened, and the marking stage reads them as content. Immutable.
 */
final class Negation {

    /**
     * The cues and the contractions typed without the apostrophe ("didnt", "wasnt", "cant", "wont") in one set:
     * every token of every claim is looked up in it.
     */
    private final Set<String> cues;
    private final Set<String> additive;

    Negation(Lexicon lexicon) {
        Set<String> cues = new HashSet<>(lexicon.words(WordList.NEGATIONS, "clause"));
        cues.addAll(lexicon.words(WordList.NEGATION_BARE_CONTRACTIONS));
        this.cues = Set.copyOf(cues);
        this.additive = Set.copyOf(lexicon.words(WordList.NEGATION_ADDITIVE));
    }

    /** True when {@code tokens} hold a negation cue other than "not only", "no doubt" or "whether or not". */
    boolean negated(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            // "nt" is the tail the annotator cuts off "didnt"
            String w = Words.lower(tokens.get(i));
            if (!cues.contains(w)) {
                continue;
            }
            String next = Words.lower(tokens, i + 1);
            if ((w.equals("not") || w.equals("n't")) && additive.contains(next)) {
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
