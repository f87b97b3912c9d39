package org.premark.reasoning;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.premark.claims.Claim;
import org.premark.lang.Lexicon;
import org.premark.lang.WordList;

/**
 * Finds the sentences that argue by a condition: "If the will had been read out, he would have lost his job",
 * "Without the army he had nobody to back him". Students state a cause this way as often as with "because": the
 * condition is the cause and what would follow is its outcome, though no causal connective joins them. So such a
 * sentence is a causal link (its outcome may be the question's focus) and, inside a chain, a step of reasoning
 * rather than of the story. A condition needs a consequence word ("would") in its sentence; a condition sentence
 * with none may find it in the next sentence, as a long conditional is sometimes cut in two. A clause that opens
 * on an {@code alone} word ("Without …") is a condition and its own consequence. Immutable and thread-safe.
 */
public final class Counterfactuals {

    /** Finds none: for callers without the word list. */
    public static final Counterfactuals NONE = new Counterfactuals(List.of(), List.of(), List.of(), List.of());

    private final List<String> conditions;
    private final List<String> consequences;
    private final List<String> alone;
    private final List<String> blocked;

    /**
     * @param conditions   words that open a condition anywhere in a sentence ("if", "unless"), lower case
     * @param consequences words of what would follow ("would", "could have"), lower case without apostrophes
     * @param alone        words that make a clause opening on them a condition with its own consequence ("without")
     * @param blocked      phrases holding a condition word that is no condition ("as if": a comparison)
     */
    public Counterfactuals(Collection<String> conditions, Collection<String> consequences, Collection<String> alone,
            Collection<String> blocked) {
        this.conditions = padded(conditions);
        this.consequences = padded(consequences);
        this.alone = padded(alone);
        this.blocked = padded(blocked);
    }

    /** The lexicon's {@link WordList#COUNTERFACTUAL_WORDS}. */
    public static Counterfactuals from(Lexicon lexicon) {
        return new Counterfactuals(lexicon.words(WordList.COUNTERFACTUAL_WORDS, "condition"),
                lexicon.words(WordList.COUNTERFACTUAL_WORDS, "consequence"),
                lexicon.words(WordList.COUNTERFACTUAL_WORDS, "alone"),
                lexicon.words(WordList.COUNTERFACTUAL_WORDS, "blocked"));
    }

    private static List<String> padded(Collection<String> words) {
        return words.stream().filter(w -> !w.isBlank()).map(w -> " " + normalise(w) + " ").sorted().toList();
    }

    /**
     * For each claim, whether its sentence argues by a condition.
     *
     * @param claims an answer's claims, in order
     */
    public boolean[] conditional(List<Claim> claims) {
        boolean[] out = new boolean[claims.size()];
        if (conditions.isEmpty() && alone.isEmpty() || claims.isEmpty()) {
            return out;
        }
        int sentences = claims.get(claims.size() - 1).sentence() + 1;
        boolean[] condition = new boolean[sentences];
        boolean[] consequence = new boolean[sentences];
        boolean[] argues = new boolean[sentences];
        for (Claim c : claims) {
            String text = " " + normalise(c.text()) + " ";
            int s = c.sentence();
            String unblocked = text;
            for (String b : blocked) {
                unblocked = unblocked.replace(b, " ");
            }
            condition[s] |= holds(unblocked, conditions);
            consequence[s] |= holds(text, consequences);
            argues[s] |= alone.stream().anyMatch(text::startsWith);
        }
        for (int s = 0; s < sentences; s++) {
            if (condition[s] && consequence[s]) {
                argues[s] = true;
            } else if (condition[s] && s + 1 < sentences && consequence[s + 1] && !condition[s + 1]) {
                argues[s] = true;
                argues[s + 1] = true;
            }
        }
        for (int i = 0; i < claims.size(); i++) {
            out[i] = argues[claims.get(i).sentence()];
        }
        return out;
    }

    /**
     * For each claim, whether it states what would follow in a sentence that argues by a condition: it holds a
     * consequence word ("he would have lost his job"), or opens on an {@code alone} word ("Without the army he
     * had nobody to back him"). Only such a clause ends a conditional link; the condition's other clauses are its
     * cause or background.
     *
     * @param conditional {@link #conditional} of the same claims
     */
    public boolean[] consequences(List<Claim> claims, boolean[] conditional) {
        boolean[] out = new boolean[claims.size()];
        for (int i = 0; i < claims.size(); i++) {
            if (conditional[i]) {
                String text = " " + normalise(claims.get(i).text()) + " ";
                out[i] = holds(text, consequences) || alone.stream().anyMatch(text::startsWith);
            }
        }
        return out;
    }

    private static boolean holds(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, apostrophes dropped ("wouldn't" is "wouldnt"), other marks turned to single spaces. */
    static String normalise(String text) {
        // A loop rather than a regular expression: every claim of every answer comes through here.
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '\'' || c == '’') {
                continue;
            }
            if (c >= 'a' && c <= 'z') {
                if (gap && !b.isEmpty()) {
                    b.append(' ');
                }
                gap = false;
                b.append(c);
            } else {
                gap = true;
            }
        }
        return b.toString();
    }
}
