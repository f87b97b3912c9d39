package org.premark.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.premark.csv.AtomicFiles;
import org.premark.eval.CrossValidation;
import org.premark.eval.EvalReport;
import org.premark.eval.Evaluator;
import org.premark.eval.Expected;
import org.premark.eval.GoldAnswer;
import org.premark.eval.Scored;
import org.premark.marking.MarkingSettings;
import org.premark.workspace.Workspace;

/** {@code premark eval}: agreement with an examiner on a marked set, with optional bars that fail the run. */
final class EvalCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("answers", "rubric", "questions", "corpus", "rubrics",
            "write-expected", "min-qwk", "min-exact", "min-within-one", "min-point-f1", "min-explained-f1",
            "min-review-recall", "max-review-rate", "max-mae", "set", "grid", "cross-validate", "no-cues");

    @Override
    public String name() {
        return "eval";
    }

    @Override
    public String summary() {
        return "eval --answers FILE.csv [--rubric ID] [--questions ID,ID] [--rubrics DIR] [--write-expected OUT.csv]"
                + " [--min-qwk X] [--min-exact X] [--min-within-one X] [--max-mae X] [--min-point-f1 X]"
                + " [--min-explained-f1 X] [--min-review-recall X] [--max-review-rate X] [--set KEY=VALUE]..."
                + " [--cross-validate --grid KEY=V1,V2,...]... [--no-cues]";
    }

    /** Examples a teacher writes in minutes: what {@code --no-cues} keeps of each point. */
    static final int BARE_EXAMPLES = 2;

    /**
     * The rubrics to mark with: as written, or with {@code --no-cues} as a teacher writes them in minutes (label,
     * description, two examples). Bare rubrics are built once, so the marker compiles each only once.
     */
    private static Function<String, org.premark.rubric.Rubric> lookup(Workspace workspace,
            Args args) {
        if (!args.has("no-cues")) {
            return workspace.rubricLookup();
        }
        Map<String, org.premark.rubric.Rubric> bare = new LinkedHashMap<>();
        workspace.rubrics().forEach(r -> bare.put(r.id(), r.bare(BARE_EXAMPLES)));
        return bare::get;
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws CliException {
        args.allowOnly(OPTIONS);
        Path file = Path.of(args.required("answers"));
        String rubricId = args.option("rubric", "").trim();
        List<GoldAnswer> gold = Dirs.gold(file, rubricId, err);
        if (args.has("questions")) {
            gold = onlyQuestions(gold, args.required("questions"), file);
        }
        Map<String, String> overrides = pairs(args.all("set"), "--set");
        MarkingSettings settings = settings(overrides, "--set");
        if (args.has("grid") && !args.has("cross-validate")) {
            throw new CliException("--grid is for --cross-validate; add it, or use --set KEY=VALUE for one setting");
        }
        if (args.has("cross-validate")) {
            if (args.has("write-expected")) {
                throw new CliException("--write-expected writes one run's results; it cannot be used with"
                        + " --cross-validate");
            }
            return crossValidate(args, file, gold, overrides, out);
        }
        Workspace workspace = Dirs.workspace(args, settings);
        if (!rubricId.isEmpty() && workspace.rubric(rubricId).isEmpty()) {
            throw new CliException("unknown rubric '" + rubricId + "' in " + Dirs.rubrics(args) + "; known: "
                    + String.join(", ", workspace.rubrics().stream().map(r -> r.id()).toList()), 1);
        }
        List<Scored> scored;
        try {
            scored = new Evaluator(workspace.marker(), lookup(workspace, args)).mark(gold);
        } catch (IllegalArgumentException e) {
            throw new CliException(file + ": " + e.getMessage(), 1);
        }
        EvalReport report = Evaluator.report(scored);
        if (!overrides.isEmpty()) {
            out.println("marking settings: the defaults with " + label(overrides));
        }
        report.print(out);
        if (args.has("write-expected")) {
            Path target = Path.of(args.required("write-expected"));
            try {
                AtomicFiles.write(target, Expected.write(Expected.of(scored)).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new CliException("cannot write " + target + ": " + e.getMessage(), 1);
            }
            out.println();
            out.println("wrote the results of " + scored.size() + " answers to " + target);
        }
        List<String> shortfalls = new ArrayList<>();
        bar(shortfalls, "QWK", report.overall().qwk(), args.doubleOption("min-qwk", Double.NaN), true);
        bar(shortfalls, "exact agreement", report.overall().exact(), args.doubleOption("min-exact", Double.NaN), true);
        bar(shortfalls, "agreement within one mark", report.overall().withinOne(),
                args.doubleOption("min-within-one", Double.NaN), true);
        bar(shortfalls, "mean absolute error", report.overall().meanAbsoluteError(),
                args.doubleOption("max-mae", Double.NaN), false);
        for (String point : List.of("min-point-f1", "min-explained-f1")) {
            if (args.has(point) && !report.hasPointLabels()) {
                throw new CliException("--" + point + " needs the examiner's point labels, but " + file
                        + " has no explained or identified column");
            }
        }
        bar(shortfalls, "credited-point F1", report.credited().f1(), args.doubleOption("min-point-f1", Double.NaN), true);
        bar(shortfalls, "explained-point F1", report.explained().f1(),
                args.doubleOption("min-explained-f1", Double.NaN), true);
        // No answer 2+ marks off means nothing was missed: the recall bar is met.
        double recall = report.review().recall().of() == 0 ? 1.0 : report.review().recall().value();
        bar(shortfalls, "review recall", recall, args.doubleOption("min-review-recall", Double.NaN), true);
        bar(shortfalls, "review rate", report.review().rate().value(), args.doubleOption("max-review-rate", Double.NaN),
                false);
        if (!shortfalls.isEmpty()) {
            out.println();
            shortfalls.forEach(s -> out.println("FAIL " + s));
            return 1;
        }
        return 0;
    }

    /**
     * For each question, the grid setting with the best QWK on the other questions, measured on the held-out one;
     * beside it, the setting best on all answers measured on all. One workspace is loaded per grid setting.
     */
    private static int crossValidate(Args args, Path file, List<GoldAnswer> gold, Map<String, String> overrides,
            PrintStream out) throws CliException {
        List<Map<String, String>> grid = grid(args.all("grid"));
        if (args.all("grid").isEmpty()) {
            throw new CliException("--cross-validate needs at least one --grid KEY=V1,V2,... to choose from");
        }
        Map<String, List<Scored>> runs = new LinkedHashMap<>();
        for (Map<String, String> point : grid) {
            Map<String, String> all = new LinkedHashMap<>(overrides);
            all.putAll(point);
            Workspace workspace = Dirs.workspace(args, settings(all, "--grid " + label(point) + ":"));
            try {
                runs.put(label(point), new Evaluator(workspace.marker(), lookup(workspace, args)).mark(gold));
            } catch (IllegalArgumentException e) {
                throw new CliException(file + ": " + e.getMessage(), 1);
            }
        }
        CrossValidation cv;
        try {
            cv = CrossValidation.run(runs);
        } catch (IllegalArgumentException e) {
            throw new CliException(file + ": " + e.getMessage(), 1);
        }
        if (!overrides.isEmpty()) {
            out.println("marking settings: the defaults with " + label(overrides) + ", and each grid setting");
        }
        cv.print(out);
        return 0;
    }

    /** The default settings with {@code overrides}; a bad key or value is a usage error naming it. */
    private static MarkingSettings settings(Map<String, String> overrides, String option) throws CliException {
        try {
            return MarkingSettings.defaults().with(overrides);
        } catch (IllegalArgumentException e) {
            throw new CliException(option + " " + e.getMessage());
        }
    }

    private static String label(Map<String, String> settings) {
        List<String> parts = new ArrayList<>();
        settings.forEach((k, v) -> parts.add(k + "=" + v));
        return String.join(" ", parts);
    }

    /** {@code key=value} words into a map, each key once, in the order given. */
    static Map<String, String> pairs(List<String> words, String option) throws CliException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String w : words) {
            int eq = w.indexOf('=');
            if (eq <= 0 || eq == w.length() - 1) {
                throw new CliException(option + " needs key=value, got '" + w + "'");
            }
            String key = w.substring(0, eq).trim();
            if (out.put(key, w.substring(eq + 1).trim()) != null) {
                throw new CliException(option + " gives " + key + " twice");
            }
        }
        return out;
    }

    /** Every combination of the grid's values, the first key varying slowest; labels like {@code a=1 b=2}. */
    static List<Map<String, String>> grid(List<String> words) throws CliException {
        Map<String, String> keys = pairs(words, "--grid");
        List<Map<String, String>> points = new ArrayList<>();
        points.add(new LinkedHashMap<>());
        for (Map.Entry<String, String> e : keys.entrySet()) {
            List<String> values = Arrays.stream(e.getValue().split(",")).map(String::trim)
                    .filter(v -> !v.isEmpty()).distinct().toList();
            if (values.isEmpty()) {
                throw new CliException("--grid " + e.getKey() + " needs values separated by commas");
            }
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> p : points) {
                for (String v : values) {
                    Map<String, String> q = new LinkedHashMap<>(p);
                    q.put(e.getKey(), v);
                    next.add(q);
                }
            }
            points = next;
        }
        return points;
    }

    /** The answers on the listed questions (rubric ids separated by commas); an id with no answers is an error. */
    static List<GoldAnswer> onlyQuestions(List<GoldAnswer> gold, String list, Path file) throws CliException {
        Set<String> wanted = new LinkedHashSet<>();
        Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(wanted::add);
        if (wanted.isEmpty()) {
            throw new CliException("--questions needs rubric ids separated by commas, got '" + list + "'");
        }
        Set<String> present = new TreeSet<>();
        gold.forEach(g -> present.add(g.rubricId()));
        List<String> absent = wanted.stream().filter(q -> !present.contains(q)).toList();
        if (!absent.isEmpty()) {
            throw new CliException("--questions: " + file + " has no answers on " + String.join(", ", absent)
                    + "; its questions are " + String.join(", ", present));
        }
        return gold.stream().filter(g -> wanted.contains(g.rubricId())).toList();
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
