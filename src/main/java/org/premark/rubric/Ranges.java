package org.premark.rubric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Checks that rows of inclusive ranges cover 0..end exactly once; shared by both schemes and the reader. */
final class Ranges {

    /** Upper bound of an open-ended range ("4+"). */
    static final int OPEN = Integer.MAX_VALUE;

    /** An inclusive range; {@code high == OPEN} means no upper bound. */
    record Range(int low, int high) {
        String label() {
            if (high == OPEN) {
                return low + "+";
            }
            return low == high ? Integer.toString(low) : low + "-" + high;
        }

        boolean contains(int n) {
            return n >= low && n <= high;
        }
    }

    /** A coverage problem; {@code row} is the index of the row at fault, or -1 when it concerns the whole table. */
    record Issue(int row, String message) {
    }

    private Ranges() {
    }

    /**
     * @param end  the last value to cover, or {@link #OPEN} for "every count from 0 up"
     * @param unit "mark" or "point count", used in messages
     */
    static List<Issue> coverage(List<Range> ranges, int end, String unit) {
        List<Issue> issues = new ArrayList<>();
        if (ranges.isEmpty()) {
            issues.add(new Issue(-1, "needs at least one row"));
            return issues;
        }
        List<Integer> order = IntStream.range(0, ranges.size()).boxed()
                .sorted(Comparator.<Integer>comparingInt(i -> ranges.get(i).low())
                        .thenComparingInt(i -> ranges.get(i).high()).thenComparingInt(i -> i))
                .toList();
        long next = 0; // first value not yet covered
        for (int i : order) {
            Range r = ranges.get(i);
            if (r.low() > r.high()) {
                issues.add(new Issue(i, "range " + r.low() + "-" + r.high() + " is backwards"));
                continue;
            }
            if (end != OPEN && r.low() > end) {
                issues.add(new Issue(i, "row for " + name(unit, r) + " is above the maximum " + end));
                continue;
            }
            if (r.low() > next) {
                issues.add(new Issue(i, name(unit, new Range((int) next, r.low() - 1))
                        + " not covered by any row (gap before " + r.label() + ")"));
            } else if (r.low() < next) {
                long overlapEnd = Math.min(r.high(), next - 1);
                issues.add(new Issue(i, name(unit, new Range(r.low(), (int) overlapEnd))
                        + " covered by more than one row"));
            }
            long high = r.high() == OPEN ? Long.MAX_VALUE : r.high();
            if (end != OPEN && high > end) {
                issues.add(new Issue(i, "row for " + name(unit, r) + " goes above the maximum " + end));
            }
            next = Math.max(next, high == Long.MAX_VALUE ? Long.MAX_VALUE : high + 1);
        }
        if (end == OPEN) {
            if (next != Long.MAX_VALUE) {
                issues.add(new Issue(order.get(order.size() - 1), "the last row must be open-ended (like \""
                        + ranges.get(order.get(order.size() - 1)).low() + "+\") so every number of points gets a mark"));
            }
        } else if (next <= end) {
            issues.add(new Issue(-1, name(unit, new Range((int) next, end)) + " not covered by any row"));
        }
        return issues;
    }

    private static String name(String unit, Range r) {
        return (r.low() == r.high() ? unit : unit + "s") + " " + r.label();
    }
}
