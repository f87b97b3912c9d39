package org.premark.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.premark.workspace.Workspace;

/**
 * The accuracy tier, run by {@code ./mvnw verify} (failsafe, {@code *Eval}): every history dev set is marked with
 * the real notes index, rubrics and OpenNLP models, and
 * <ul>
 *   <li>every answer's mark, level, explained and identified points and flags must equal the pinned ones in
 *   {@code src/test/resources/eval/expected/<set>.csv}: each difference is printed, and any fails the build.
 *   A change of marks that is intended is committed together with the rewritten expected file
 *   ({@code premark eval --answers SET.csv --write-expected expected/SET.csv}) and says why;</li>
 *   <li>the set's figures must be at least today's: the bars below are the figures measured when they were
 *   last raised, truncated to three decimals, so a change that makes agreement worse cannot slip in as an
 *   updated expected file. Raise a bar when a change improves its figure.</li>
 * </ul>
 */
class DevSetsEval {

    private static final Path DIR = Path.of("src/test/resources/eval");

    /** Today's figures (the floor): QWK, exact, within one, MAE (a ceiling), credited F1, explained F1, review recall. */
    record Bars(double qwk, double exact, double withinOne, double maxMae, double pointF1, double explainedF1,
            double reviewRecall) {
    }

    private static final Map<String, Bars> BARS = Map.of(
            // 30 short answers; review recall has no 2+ misses to count (n/a), so no bar.
            "dev-set", new Bars(1.000, 1.000, 1.000, 0.000, 0.972, 0.954, Double.NaN),
            "long-dev-set", new Bars(0.975, 0.877, 0.988, 0.134, 0.949, 0.961, 0.800),
            // 168 long answers the team wrote and marked before premark saw them (seven batches of 24): a
            // generalisation check. The bars are the measured all-168 figures (MAE rounded up, as it is a ceiling),
            // re-measured when the seventh batch was added, then raised by branch match18 (outcome-only cues,
            // article nouns, irregular past forms). Review recall went from 10 of 19 to 9 of 18 only because an
            // answer that was 3 marks off and flagged is now marked as its examiner did. Branch review18's review
            // signals (short list items, concluding sentences) raised review recall to 13 of 18.
            "authored-long-set", new Bars(0.875, 0.714, 0.892, 0.435, 0.836, 0.845, 0.722));

    /**
     * QWK with every point cut to its label, description and first two examples ({@code eval --no-cues}, a rubric
     * a teacher writes in minutes): today's floor, truncated. Without cues a set may lose at most
     * {@link #NO_CUES_MAX_LOSS} against the rubrics as written.
     */
    // long-dev-set 0.964 -> 0.960 with the links to the outcome (links16): without cues one answer now gets its
    // mark, and one whose Testament point is not recognised loses the explanation of a point it was wrongly
    // credited with, by a clause that was the cause of the "so" after it (4 -> 2); with cues neither mark changes.
    private static final Map<String, Double> NO_CUES_QWK = Map.of("dev-set", 0.975, "long-dev-set", 0.960,
            "authored-long-set", 0.840);
    private static final double NO_CUES_MAX_LOSS = 0.05;
    /** Examples kept per point without cues, as {@code eval --no-cues} keeps. */
    private static final int BARE_EXAMPLES = 2;

    private static Workspace workspace;
    /** Each set is marked once and shared by both checks. */
    private static final Map<String, List<Scored>> MARKED = new ConcurrentHashMap<>();

    @BeforeAll
    static void load() throws Exception {
        workspace = Workspace.load(Path.of("corpus"), Path.of("rubrics"));
    }

    private static synchronized List<Scored> mark(String set) throws Exception {
        List<Scored> done = MARKED.get(set);
        if (done == null) {
            GoldSet gold = GoldSet.read(DIR.resolve(set + ".csv"));
            assertTrue(gold.skipped().isEmpty(), set + ": rows skipped: " + gold.skipped());
            done = new Evaluator(workspace.marker(), workspace.rubricLookup()).mark(gold.answers());
            MARKED.put(set, done);
        }
        return done;
    }

