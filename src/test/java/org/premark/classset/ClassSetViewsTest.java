package org.premark.classset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.premark.rubric.LevelScheme;
import org.premark.rubric.PointsScheme;

class ClassSetViewsTest {

    @Test
    void theLevelFollowsTheMarkUnderEitherScheme() {
        LevelScheme levels = LevelScheme.standard();
        assertEquals("Level 0", ClassSetViews.levelOf(levels, 0));
        assertEquals("Level 2", ClassSetViews.levelOf(levels, 3));
        assertEquals("Level 4", ClassSetViews.levelOf(levels, 6));
        PointsScheme points = PointsScheme.perPoint(4);
        assertEquals("0 points", ClassSetViews.levelOf(points, 0));
        assertEquals("1 point", ClassSetViews.levelOf(points, 1));
        assertEquals("4+ points", ClassSetViews.levelOf(points, 4));
    }

    private static ClassSetViews.AnswerRow row(String id, int seq, int mark, double confidence) {
        return new ClassSetViews.AnswerRow(id, seq, seq + 1, "marked", "", mark, "", mark, "", confidence, List.of(),
                false, false, null, null, Map.of(), null);
    }

    @Test
    void theSampleTakesTwoPerSuggestedMarkThenTheLeastConfident() {
        List<ClassSetViews.AnswerRow> rows = new ArrayList<>();
        int seq = 0;
        for (int mark = 0; mark <= 3; mark++) {
            for (int i = 0; i < 5; i++) {
                seq++;
                rows.add(row("m" + mark + "-" + i, seq, mark, 0.5 + i * 0.1));
            }
        }
        rows.add(row("shaky", ++seq, 2, 0.2));
        List<ClassSetViews.SampleItem> sample = ClassSetViews.sample(rows);
        for (int mark = 0; mark <= 3; mark++) {
            int m = mark;
            assertEquals(2, sample.stream().filter(s -> s.reason().equals("suggested mark " + m)).count(), "mark " + m);
        }
        // The least confident answer of mark 2 is in its band's two; the next least confident fill the rest.
        assertTrue(sample.stream().anyMatch(s -> s.id().equals("shaky")));
        assertEquals(8 + ClassSetViews.SAMPLE_LEAST_CONFIDENT, sample.size());
        assertEquals(List.of("m2-1", "m0-2", "m1-2"), sample.stream()
                .filter(s -> s.reason().startsWith("least confident")).map(ClassSetViews.SampleItem::id).toList());
    }
}
