package org.premark.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkSchemeTest {

    private final LevelScheme levels = LevelScheme.standard();

    @ParameterizedTest(name = "explained={0} identified={1} general={2} -> {3} ({4})")
    @CsvSource({
            // nothing relevant
            "0, 0, false, 0, Level 0",
            // general answer only
            "0, 0, true,  1, Level 1",
            // identifies one / two or more; general is irrelevant once a point is credited
            "0, 1, false, 2, Level 2",
            "0, 1, true,  2, Level 2",
            "0, 2, false, 3, Level 2",
            "0, 2, true,  3, Level 2",
            "0, 5, false, 3, Level 2",
            "0, 10, false, 3, Level 2",
            // explains one, plus identifies more
            "1, 0, false, 4, Level 3",
            "1, 0, true,  4, Level 3",
            "1, 1, false, 5, Level 3",
            "1, 3, false, 5, Level 3",
            // explains two or more: capped at 6
            "2, 0, false, 6, Level 4",
            "2, 4, true,  6, Level 4",
            "3, 0, false, 6, Level 4",
            "9, 9, false, 6, Level 4",
    })
    void levelTableEveryCell(int explained, int identified, boolean general, int mark, String level) {
        assertEquals(new Award(mark, level), levels.award(explained, identified, general));
    }

    @Test
    void levelSchemeMaxIsSix() {
        assertEquals(6, levels.maxMark());
        assertEquals(6, levels.award(Integer.MAX_VALUE, Integer.MAX_VALUE, true).mark());
    }

    @Test
    void negativeCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> levels.award(-1, 0, false));
        assertThrows(IllegalArgumentException.class, () -> levels.award(0, -1, false));
        assertThrows(IllegalArgumentException.class, () -> PointsScheme.perPoint(4).award(-1, 0, false));
        assertThrows(IllegalArgumentException.class, () -> PointsScheme.perPoint(4).award(0, -2, false));
    }

    @Test
    void relabelledLevelsKeepTheRuleButChangeTheNames() {
        LevelScheme custom = new LevelScheme(List.of(
                new LevelScheme.Level("L4", 6, 6, "two explained"),
                new LevelScheme.Level("L0", 0, 0, ""),
                new LevelScheme.Level("L1", 1, 1, ""),
                new LevelScheme.Level("L2", 2, 3, ""),
                new LevelScheme.Level("L3", 4, 5, "")));
        assertEquals(new Award(5, "L3"), custom.award(1, 1, false));
        assertEquals(new Award(1, "L1"), custom.award(0, 0, true));
        assertEquals(new Award(6, "L4"), custom.award(2, 0, false));
        assertEquals(List.of("L0", "L1", "L2", "L3", "L4"), custom.levels().stream().map(LevelScheme.Level::name).toList());
    }

    @Test
    void levelRowsMustCoverZeroToSixExactlyOnce() {
        // gap: 4-5 missing
        IllegalArgumentException gap = assertThrows(IllegalArgumentException.class, () -> new LevelScheme(List.of(
                new LevelScheme.Level("A", 0, 3, ""), new LevelScheme.Level("B", 6, 6, ""))));
        assertTrue(gap.getMessage().contains("marks 4-5 not covered"), gap.getMessage());
        // overlap on 3
        IllegalArgumentException overlap = assertThrows(IllegalArgumentException.class, () -> new LevelScheme(List.of(
                new LevelScheme.Level("A", 0, 3, ""), new LevelScheme.Level("B", 3, 6, ""))));
        assertTrue(overlap.getMessage().contains("mark 3 covered by more than one row"), overlap.getMessage());
        // stops short of 6
        IllegalArgumentException shortTable = assertThrows(IllegalArgumentException.class,
                () -> new LevelScheme(List.of(new LevelScheme.Level("A", 0, 5, ""))));
        assertTrue(shortTable.getMessage().contains("mark 6 not covered"), shortTable.getMessage());
        // goes past 6
        IllegalArgumentException tooHigh = assertThrows(IllegalArgumentException.class,
                () -> new LevelScheme(List.of(new LevelScheme.Level("A", 0, 7, ""))));
        assertTrue(tooHigh.getMessage().contains("above the maximum 6"), tooHigh.getMessage());
    }

    @Test
    void onePointPerMarkUpToFour() {
        PointsScheme scheme = PointsScheme.perPoint(4);
        assertEquals(4, scheme.maxMark());
        assertEquals(new Award(0, "0 points"), scheme.award(0, 0, false));
        assertEquals(new Award(0, "0 points"), scheme.award(0, 0, true));
        assertEquals(new Award(1, "1 point"), scheme.award(0, 1, false));
        assertEquals(new Award(1, "1 point"), scheme.award(1, 0, false));
        assertEquals(new Award(2, "2 points"), scheme.award(1, 1, false));
        assertEquals(new Award(3, "3 points"), scheme.award(0, 3, false));
        assertEquals(new Award(4, "4 points"), scheme.award(2, 2, false));
        assertEquals(new Award(4, "7 points"), scheme.award(3, 4, false));
        assertEquals(4, scheme.pointsForMaxMark());
    }

    @Test
    void bandedTableInAnyOrder() {
        // "4+ -> 3, 3 -> 2, 1-2 -> 1, 0 -> 0", written highest first
        PointsScheme scheme = new PointsScheme(3, List.of(
                new PointsScheme.Row(4, PointsScheme.OPEN, 3),
                new PointsScheme.Row(3, 3, 2),
                new PointsScheme.Row(1, 2, 1),
                new PointsScheme.Row(0, 0, 0)));
        int[] expected = {0, 1, 1, 2, 3, 3, 3};
        for (int n = 0; n < expected.length; n++) {
            assertEquals(expected[n], scheme.award(n, 0, false).mark(), "explained " + n);
            assertEquals(expected[n], scheme.award(0, n, false).mark(), "identified " + n);
        }
        assertEquals(3, scheme.award(Integer.MAX_VALUE, Integer.MAX_VALUE, false).mark());
        assertEquals(List.of("0", "1-2", "3", "4+"), scheme.table().stream().map(PointsScheme.Row::points).toList());
        assertEquals(4, scheme.pointsForMaxMark());
    }

    @Test
    void pointsTablesWithGapsOverlapsOrBadMarksAreRejected() {
        assertRejected("point counts 2-3 not covered", 3, List.of(
                new PointsScheme.Row(0, 1, 0), new PointsScheme.Row(4, PointsScheme.OPEN, 3)));
        assertRejected("point count 0 not covered", 2, List.of(new PointsScheme.Row(1, PointsScheme.OPEN, 2)));
        assertRejected("point count 2 covered by more than one row", 3, List.of(
                new PointsScheme.Row(0, 2, 0), new PointsScheme.Row(2, PointsScheme.OPEN, 3)));
        assertRejected("covered by more than one row", 3, List.of(
                new PointsScheme.Row(0, 0, 0), new PointsScheme.Row(1, PointsScheme.OPEN, 1),
                new PointsScheme.Row(3, PointsScheme.OPEN, 3)));
        assertRejected("must be open-ended (like \"2+\")", 2, List.of(
                new PointsScheme.Row(0, 1, 0), new PointsScheme.Row(2, 5, 2)));
        assertRejected("mark 5 is above max_mark 4", 4, List.of(
                new PointsScheme.Row(0, 0, 0), new PointsScheme.Row(1, PointsScheme.OPEN, 5)));
        assertRejected("no row gives max_mark 4", 4, List.of(
                new PointsScheme.Row(0, 0, 0), new PointsScheme.Row(1, PointsScheme.OPEN, 3)));
        assertRejected("marks must not go down", 2, List.of(
                new PointsScheme.Row(0, 0, 0), new PointsScheme.Row(1, 1, 2), new PointsScheme.Row(2, PointsScheme.OPEN, 1)));
        assertRejected("needs at least one row", 2, List.of());
    }

    private static void assertRejected(String expected, int max, List<PointsScheme.Row> rows) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PointsScheme(max, rows));
        assertTrue(e.getMessage().contains(expected), () -> "expected '" + expected + "' in: " + e.getMessage());
    }

    @Test
    void rowsAndAwardsCheckTheirArguments() {
        assertThrows(IllegalArgumentException.class, () -> new PointsScheme.Row(-1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new PointsScheme.Row(3, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> new PointsScheme.Row(0, 0, -1));
        assertThrows(IllegalArgumentException.class, () -> new Award(-1, "Level 0"));
        assertThrows(IllegalArgumentException.class, () -> new Award(1, " "));
        assertThrows(IllegalArgumentException.class, () -> PointsScheme.perPoint(0));
    }
}
