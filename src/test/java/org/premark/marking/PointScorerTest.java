package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.premark.claims.Claim;
import org.premark.rubric.RubricPoint;

class PointScorerTest {

    private final RubricPoint a = new RubricPoint("a", "A", "d", List.of("a"), List.of(), List.of(), List.of());
    private final RubricPoint b = new RubricPoint("b", "B", "d", List.of("b"), List.of(), List.of(), List.of());
    private final ClaimTerms claim = new ClaimTerms(new Claim(0, 0, "x", 0, 1, List.of(), "", false, false),
            List.of("x"), List.of("x"));

    private static Phrase phrase(double weight) {
        return new Phrase(List.of("x"), Set.of("x"), false, false, weight, "x");
    }

    @Test
    void theBestScoreOfAnySignalWinsAndLaterSignalsSeeEarlierScores() {
        List<List<PointScore>> seen = new ArrayList<>();
        PointScore wording = new PointScore(a, 0.55, phrase(1));
        PointScore third = new PointScore(b, 0.7, phrase(1));
        PointScorer scorer = new PointScorer(List.of(
                (c, earlier) -> List.of(wording),
                (c, earlier) -> {
                    seen.add(List.copyOf(earlier));
                    return List.of(third);
                }));
        assertSame(third, scorer.best(claim));
        assertEquals(List.of(List.of(wording)), seen);
    }

    @Test
    void aTieGoesToTheMoreSpecificPhraseThenToTheFirst() {
        PointScore general = new PointScore(a, 0.8, phrase(1));
        PointScore specific = new PointScore(b, 0.8, phrase(2));
        PointScore same = new PointScore(b, 0.8, phrase(1));
        assertSame(specific, PointScorer.best(List.of(general, specific)));
        assertSame(general, PointScorer.best(List.of(general, same)));
        assertNull(PointScorer.best(List.of()));
        assertNull(new PointScorer(List.of((c, earlier) -> List.of())).best(claim));
        assertThrows(IllegalArgumentException.class, () -> new PointScorer(List.of()));
    }
}
