package org.premark.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.premark.workspace.Workspace;
import org.premark.eval.EvalReport;
import org.premark.eval.Evaluator;
import org.premark.eval.GoldAnswer;

/** {@code premark eval}: agreement with an examiner on a marked set, with optional bars that fail the run. */
final class EvalCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("answers", "corpus", "rubrics", "min-qwk", "min-exact",
            "min-within-one", "min-point-f1", "max-mae");

    @Override
    public String name() {
        return "eval";
    }

    @Override
    public String summary() {
        return "eval --answers FILE.csv [--min-qwk X] [--min-within-one X] [--min-point-f1 X] [--min-exact X] [--max-mae X]";
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws CliException {
        args.allowOnly(OPTIONS);
        Path file = Path.of(args.required("answers"));
        List<GoldAnswer> gold = Dirs.gold(file, err);
        Workspace workspace = Dirs.workspace(args);
        EvalReport report;
        try {
            report = new Evaluator(workspace.marker(), workspace.rubricLookup()).evaluate(gold);
        } catch (IllegalArgumentException e) {
            throw new CliException(file + ": " + e.getMessage(), 1);
        }
        report.print(out);
        List<String> shortfalls = new ArrayList<>();
        bar(shortfalls, "QWK", report.overall().qwk(), args.doubleOption("min-qwk", Double.NaN), true);
        bar(shortfalls, "exact agreement", report.overall().exact(), args.doubleOption("min-exact", Double.NaN), true);
        bar(shortfalls, "agreement within one mark", report.overall().withinOne(),
                args.doubleOption("min-within-one", Double.NaN), true);
        bar(shortfalls, "credited-point F1", report.credited().f1(), args.doubleOption("min-point-f1", Double.NaN), true);
        bar(shortfalls, "mean absolute error", report.overall().meanAbsoluteError(),
                args.doubleOption("max-mae", Double.NaN), false);
        if (!shortfalls.isEmpty()) {
            out.println();
            shortfalls.forEach(s -> out.println("FAIL " + s));
            return 1;
        }
        return 0;
    }

    private static void bar(List<String> shortfalls, String name, double value, double bar, boolean atLeast) {
        if (Double.isNaN(bar)) {
            return;
        }
        if (atLeast ? value < bar : value > bar) {
            shortfalls.add(String.format(Locale.ROOT, "%s %.3f is %s the bar %.3f", name, value,
                    atLeast ? "below" : "above", bar));
        }
    }
}
