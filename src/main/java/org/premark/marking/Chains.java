package org.premark.marking;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.premark.claims.Claim;

/**
 * Groups claims into reasoning chains and decides which claims earn their point. A chain is a sentence,
 * joined to the one before when it opens with a causal connective ("This meant …"). A chain may hold several
 * reasons: a new reason starts at a clause that announces one ("secondly", "also"; the new-reason openers) and
 * at a clause joined without a causal link to a reason that has not yet been linked to anything ("he was
 * arrogant, <i>and</i> many distrusted him because he had been a Menshevik"), unless an outcome follows that
 * gathers both as its cause ("many were shot and many more sent to camps, <i>so</i> people were afraid"). A reason that argues cause and
 * effect counts once: its best-matched point is the reason, and other points named inside it are supporting
 * detail, as an examiner reads them ("A causal chain counts once"). The reason is the point of its outcome
 * clause when one names a point as surely as any other clause does ("so many were shot, so <i>people were too
 * frightened to speak</i>": the arrests are the evidence, the fear the reason), else the point the answer names
 * most often, then the best match. Clauses without causal links may each name a point.
 */
final class Chains {

    private Chains() {
    }

    /**
     * @param reasonConnectives connectives that introduce a cause, not an outcome ("because"): the clause they
     *                          open is never the outcome of its reason
     * @param openers           phrases that announce another reason ("secondly", "also")
     */
    static boolean[] credit(List<Claim> claims, List<PointScore> best, boolean keywordList, double threshold,
            Set<String> reasonConnectives, Collection<String> openers) {
        return credit(claims, best, keywordList, threshold, reasonConnectives, openers, s -> true);
    }

    /**
     * @param statesOutcome whether a match is worded as the question's outcome itself ("too frightened to
     *                      oppose"): only such an outcome clause's point can be a chain's reason; "so people were
     *                      terrified <i>of being arrested</i>" states the fear, not the arrests, as the reason
     */
    static boolean[] credit(List<Claim> claims, List<PointScore> best, boolean keywordList, double threshold,
            Set<String> reasonConnectives, Collection<String> openers,
            Predicate<PointScore> statesOutcome) {
        int n = claims.size();
        boolean[] credited = new boolean[n];
        for (int i = 0; i < n; i++) {
            credited[i] = best.get(i) != null && best.get(i).value() >= threshold;
        }
        if (keywordList) {
            return credited;
        }
        // How many sentences name each point: a point repeated across the answer is its theme.
        Map<String, Set<Integer>> sentences = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (credited[i]) {
                sentences.computeIfAbsent(best.get(i).point().id(), k -> new HashSet<>())
                        .add(claims.get(i).sentence());
            }
        }
        Map<String, Integer> mentions = new HashMap<>();
        sentences.forEach((id, s) -> mentions.put(id, s.size()));
        int start = 0;
        while (start < n) {
            int end = chainEnd(claims, start);
            int from = start;
            while (from < end) {
                int to = reasonEnd(claims, credited, from, end, openers, reasonConnectives);
                oneReason(claims, best, credited, from, to, mentions, reasonConnectives, statesOutcome);
                from = to;
            }
            start = end;
        }
        return credited;
    }

    /** The index after the last claim of the reason starting at {@code from}, inside a chain ending at {@code end}. */
    static int reasonEnd(List<Claim> claims, boolean[] credited, int from, int end, Collection<String> openers,
            Set<String> reasonConnectives) {
        boolean named = credited[from];
        boolean linked = false;
        for (int i = from + 1; i < end; i++) {
            Claim c = claims.get(i);
            if (opensNewReason(c, openers)
                    || (named && !linked && !c.causal() && !outcomeFollows(claims, i, end, reasonConnectives))) {
                return i;
            }
            named |= credited[i];
            linked |= c.causal();
        }
        return end;
    }

    /**
     * Whether the next causal link after clause {@code i} gives an outcome ("X and Y, <i>so</i> Z"): the outcome
     * then gathers the joined clauses as its cause. A reason connective ("X, and Y <i>because</i> Z") explains
     * only its own clause, so X stays a reason of its own.
     */
    private static boolean outcomeFollows(List<Claim> claims, int i, int end, Set<String> reasonConnectives) {
        for (int k = i + 1; k < end; k++) {
            if (claims.get(k).causal()) {
                return !reasonConnectives.contains(claims.get(k).connective());
            }
        }
        return false;
    }

    private static void oneReason(List<Claim> claims, List<PointScore> best, boolean[] credited, int from, int to,
            Map<String, Integer> mentions, Set<String> reasonConnectives,
            Predicate<PointScore> statesOutcome) {
        boolean causal = false;
        int winner = -1;
        int outcome = -1;
        for (int i = from; i < to; i++) {
            Claim c = claims.get(i);
            causal |= c.causal() && i > from;
            if (!credited[i]) {
                continue;
            }
            if (winner < 0 || moreCentral(best.get(i), best.get(winner), mentions)) {
                winner = i;
            }
            if (i > from && c.causal() && !reasonConnectives.contains(c.connective())) {
                outcome = i;
            }
        }
        if (!causal || winner < 0) {
            return;
        }
        // The outcome's point is the reason when it is named at least as surely as the best of the chain.
        boolean byOutcome = outcome >= 0 && best.get(outcome).value() >= best.get(winner).value()
                && statesOutcome.test(best.get(outcome));
        String reason = best.get(byOutcome ? outcome : winner).point().id();
        for (int i = from; i < to; i++) {
            if (credited[i] && !best.get(i).point().id().equals(reason)) {
                credited[i] = false;
            }
        }
    }

    /** Whether the claim opens with a phrase that announces another reason ("Also", "Secondly, …"). */
    static boolean opensNewReason(Claim claim, Collection<String> openers) {
        String text = claim.text().toLowerCase(Locale.ROOT).replace('’', '\'');
        String connective = claim.connective().toLowerCase(Locale.ROOT);
        for (String o : openers) {
            if (connective.equals(o) || opensWith(text, o)) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} starts with {@code word} + " " or {@code word} + ",", without building either string. */
    private static boolean opensWith(String text, String word) {
        if (text.length() <= word.length() || !text.startsWith(word)) {
            return false;
        }
        char next = text.charAt(word.length());
        return next == ' ' || next == ',';
    }

    /** The point the answer keeps coming back to is the reason it develops; then the stronger match. */
    private static boolean moreCentral(PointScore a, PointScore b, Map<String, Integer> mentions) {
        int ma = mentions.getOrDefault(a.point().id(), 0);
        int mb = mentions.getOrDefault(b.point().id(), 0);
        if (ma != mb) {
            return ma > mb;
        }
        return PointScorer.better(a, b);
    }

    /** The index after the last claim of the chain starting at {@code start}. */
    static int chainEnd(List<Claim> claims, int start) {
        int i = start + 1;
        while (i < claims.size()) {
            Claim c = claims.get(i);
            boolean sameSentence = c.sentence() == claims.get(i - 1).sentence();
            boolean opensWithLink = !sameSentence && c.causal() && isFirstOfSentence(claims, i);
            if (!sameSentence && !opensWithLink) {
                break;
            }
            i++;
        }
        return i;
    }

    static boolean isFirstOfSentence(List<Claim> claims, int i) {
        return i == 0 || claims.get(i - 1).sentence() != claims.get(i).sentence();
    }
}
