package org.premark.reasoning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.premark.claims.Claim;

/**
 * Finds explanations of causes that match no rubric point. Examiners credit any valid reason, so premark
 * neither credits nor ignores them: it names them for the teacher. A sentence is a candidate when it links a
 * cause to the question's focus (a causal connective and a clause that {@link FocusMatcher#reaches reaches}
 * the focus), no rubric point is credited in it or in the sentence its chain opens from, no credited point's
 * link ends in it, and its cause says something specific: at least {@code minSpecific} terms that are
 * specific in the notes (not "he was cunning", "he was better at politics"). A sentence that goes on developing
 * a point credited just before it belongs to that point.
 */
public final class OtherReasons {

    /** A sentence that explains a reason outside the rubric: its span in the answer and its text. */
    public record Candidate(int start, int end, String text, List<String> specific) {
    }

    private final int minSpecific;
    private final int followSentences;
    private final Collection<String> openers;

    /**
     * @param minSpecific     how many specific terms the cause needs
     * @param followSentences a sentence this close after a credited point develops that point
     * @param openers         phrases that open a new reason (lang/en/new-reason-openers.txt)
     */
    public OtherReasons(int minSpecific, int followSentences, Collection<String> openers) {
        this.minSpecific = minSpecific;
        this.followSentences = followSentences;
        this.openers = openers;
    }

    /**
     * @param pointOf     each claim's credited point id, or null
     * @param linkEnds    claims where a credited point's link reaches the focus
     * @param specific    whether a term is specific content (rare in the notes, and in them)
     * @param common      terms that never make a cause specific (the question's and the focus words')
     */
    public List<Candidate> find(String answer, List<Claim> claims, List<List<String>> terms, String[] pointOf,
            Set<Integer> linkEnds, FocusMatcher focus, Predicate<String> specific, Collection<String> common) {
        List<Candidate> out = new ArrayList<>();
        if (!focus.hasFocus()) {
            return out;
        }
        int i = 0;
        while (i < claims.size()) {
            int s = claims.get(i).sentence();
            int end = i;
            while (end < claims.size() && claims.get(end).sentence() == s) {
                end++;
            }
            int from = i;
            // A sentence opening "This meant …" continues the one before: its cause is there.
            if (claims.get(i).causal() && i > 0) {
                from = i - 1;
                while (from > 0 && claims.get(from - 1).sentence() == claims.get(i - 1).sentence()) {
                    from--;
                }
            }
            List<String> cause = explainsOutsideRubric(claims, terms, pointOf, linkEnds, focus, specific, common,
                    from, i, end);
            if (cause != null && !developsPoint(answer, claims, pointOf, i)) {
                Claim first = claims.get(i);
                Claim last = claims.get(end - 1);
                out.add(new Candidate(first.start(), last.end(), answer.substring(first.start(), last.end()), cause));
            }
            i = end;
        }
        return out;
    }

    /**
     * Whether the sentence starting at claim {@code start} goes on developing a point credited in one of the
     * {@code followSentences} sentences before it, with no paragraph break or new-reason opener between.
     */
    private boolean developsPoint(String answer, List<Claim> claims, String[] pointOf, int start) {
        int sentence = claims.get(start).sentence();
        for (int k = start - 1; k >= 0; k--) {
            Claim c = claims.get(k);
            if (sentence - c.sentence() > followSentences
                    || answer.substring(c.end(), claims.get(k + 1).start()).indexOf('\n') >= 0) {
                return false;
            }
            if (pointOf[k] != null) {
                return !opensNewReason(claims.get(start));
            }
        }
        return false;
    }

    /**
     * The reason block a candidate stands in, as claim indexes {@code [from, to)}: from the nearest paragraph
     * break or sentence that opens a new reason ("Also", "Another reason") at or before it, to the next one after
     * it. An examiner reads such a block as one reason.
     */
    public int[] block(String answer, List<Claim> claims, Candidate c) {
        int first = -1;
        int last = -1;
        for (int k = 0; k < claims.size(); k++) {
            if (claims.get(k).start() >= c.start() && first < 0) {
                first = k;
            }
            if (claims.get(k).end() <= c.end()) {
                last = k;
            }
        }
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("the candidate is not made of these claims");
        }
        int from = first;
        while (from > 0 && !startsBlock(answer, claims, from)) {
            from--;
        }
        int to = last + 1;
        while (to < claims.size() && !startsBlock(answer, claims, to)) {
            to++;
        }
        return new int[] {from, to};
    }

    /**
     * Whether a candidate is a reason of its own: no rubric point is credited anywhere in its {@link #block}, so
     * it is not a development of a point the answer makes there.
     */
    public boolean standsAlone(String answer, List<Claim> claims, String[] pointOf, Candidate c) {
        int[] b = block(answer, claims, c);
        for (int k = b[0]; k < b[1]; k++) {
            if (pointOf[k] != null) {
                return false;
            }
        }
        return true;
    }

    /** A claim starts a block after a paragraph break, or as the first clause of a sentence opening a new reason. */
    private boolean startsBlock(String answer, List<Claim> claims, int k) {
        if (k == 0) {
            return true;
        }
        Claim before = claims.get(k - 1);
        Claim c = claims.get(k);
        if (answer.substring(before.end(), c.start()).indexOf('\n') >= 0) {
            return true;
        }
        return before.sentence() != c.sentence() && opensNewReason(c);
    }

    private boolean opensNewReason(Claim claim) {
        String t = claim.text().toLowerCase(Locale.ROOT);
        for (String o : openers) {
            if (claim.connective().equals(o) || t.startsWith(o + " ") || t.startsWith(o + ",")) {
                return true;
            }
        }
        return false;
    }

    private List<String> explainsOutsideRubric(List<Claim> claims, List<List<String>> terms, String[] pointOf,
            Set<Integer> linkEnds, FocusMatcher focus, Predicate<String> specific, Collection<String> common,
            int from, int start, int end) {
        boolean causal = false;
        int outcome = -1;
        for (int k = from; k < end; k++) {
            if (pointOf[k] != null || linkEnds.contains(k)) {
                return null;
            }
            if (k >= start) {
                causal |= claims.get(k).causal();
                if (outcome < 0 && focus.reaches(terms.get(k))) {
                    outcome = k;
                }
            }
        }
        if (!causal || outcome < 0) {
            return null;
        }
        Set<String> cause = new HashSet<>();
        for (int k = from; k < end; k++) {
            if (k != outcome) {
                cause.addAll(terms.get(k));
            }
        }
        cause.removeAll(common);
        List<String> found = cause.stream().filter(specific).sorted().toList();
        return found.size() >= minSpecific ? found : null;
    }
}
