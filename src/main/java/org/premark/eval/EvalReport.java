package org.premark.eval;

import java.io.PrintStream;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything {@code premark eval} prints.
 *
 * @param labelledAnswers answers whose examiner point decisions are known; the point counts cover only these, and
 *                        are n/a when there are none
 * @param disagreements   answers where the mark differs, or (for labelled answers) the credited points differ
 */
public record EvalReport(Figures overall, SortedMap<String, Figures> perQuestion, int minMark, int maxMark,
        int[][] confusion, int labelledAnswers, Counts credited, Counts explained, Counts identified,
        SortedMap<String, Counts> perPoint, Review review, List<Scored> disagreements) {

    public EvalReport {
        Objects.requireNonNull(overall, "overall");
        perQuestion = Collections.unmodifiableSortedMap(new TreeMap<>(perQuestion));
        if (labelledAnswers < 0 || labelledAnswers > overall.answers()) {
            throw new IllegalArgumentException("labelledAnswers must be in 0.." + overall.answers() + ", got "
                    + labelledAnswers);
        }
        Objects.requireNonNull(credited, "credited");
        Objects.requireNonNull(explained, "explained");
        Objects.requireNonNull(identified, "identified");
        perPoint = Collections.unmodifiableSortedMap(new TreeMap<>(perPoint));
        Objects.requireNonNull(review, "review");
        disagreements = List.copyOf(disagreements);
    }

    /** Whether the point figures mean anything: some answer has the examiner's point decisions. */
    public boolean hasPointLabels() {
        return labelledAnswers > 0;
    }

    public void print(PrintStream out) {
        out.println("answers: " + overall.answers());
        out.println();
        out.printf(Locale.ROOT, "%-24s %5s %7s %7s %9s %6s%n", "question", "n", "QWK", "exact", "within-1", "MAE");
        row(out, "ALL", overall);
        for (Map.Entry<String, Figures> e : perQuestion.entrySet()) {
            row(out, e.getKey(), e.getValue());
        }
        out.println();
        out.println("confusion (rows: examiner, columns: premark)");
        StringBuilder head = new StringBuilder("      ");
        for (int m = minMark; m <= maxMark; m++) {
            head.append(String.format(Locale.ROOT, "%4d", m));
        }
        out.println(head);
        for (int g = 0; g < confusion.length; g++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %2d |", g + minMark));
            for (int p = 0; p < confusion[g].length; p++) {
                line.append(String.format(Locale.ROOT, "%4s", confusion[g][p] == 0 ? "." : confusion[g][p]));
            }
            out.println(line);
        }
        out.println();
        out.println("review flags");
        out.printf(Locale.ROOT, "  %-24s %s%n", "review recall", review.recall().format()
                + " answers " + Review.BIG_MISS + "+ marks off flagged " + Review.NEEDS_REVIEW);
        out.printf(Locale.ROOT, "  %-24s %s%n", "review rate", review.rate().format()
                + " answers flagged " + Review.NEEDS_REVIEW);
        out.printf(Locale.ROOT, "  %-24s %s%n", "other-reason coverage", review.otherCoverage().format()
                + " answers with other valid reasons flagged " + Review.OTHER_REASON);
        out.println();
        if (!hasPointLabels()) {
            out.println("points: n/a (the set has no explained/identified columns)");
        } else {
            if (labelledAnswers < overall.answers()) {
                out.println("points: over the " + labelledAnswers + " answers with point labels");
            }
            out.printf(Locale.ROOT, "%-32s %6s %6s %6s %4s %4s %4s%n", "points", "P", "R", "F1", "tp", "fp", "fn");
            counts(out, "credited (explained or identified)", credited);
            counts(out, "explained", explained);
            counts(out, "identified only", identified);
            out.println();
            for (Map.Entry<String, Counts> e : perPoint.entrySet()) {
                counts(out, "  " + e.getKey(), e.getValue());
            }
        }
        if (!disagreements.isEmpty()) {
            out.println();
            out.println("disagreements (examiner vs premark):");
            for (Scored s : disagreements) {
                String gold = s.gold().labelled()
                        ? "gold[e=" + String.join(";", new TreeSet<>(s.gold().explained())) + " i="
                                + String.join(";", new TreeSet<>(s.gold().identified())) + "]"
                        : "gold[-]";
                out.printf(Locale.ROOT, "  %-8s %-22s %d vs %d  %s premark[e=%s i=%s]%n",
                        s.gold().id(), s.gold().rubricId(), s.gold().mark(), s.result().mark(), gold,
                        String.join(";", s.result().explained()), String.join(";", s.result().identified()));
            }
        }
    }

    private static void row(PrintStream out, String name, Figures f) {
        out.printf(Locale.ROOT, "%-24s %5d %7.3f %6.1f%% %8.1f%% %6.2f%n", name, f.answers(), f.qwk(), 100 * f.exact(),
                100 * f.withinOne(), f.meanAbsoluteError());
    }

    private static void counts(PrintStream out, String name, Counts c) {
        out.printf(Locale.ROOT, "%-32s %6.3f %6.3f %6.3f %4d %4d %4d%n", name, c.precision(), c.recall(), c.f1(), c.tp(),
                c.fp(), c.fn());
    }
}
