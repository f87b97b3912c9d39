package org.premark.marking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.premark.claims.Claim;

/**
 * A reason argued over several sentences counts once. A sentence that opens by pointing back at what came before
 * ("This showed …", "These men …", "Because of this …"; {@code continuation-openers.txt}) develops the reason
 * credited in the sentences just before it, in the same paragraph: a different point it seems to name is detail
 * of that reason, as an examiner reads it ("Agents killed exiles abroad. <i>This showed</i> that fleeing gave no
 * protection" is the killings abroad, not a separate point about the law). Its clauses from a new-reason opener
 * on ("…, and another reason is …") are a reason of their own, and a sentence with no reason credited in the
 * {@code lookBack} sentences before it keeps its points.
 * <p>Likewise a sentence that announces its reason ("Another reason was the plague.", "Secondly, the river silted
 * up": a new-reason opener, or a word of {@code reason-words.txt}), first in its paragraph or after an
 * introduction, develops that reason up to the next sentence of the paragraph that opens, announces or adds
 * ("The river also …") another: the other points the sentences between name are that reason's detail.
 */
final class Continuations {

    private final List<String> openers;
    private final Collection<String> newReasonOpeners;
    private final int lookBack;
    private final Set<String> reasonWords;
    private final List<String> references;

    /**
     * @param openers          phrases that point back at the sentence before, lower case
     * @param newReasonOpeners phrases that announce another reason ("also", "secondly")
     * @param lookBack         how many sentences back the reason being developed may be
     * @param reasonWords      words by which a sentence announces a reason ("reason", "factor"), lower case
     */
    Continuations(Collection<String> openers, Collection<String> newReasonOpeners, int lookBack,
            Collection<String> reasonWords) {
        this(openers, newReasonOpeners, lookBack, reasonWords, List.of());
    }

    /** @param references phrases that refer back anywhere in a clause ("like this"), lower case */
    Continuations(Collection<String> openers, Collection<String> newReasonOpeners, int lookBack,
            Collection<String> reasonWords, Collection<String> references) {
        if (lookBack < 0) {
            throw new IllegalArgumentException("lookBack must be >= 0, got " + lookBack);
        }
        List<String> sorted = new ArrayList<>(openers);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.openers = List.copyOf(sorted);
        this.newReasonOpeners = List.copyOf(newReasonOpeners);
        this.lookBack = lookBack;
        this.reasonWords = Set.copyOf(reasonWords);
        this.references = List.copyOf(references);
    }

    /**
     * Clears, in place, the credit of points a pointing-back sentence, or a later sentence of a paragraph that
     * announced its reason, names besides the reason it develops.
     */
    void apply(String answer, List<Claim> claims, List<PointScore> best, boolean[] credited) {
        announced(answer, claims, best, credited);
        for (int i = 1; i < claims.size(); i++) {
            if (!Chains.isFirstOfSentence(claims, i) || !pointsBack(claims.get(i))) {
                continue;
            }
            String reason = reasonBefore(answer, claims, best, credited, i);
            if (reason == null) {
                continue;
            }
            int sentence = claims.get(i).sentence();
            for (int k = i; k < claims.size() && claims.get(k).sentence() == sentence; k++) {
                if (k > i && Chains.opensNewReason(claims.get(k), newReasonOpeners)) {
                    break;
                }
                if (credited[k] && !best.get(k).point().id().equals(reason)) {
                    credited[k] = false;
                }
            }
        }
    }

    /**
     * The paragraph rule: a sentence that announces its reason, first in its paragraph or later in it ("Trotsky
     * was famous. The main reason he lost is that …"), keeps the paragraph's next sentences to that reason until
     * one opens or announces another.
     */
    private void announced(String answer, List<Claim> claims, List<PointScore> best, boolean[] credited) {
        int start = 0;
        while (start < claims.size()) {
            int end = start + 1;
            while (end < claims.size() && !paragraphBreak(answer, claims.get(end - 1), claims.get(end))) {
                end++;
            }
            int i = start;
            while (i < end) {
                int next = sentenceEnd(claims, i, end);
                String reason = announcedReason(claims, best, credited, i, next);
                if (reason != null) {
                    for (int k = next; k < end; k++) {
                        if (Chains.opensNewReason(claims.get(k), newReasonOpeners) || k == sentenceStart(claims, k)
                                && (addsReason(claims.get(k)) || announcedReason(claims, best, credited, k,
                                        sentenceEnd(claims, k, end)) != null)) {
                            break;
                        }
                        if (credited[k] && !best.get(k).point().id().equals(reason)) {
                            credited[k] = false;
                        }
                    }
                }
                i = next;
            }
            start = end;
        }
    }

    /** The reason the sentence of claims {@code from}..{@code to} announces, or null when it announces none. */
    private String announcedReason(List<Claim> claims, List<PointScore> best, boolean[] credited, int from, int to) {
        // The credited point first: most sentences credit none, and then whether they announce does not matter.
        String reason = null;
        for (int i = from; i < to && reason == null; i++) {
            if (credited[i]) {
                reason = best.get(i).point().id();
            }
        }
        if (reason == null || Chains.opensNewReason(claims.get(from), newReasonOpeners)) {
            return reason;
        }
        for (int i = from; i < to; i++) {
            for (String w : Terms.words(claims.get(i).text())) {
                if (reasonWords.contains(w)) {
                    return reason;
                }
            }
        }
        return null;
    }

    /** Whether a sentence adds a reason with an opener after its subject: "He was also arrogant", "Stalin also …". */
    private boolean addsReason(Claim claim) {
        List<String> words = Terms.words(claim.text());
        for (int i = 1; i < Math.min(words.size(), 3); i++) {
            if (newReasonOpeners.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static int sentenceEnd(List<Claim> claims, int i, int end) {
        int j = i;
        while (j < end && claims.get(j).sentence() == claims.get(i).sentence()) {
            j++;
        }
        return j;
    }

    private static int sentenceStart(List<Claim> claims, int k) {
        int j = k;
        while (j > 0 && claims.get(j - 1).sentence() == claims.get(k).sentence()) {
            j--;
        }
        return j;
    }

    private static boolean paragraphBreak(String answer, Claim before, Claim after) {
        if (before.end() > after.start()) {
            return false;
        }
        for (int i = before.end(); i < after.start(); i++) {
            if (answer.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the clause refers back to the argument before it: it opens with a pointing-back phrase, or holds
     * one of {@code references} anywhere ("… who looked down on them <i>like this</i> …").
     */
    boolean refersBack(Claim claim) {
        if (pointsBack(claim)) {
            return true;
        }
        String text = " " + String.join(" ", Terms.words(claim.text())) + " ";
        for (String r : references) {
            if (text.contains(" " + r + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the clause opens with a phrase that points back ("This meant", "These men"). */
    boolean pointsBack(Claim claim) {
        String text = claim.text().toLowerCase(Locale.ROOT).replace('’', '\'');
        for (String o : openers) {
            if (text.startsWith(o + " ") || text.startsWith(o + ",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The point credited nearest before claim {@code i} within {@link #lookBack} sentences and no paragraph
     * break, or null.
     */
    private String reasonBefore(String answer, List<Claim> claims, List<PointScore> best, boolean[] credited,
            int i) {
        Claim first = claims.get(i);
        for (int j = i - 1; j >= 0 && claims.get(j).sentence() >= first.sentence() - lookBack; j--) {
            Claim c = claims.get(j);
            if (paragraphBreak(answer, c, first)) {
                return null;
            }
            if (credited[j]) {
                return best.get(j).point().id();
            }
        }
        return null;
    }
}
