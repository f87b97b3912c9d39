package org.premark.rubric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Points-based marking: a table maps the number of distinct points credited (explained or identified) to a mark. */
public record PointsScheme(int maxMark, List<Row> table) implements MarkScheme {

    /** Upper bound of an open-ended row such as "4+". */
    public static final int OPEN = Ranges.OPEN;

    /** Answers crediting {@code minPoints..maxPoints} distinct points get {@code mark}. */
    public record Row(int minPoints, int maxPoints, int mark) {

        public Row {
            if (minPoints < 0) {
                throw new IllegalArgumentException("minPoints must be >= 0, got " + minPoints);
            }
            if (maxPoints < minPoints) {
                throw new IllegalArgumentException("maxPoints must be >= minPoints " + minPoints + ", got " + maxPoints);
            }
            if (mark < 0) {
                throw new IllegalArgumentException("mark must be >= 0, got " + mark);
            }
        }

        public boolean openEnded() {
            return maxPoints == OPEN;
        }

        /** As written in YAML: "3", "1-2" or "4+". */
        public String points() {
            return new Ranges.Range(minPoints, maxPoints).label();
        }
    }

    /** Rows must cover 0, 1, 2, … exactly once with non-decreasing marks within 0..maxMark, reaching maxMark. */
    public PointsScheme {
        Objects.requireNonNull(table, "table");
        table.forEach(r -> Objects.requireNonNull(r, "table row"));
        List<Ranges.Issue> issues = problems(maxMark, table);
        if (!issues.isEmpty()) {
            throw new IllegalArgumentException("invalid points table: " + issues.get(0).message());
        }
        List<Row> sorted = new ArrayList<>(table);
        sorted.sort(Comparator.comparingInt(Row::minPoints));
        table = List.copyOf(sorted);
    }

    /** "1 mark per point up to {@code max}": 0→0, 1→1, …, max+ → max. */
    public static PointsScheme perPoint(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be >= 1, got " + max);
        }
        List<Row> rows = new ArrayList<>();
        for (int n = 0; n < max; n++) {
            rows.add(new Row(n, n, n));
        }
        rows.add(new Row(max, OPEN, max));
        return new PointsScheme(max, rows);
    }

    static List<Ranges.Issue> problems(int maxMark, List<Row> table) {
        List<Ranges.Issue> issues = new ArrayList<>();
        if (maxMark < 1) {
            issues.add(new Ranges.Issue(-1, "max mark must be >= 1, got " + maxMark));
            return issues;
        }
        issues.addAll(Ranges.coverage(table.stream().map(r -> new Ranges.Range(r.minPoints(), r.maxPoints())).toList(),
                OPEN, "point count"));
        boolean reached = false;
        for (int i = 0; i < table.size(); i++) {
            Row r = table.get(i);
            if (r.mark() > maxMark) {
                issues.add(new Ranges.Issue(i, "mark " + r.mark() + " is above max_mark " + maxMark));
            }
            reached |= r.mark() == maxMark;
        }
        if (!reached && !table.isEmpty()) {
            issues.add(new Ranges.Issue(-1, "no row gives max_mark " + maxMark));
        }
        if (issues.isEmpty()) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < table.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparingInt(i -> table.get(i).minPoints()));
            for (int k = 1; k < order.size(); k++) {
                Row before = table.get(order.get(k - 1));
                Row row = table.get(order.get(k));
                if (row.mark() < before.mark()) {
                    issues.add(new Ranges.Issue(order.get(k), "marks must not go down as points go up: "
                            + row.points() + " points gives " + row.mark() + " but " + before.points()
                            + " gives " + before.mark()));
                }
            }
        }
        return issues;
    }

    @Override
    public Award award(List<PointCredit> credits, boolean general) {
        return award(PointCredit.count(credits, Credit.EXPLAINED), PointCredit.count(credits, Credit.IDENTIFIED),
                general);
    }

    /** Counts points, explained or named alike, so the advice is about making more points. */
    @Override
    public List<String> advice(List<PointCredit> credits, Award award) {
        int made = credits.size() - PointCredit.count(credits, Credit.MISSING);
        if (award.mark() >= maxMark) {
            return List.of("Full marks: you made " + points(made) + ". To make the answer even stronger, say which"
                    + " point mattered most and why.");
        }
        int needed = Math.max(1, pointsForMaxMark() - made);
        return List.of("You made " + points(made) + ". Make " + needed + (needed == 1 ? " more point" : " more points")
                + " from the topic to reach " + maxMark + " marks.");
    }

    @Override
    public boolean rewardsExplanation() {
        return false;
    }

    private static String points(int n) {
        return n == 1 ? "1 point" : n + " points";
    }

    @Override
    public Award award(int explained, int identified, boolean general) {
        if (explained < 0) {
            throw new IllegalArgumentException("explained must be >= 0, got " + explained);
        }
        if (identified < 0) {
            throw new IllegalArgumentException("identified must be >= 0, got " + identified);
        }
        long credited = (long) explained + identified;
        int n = (int) Math.min(credited, Integer.MAX_VALUE);
        for (Row r : table) {
            if (n >= r.minPoints() && n <= r.maxPoints()) {
                return new Award(r.mark(), n == 1 ? "1 point" : n + " points");
            }
        }
        throw new IllegalStateException("table covers every count; no row for " + n);
    }

    /** The fewest points that earn the full mark. */
    public int pointsForMaxMark() {
        return table.stream().filter(r -> r.mark() == maxMark).mapToInt(Row::minPoints).min().orElseThrow();
    }
}
