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
            if (!c.causal() || reasonConnectives.contains(c.connective()) || !concludes(answer, claims, pointOf,
                    linkEnds, j)) {
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

    /**
     * Whether the clauses from {@code j} to the end of its sentence end the answer or its paragraph, end no
     * credited link, and credit no point after the first: "So they kept their heads down and there was no
     * opposition." concludes as a whole, though its last clause opens on "and". The sentence runs to the
     * student's stop, not to a cut the splitter made in a run-on.
     */
    private static boolean concludes(String answer, List<Claim> claims, List<String> pointOf, Set<Integer> linkEnds,
            int j) {
        int k = j;
        while (true) {
            // The opening clause may restate the point as its outcome ("So they kept their heads down"), when the
            // sentence goes on to a clause of its own.
            if (pointOf.get(k) != null && (k > j || endsParagraph(answer, claims, k)) || linkEnds.contains(k)) {
                return false;
            }
            if (endsParagraph(answer, claims, k)) {
                return true;
            }
            // A sentence cut from a run-on goes on to the student's own stop.
            String gap = answer.substring(claims.get(k).end(), claims.get(k + 1).start());
            if (gap.indexOf('.') >= 0 || gap.indexOf('!') >= 0 || gap.indexOf('?') >= 0) {
                return false;
            }
            k++;
        }
    }

    private static boolean endsParagraph(String answer, List<Claim> claims, int j) {
        return j == claims.size() - 1
                || answer.substring(claims.get(j).end(), claims.get(j + 1).start()).indexOf('\n') >= 0;
    }
}
