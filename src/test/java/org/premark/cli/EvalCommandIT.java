package org.premark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premark.eval.Expected;

/** {@code premark eval}'s options end to end, with the real corpus, models and rubrics. */
class EvalCommandIT {

    private static final String ASAP_RUBRICS = "src/test/resources/eval/rubrics";

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    /** Three made-up answers to the cell-membrane question (never real ASAP answers). */
    private Path membraneSet() throws Exception {
        Path file = dir.resolve("membrane.csv");
        Files.writeString(file, "id,mark,mark_second_rater,answer\n"
                + "m1,3,3,\"Osmosis is the diffusion of water across the membrane. Active transport uses energy to move"
                + " things against the concentration gradient. In exocytosis a vesicle fuses with the membrane.\"\n"
                + "m2,1,1,Osmosis is when water moves across the membrane.\n"
                + "m3,0,0,The cell has a nucleus.\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aSetWithJustIdMarkAnswerIsMarkedAgainstARubricFromAnotherFolder() throws Exception {
        assertEquals(0, cli.run("eval", "--answers", membraneSet().toString(), "--rubric", "asap-cell-membrane",
                "--rubrics", ASAP_RUBRICS, "--min-qwk", "0.5"), cli.stderr());
        String text = cli.stdout();
        assertTrue(text.contains("answers: 3"), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("asap-cell-membrane\\s+3\\s+1\\.000\\s+100\\.0%.*")), text);
        assertTrue(text.contains("points: n/a"), text);
        assertFalse(text.contains("credited (explained or identified)"), text);
    }

