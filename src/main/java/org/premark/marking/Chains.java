package org.premark.marking;

import java.util.List;
import org.premark.claims.Claim;

/**
 * Groups claims into reasoning chains and decides which claims earn their point. A chain is a sentence,
 * joined to the one before when it opens with a causal connective ("This meant …"). A chain that argues
 * cause and effect develops one reason: its best-matched point is the reason, and other points named inside
 * it are supporting detail, as an examiner reads them. The reason is the point the answer names most often,
 * then the best match. Sentences without causal links may name several.
 */
final class Chains {

    private Chains() {
    }

    static boolean[] credit(List<Claim> claims, List<PointScore> best, boolean keywordList, double threshold) {
        int n = claims.size();
        boolean[] credited = new boolean[n];
        for (int i = 0; i < n; i++) {
            credited[i] = best.get(i) != null && best.get(i).value() >= threshold;
        }
        if (keywordList) {
            return credited;
        }
        // How many sentences name each point: a point repeated across the answer is its theme.
        java.util.Map<String, java.util.Set<Integer>> sentences = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            if (credited[i]) {
                sentences.computeIfAbsent(best.get(i).point().id(), k -> new java.util.HashSet<>())
                        .add(claims.get(i).sentence());
            }
        }
        java.util.Map<String, Integer> mentions = new java.util.HashMap<>();
        sentences.forEach((id, s) -> mentions.put(id, s.size()));
        int start = 0;
        while (start < n) {
            int end = chainEnd(claims, start);
            boolean causal = false;
            int winner = -1;
            for (int i = start; i < end; i++) {
                causal |= claims.get(i).causal() && i > start;
                if (credited[i] && (winner < 0 || moreCentral(best.get(i), best.get(winner), mentions))) {
                    winner = i;
                }
            }
            if (causal && winner >= 0) {
                String reason = best.get(winner).point().id();
                for (int i = start; i < end; i++) {
                    if (credited[i] && !best.get(i).point().id().equals(reason)) {
                        credited[i] = false;
                    }
                }
            }
            start = end;
        }
        return credited;
    }

    /** The point the answer keeps coming back to is the reason it develops; then the stronger match. */
    private static boolean moreCentral(PointScore a, PointScore b, java.util.Map<String, Integer> mentions) {
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
