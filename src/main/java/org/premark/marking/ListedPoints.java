package org.premark.marking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.premark.rubric.RubricPoint;

/**
 * Crediting under a points scheme: a clause that lists several points ("osmosis, the movement of water, and active
 * transport, which uses energy") earns every point it names and clears the match threshold for, not only its
 * best, because a points answer is a list and each item counts. A point is added only from a clause that already earns a point,
 * so a clause the crediting rule set aside stays aside. Stateless.
 */
final class ListedPoints {

    private ListedPoints() {
    }

    /**
     * The points each credited clause also earns besides its own.
     *
     * @param perPoint each clause's best score per point
     * @param credited whether each clause earns its best point
     * @param pointOf  the point each clause earns, or null
     * @param names    whether clause i names the point: a list names its items, and a clause that only says more
     *                 about its own point ("water moves from high to low") does not earn a second one
     * @return point id → clause index → that clause's score for the point, in clause order
     */
    static Map<String, Map<Integer, PointScore>> also(List<List<PointScore>> perPoint, boolean[] credited,
            String[] pointOf, double threshold, BiPredicate<RubricPoint, Integer> names) {
        Map<String, Map<Integer, PointScore>> out = new TreeMap<>();
        for (int i = 0; i < perPoint.size(); i++) {
            if (!credited[i]) {
                continue;
            }
            for (PointScore s : perPoint.get(i)) {
                if (s.value() >= threshold && !s.point().id().equals(pointOf[i]) && names.test(s.point(), i)) {
                    out.computeIfAbsent(s.point().id(), k -> new TreeMap<>()).put(i, s);
                }
            }
        }
        return out;
    }

    /** {@code pointOf} with clause {@code i} read as earning {@code pointId}, for the describe check of that point. */
    static List<String> as(List<String> pointOf, int i, String pointId) {
        List<String> copy = new ArrayList<>(pointOf);
        copy.set(i, pointId);
        return copy;
    }
}