    @Test
    void noCuesMarksWithRubricsCutToLabelDescriptionAndExamples() throws Exception {
        assertEquals(0, cli.run("eval", "--answers", membraneSet().toString(), "--rubric", "asap-cell-membrane",
                "--rubrics", ASAP_RUBRICS, "--no-cues"), cli.stderr());
        String text = cli.stdout();
        assertTrue(text.contains("answers: 3"), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("asap-cell-membrane\\s+3\\s+.*")), text);
    }

    @Test
    void pointBarsOnASetWithoutPointLabelsAreAUsageError() throws Exception {
        assertEquals(2, cli.run("eval", "--answers", membraneSet().toString(), "--rubric", "asap-cell-membrane",
                "--rubrics", ASAP_RUBRICS, "--min-point-f1", "0.5"));
        assertTrue(cli.stderr().contains("--min-point-f1 needs the examiner's point labels"), cli.stderr());
    }

    @Test
    void aMarkAboveTheRubricsMaximumNamesTheLine() throws Exception {
        Path file = dir.resolve("high.csv");
        Files.writeString(file, "id,mark,answer\nh1,6,Osmosis moves water.\n", StandardCharsets.UTF_8);
        assertEquals(1, cli.run("eval", "--answers", file.toString(), "--rubric", "asap-cell-membrane",
                "--rubrics", ASAP_RUBRICS));
        assertTrue(cli.stderr().contains("line 2: mark 6 is above the maximum 3 of rubric 'asap-cell-membrane'"),
                cli.stderr());
    }

    @Test
    void anUnknownRubricNamesTheKnownOnes() throws Exception {
        assertEquals(1, cli.run("eval", "--answers", membraneSet().toString(), "--rubric", "asap-nope",
                "--rubrics", ASAP_RUBRICS));
        assertTrue(cli.stderr().contains("unknown rubric 'asap-nope'") && cli.stderr().contains("asap-protein-synthesis"),
                cli.stderr());
    }

    @Test
    void questionsRestrictTheSetAndReviewFiguresAndBarsArePrinted() {
        assertEquals(1, cli.run("eval", "--answers", "src/test/resources/eval/long-dev-set.csv", "--questions",
                "trotsky-lost,nkvd-feared", "--min-review-recall", "1.01", "--max-review-rate", "-1"));
        String text = cli.stdout();
        assertTrue(text.contains("answers: 30"), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("trotsky-lost ")), text);
        assertFalse(text.lines().anyMatch(l -> l.startsWith("power-struggle ")), text);
        assertTrue(text.contains("review recall") && text.contains("review rate")
                && text.contains("other-reason coverage") && text.matches("(?s).*other-reason coverage +\\S+ \\(\\d of 4\\).*"),
                text);
        assertTrue(text.contains("FAIL review recall") && text.contains("FAIL review rate"), text);
    }

    @Test
    void anUnknownQuestionIsAClearError() {
        assertEquals(2, cli.run("eval", "--answers", "src/test/resources/eval/dev-set.csv", "--questions", "trotsky-lst"));
        assertTrue(cli.stderr().contains("has no answers on trotsky-lst; its questions are nkvd-feared, "), cli.stderr());
    }

    @Test
    void writeExpectedWritesOneRowPerAnswerInTheSetsOrder() throws Exception {
        Path target = dir.resolve("sub/expected.csv");
        assertEquals(0, cli.run("eval", "--answers", "src/test/resources/eval/dev-set.csv", "--write-expected",
                target.toString()), cli.stderr());
        assertTrue(cli.stdout().contains("wrote the results of 30 answers to " + target), cli.stdout());
        List<Expected> rows = Expected.read(target);
        assertEquals(30, rows.size());
        assertEquals("d-s01", rows.get(0).id());
        assertEquals(List.of(), Expected.compare(Expected.read(Path.of("src/test/resources/eval/expected/dev-set.csv")),
                rows), "the committed expected file matches a fresh run");
    }

    @Test
    void setOverridesAMarkingSettingAndABadOneIsAUsageErrorNamingIt() {
        assertEquals(0, cli.run("eval", "--answers", "src/test/resources/eval/dev-set.csv", "--set", "match.threshold=0.7"),
                cli.stderr());
        assertTrue(cli.stdout().startsWith("marking settings: the defaults with match.threshold=0.7"), cli.stdout());
        assertEquals(2, cli.run("eval", "--answers", "src/test/resources/eval/dev-set.csv", "--set", "match.threshold=7"));
        assertTrue(cli.stderr().contains("--set match.threshold must be in (0, 1], got 7.0"), cli.stderr());
        assertEquals(2, cli.run("eval", "--answers", "src/test/resources/eval/dev-set.csv", "--set", "match.thresold=0.5"));
        assertTrue(cli.stderr().contains("unknown marking setting 'match.thresold'"), cli.stderr());
    }

    @Test
    void crossValidationPrintsHeldOutFiguresBesideAllDataPerQuestion() {
        assertEquals(0, cli.run("eval", "--answers", "src/test/resources/eval/dev-set.csv", "--questions",
                "trotsky-lost,nkvd-feared", "--cross-validate", "--grid", "match.threshold=0.6,0.9"), cli.stderr());
        String text = cli.stdout();
        assertTrue(text.contains("cross-validation: leave one question out, 2 settings"), text);
        assertTrue(text.contains("held-out (chosen on the others)") && text.contains("all data (best on all)"), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("trotsky-lost ") && l.contains("match.threshold=")), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("nkvd-feared ") && l.contains("match.threshold=")), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("ALL ") && l.trim().split("\\s+").length == 9), text);
    }

    @Test
    void aGridNeedsCrossValidationAndCrossValidationNeedsAGrid() {
        assertEquals(2, cli.run("eval", "--answers", "src/test/resources/eval/dev-set.csv", "--grid", "match.threshold=0.5"));
        assertTrue(cli.stderr().contains("--grid is for --cross-validate"), cli.stderr());
        assertEquals(2, cli.run("eval", "--answers", "src/test/resources/eval/dev-set.csv", "--cross-validate"));
        assertTrue(cli.stderr().contains("--cross-validate needs at least one --grid"), cli.stderr());
    }
}
