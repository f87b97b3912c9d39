package org.premark.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/** Everything {@code premark eval} prints. */
public record EvalReport(Figures overall, SortedMap<String, Figures> perQuestion, int minMark, int maxMark,
        int[][] confusion, Counts credited, Counts explained, Counts identified, SortedMap<String, Counts> perPoint,
        List<Scored> disagreements) {

    public EvalReport {
        Objects.requireNonNull(overall, "overall");
        perQuestion = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(perQuestion));
        perPoint = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(perPoint));
        disagreements = List.copyOf(disagreements);
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
        out.printf(Locale.ROOT, "%-32s %6s %6s %6s %4s %4s %4s%n", "points", "P", "R", "F1", "tp", "fp", "fn");
        counts(out, "credited (explained or identified)", credited);
        counts(out, "explained", explained);
        counts(out, "identified only", identified);
        out.println();
        for (Map.Entry<String, Counts> e : perPoint.entrySet()) {
            counts(out, "  " + e.getKey(), e.getValue());
        }
        if (!disagreements.isEmpty()) {
            out.println();
            out.println("disagreements (examiner vs premark):");
            for (Scored s : disagreements) {
                out.printf(Locale.ROOT, "  %-8s %-22s %d vs %d  gold[e=%s i=%s] premark[e=%s i=%s]%n",
                        s.gold().id(), s.gold().rubricId(), s.gold().mark(), s.result().mark(),
                        String.join(";", new java.util.TreeSet<>(s.gold().explained())),
                        String.join(";", new java.util.TreeSet<>(s.gold().identified())),
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
