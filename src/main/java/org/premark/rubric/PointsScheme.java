package org.premark.rubric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Points-based marking: a table maps the number of distinct points credited to a mark. With
 * {@link CreditRule#NAMED} (the default) a point is credited when the answer explains or identifies it; with
 * {@link CreditRule#DESCRIBED} ("list and describe" questions) only when the answer also gives what the point is,
 * which the marker reports as explained, so a point only named (identified) earns nothing.
 */
public record PointsScheme(int maxMark, List<Row> table, CreditRule creditRule) implements MarkScheme {

    /** What a point must do to count under a points scheme; YAML {@code credit: named | described}. */
    public enum CreditRule {
        /** Naming the point is enough: explained and identified points both count. */
        NAMED,
        /** The answer must describe the point, giving its defining content beyond its name. */
        DESCRIBED;

        /** As written in YAML. */
        public String yaml() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

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
        Objects.requireNonNull(creditRule, "creditRule");
        table.forEach(r -> Objects.requireNonNull(r, "table row"));
        List<Ranges.Issue> issues = problems(maxMark, table);
        if (!issues.isEmpty()) {
            throw new IllegalArgumentException("invalid points table: " + issues.get(0).message());
        }
        List<Row> sorted = new ArrayList<>(table);
        sorted.sort(Comparator.comparingInt(Row::minPoints));
        table = List.copyOf(sorted);
    }

    /** A scheme that credits named points. */
    public PointsScheme(int maxMark, List<Row> table) {
        this(maxMark, table, CreditRule.NAMED);
    }

    /** The same table with another credit rule. */
    public PointsScheme withCreditRule(CreditRule rule) {
        return new PointsScheme(maxMark, table, rule);
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

    /**
     * Counts points, explained or named alike (described ones only under {@link CreditRule#DESCRIBED}), so the
     * advice is about making, or describing, more points.
     */
    @Override
    public List<String> advice(List<PointCredit> credits, Award award) {
        boolean describe = creditRule == CreditRule.DESCRIBED;
        int made = describe ? PointCredit.count(credits, Credit.EXPLAINED)
                : credits.size() - PointCredit.count(credits, Credit.MISSING);
        String verb = describe ? "described " : "made ";
        if (award.mark() >= maxMark) {
            return List.of("Full marks: you " + verb + points(made) + ". To make the answer even stronger, say which"
                    + " point mattered most and why.");
        }
        int needed = Math.max(1, pointsForMaxMark() - made);
        return List.of("You " + verb + points(made) + ". " + (describe ? "Describe " : "Make ") + needed
                + (needed == 1 ? " more point" : " more points") + " from the topic to reach " + maxMark + " marks"
                + (describe ? ": say what each one is or does, not just its name." : "."));
    }

    /** Under {@link CreditRule#DESCRIBED} describing a named point raises the mark; naming is enough otherwise. */
    @Override
    public boolean rewardsExplanation() {
        return creditRule == CreditRule.DESCRIBED;
    }

    @Override
    public String namedOnlyAdvice(String label, String opening) {
        return "You named \"" + label + "\" but did not describe it. Say what it is or does, for example: \""
                + opening + " is when …\"";
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
        long credited = creditRule == CreditRule.DESCRIBED ? explained : (long) explained + identified;
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
