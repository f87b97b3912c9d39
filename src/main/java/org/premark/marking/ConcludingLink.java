package org.premark.marking;

import java.util.List;
import java.util.Set;
import org.premark.claims.Claim;

/**
 * Reporting stage, honest confidence: a link to the outcome that premark may have misread. Students state the
 * outcome in the clause that closes their paragraph ("…, so they backed him instead"), and premark reads it as
 * the question's focus only in the focus words it knows. When an answer explains no point but a credited point
 * leads, through an outcome connective ("so", "this meant"; not a "because" that gives a reason) in its own or
 * the next sentence, to the clause that ends the answer or its paragraph, an examiner may read the point as
 * explained: two marks more under a level scheme. The answer then goes to review. Never changes the mark.
 */
final class ConcludingLink {

    private final Set<String> reasonConnectives;

    /** @param reasonConnectives connectives that introduce a reason rather than an outcome (role {@code reason}) */
    ConcludingLink(Set<String> reasonConnectives) {
        this.reasonConnectives = Set.copyOf(reasonConnectives);
    }

    /**
     * The index of the concluding clause a credited point leads to, or -1.
     *
     * @param pointOf  each claim's credited point id, or null
     * @param linkEnds the claims where a credited point's link reaches the focus
     */
    int find(String answer, List<Claim> claims, List<String> pointOf, Set<Integer> linkEnds,
            List<PointResult> points) {
        boolean explained = points.stream().anyMatch(p -> p.status() == PointStatus.EXPLAINED);
        boolean identified = points.stream().anyMatch(p -> p.status() == PointStatus.IDENTIFIED);
        if (explained || !identified) {
            return -1;
        }
        for (int j = 0; j < claims.size(); j++) {
            Claim c = claims.get(j);
            if (!c.causal() || reasonConnectives.contains(c.connective()) || pointOf.get(j) != null
                    || linkEnds.contains(j) || !endsParagraph(answer, claims, j)) {
                continue;
            }
            for (int i = j - 1; i >= 0; i--) {
                Claim before = claims.get(i);
                if (c.sentence() - before.sentence() > 1
                        || answer.substring(before.end(), claims.get(i + 1).start()).indexOf('\n') >= 0) {
                    break;
                }
                if (pointOf.get(i) != null) {
                    return j;
                }
            }
        }
        return -1;
    }

    private static boolean endsParagraph(String answer, List<Claim> claims, int j) {
        return j == claims.size() - 1
                || answer.substring(claims.get(j).end(), claims.get(j + 1).start()).indexOf('\n') >= 0;
    }
}