    @ParameterizedTest(name = "{0}: every answer as pinned")
    @ValueSource(strings = {"dev-set", "long-dev-set", "authored-long-set"})
    void everyAnswerGetsThePinnedResult(String set) throws Exception {
        List<Scored> scored = mark(set);
        Path pinned = DIR.resolve("expected/" + set + ".csv");
        List<Expected.Difference> diffs = Expected.compare(Expected.read(pinned), Expected.of(scored));
        if (!diffs.isEmpty()) {
            StringBuilder sb = new StringBuilder(set + ": " + diffs.size() + " differences from " + pinned
                    + " (id field: expected, actual). If the change is intended, rewrite the file with"
                    + " 'premark eval --answers " + DIR.resolve(set + ".csv") + " --write-expected " + pinned
                    + "' and say why in the commit.");
            diffs.forEach(d -> sb.append(System.lineSeparator()).append("  ").append(d));
            System.out.println(sb);
            fail(sb.toString());
        }
    }

    @ParameterizedTest(name = "{0}: figures at least today's")
    @ValueSource(strings = {"dev-set", "long-dev-set", "authored-long-set"})
    void figuresAreAtLeastTodays(String set) throws Exception {
        EvalReport report = Evaluator.report(mark(set));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        report.print(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        System.out.println(set + ":" + System.lineSeparator() + buffer.toString(StandardCharsets.UTF_8));
        Bars bars = BARS.get(set);
        List<String> below = new ArrayList<>();
        atLeast(below, "QWK", report.overall().qwk(), bars.qwk());
        atLeast(below, "exact", report.overall().exact(), bars.exact());
        atLeast(below, "within one", report.overall().withinOne(), bars.withinOne());
        atLeast(below, "-MAE", -report.overall().meanAbsoluteError(), -bars.maxMae());
        atLeast(below, "credited-point F1", report.credited().f1(), bars.pointF1());
        atLeast(below, "explained-point F1", report.explained().f1(), bars.explainedF1());
        if (!Double.isNaN(bars.reviewRecall())) {
            atLeast(below, "review recall", report.review().recall().value(), bars.reviewRecall());
        }
        assertTrue(below.isEmpty(), set + ": " + String.join("; ", below));
    }

    @ParameterizedTest(name = "{0}: without cues at least today's, losing at most 0.05")
    @ValueSource(strings = {"dev-set", "long-dev-set", "authored-long-set"})
    void withoutCuesLosesLittle(String set) throws Exception {
        GoldSet gold = GoldSet.read(DIR.resolve(set + ".csv"));
        Map<String, org.premark.rubric.Rubric> bare = new java.util.HashMap<>();
        workspace.rubrics().forEach(r -> bare.put(r.id(), r.bare(BARE_EXAMPLES)));
        double without = Evaluator.report(new Evaluator(workspace.marker(), bare::get).mark(gold.answers()))
                .overall().qwk();
        double with = Evaluator.report(mark(set)).overall().qwk();
        List<String> below = new ArrayList<>();
        atLeast(below, "QWK without cues", without, NO_CUES_QWK.get(set));
        atLeast(below, "-QWK lost without cues", -(with - without), -NO_CUES_MAX_LOSS);
        assertTrue(below.isEmpty(), set + ": " + String.join("; ", below));
    }

    private static void atLeast(List<String> below, String name, double value, double bar) {
        // NaN (nothing to measure) fails too: a bar was set because there was something.
        if (!(value >= bar - 1e-12)) {
            below.add(String.format(Locale.ROOT, "%s %.6f is below today's %.3f", name, value, bar));
        }
        System.out.printf(Locale.ROOT, "  %-20s %.6f (bar %.3f)%n", name, value, bar);
    }
}
