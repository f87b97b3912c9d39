package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.premark.rubric.RubricPoint;

class ListedPointsTest {

    private static RubricPoint point(String id) {
        return new RubricPoint(id, id, "d", List.of(id), List.of(), List.of(), List.of());
    }

    private final RubricPoint wind = point("wind");
    private final RubricPoint water = point("water");
    private final RubricPoint animals = point("animals");

    @Test
    void aClauseThatListsSeveralNamedPointsEarnsEach() {
        // "Seeds travel by wind (light and fluffy), water (they float) and animals" as one clause.
        List<List<PointScore>> perPoint = List.of(
                List.of(new PointScore(wind, 0.9, null), new PointScore(water, 0.8, null),
                        new PointScore(animals, 0.7, null)),
                List.of(new PointScore(water, 0.9, null), new PointScore(animals, 0.5, null)));
        boolean[] credited = {true, true};
        String[] pointOf = {"wind", "water"};
        Map<String, Map<Integer, PointScore>> also = ListedPoints.also(perPoint, credited, pointOf, 0.6,
                (p, i) -> true);
        assertEquals(Set.of("water", "animals"), also.keySet());
        assertEquals(Set.of(0), also.get("water").keySet(), "below the threshold in clause 1");
        assertEquals(0.7, also.get("animals").get(0).value());
    }

    @Test
    void onlyNamedPointsOfCreditedClausesAreAdded() {
        List<List<PointScore>> perPoint = List.of(
                List.of(new PointScore(wind, 0.9, null), new PointScore(water, 0.8, null)),
                List.of(new PointScore(animals, 0.9, null), new PointScore(wind, 0.9, null)));
        boolean[] credited = {true, false};
        String[] pointOf = {"wind", null};
        assertEquals(Map.of(), ListedPoints.also(perPoint, credited, pointOf, 0.6, (p, i) -> !p.id().equals("water")));
        assertEquals(List.of("a", "water"), ListedPoints.as(List.of("a", "b"), 1, "water"));
    }
}
