package org.premark.cli;

import org.premark.bench.Bench;
import org.premark.bench.BenchAnswer;
import org.premark.bench.BenchReport;
import org.premark.bench.WorkloadGeneratorRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premark.workspace.Workspace;
import org.premark.csv.CsvReader;
import org.premark.csv.CsvTable;
import org.premark.claims.AnnotatorME;
import org.premark.cli.Cli;
import org.premark.eval.GoldSet;
import org.premark.rubric.Rubric;

/** The bench on a few hundred answers with the real models and notes: sane figures, no timing bars. */
class BenchCommandIT {

    private static Workspace workspace;
    private static List<BenchAnswer> workload;

    @BeforeAll
    static void load() throws Exception {
        workspace = Workspace.load(Path.of("corpus"), Path.of("rubrics"));
        workload = new WorkloadGeneratorRandom(42).generate(
                GoldSet.read(Path.of(BenchCommand.DEFAULT_GOLD)).answers(), 300);
    }

    @Test
    void measuresThroughputLatencyOverheadAndHeap() {
        Map<String, Rubric> rubrics = new LinkedHashMap<>();
        workspace.rubrics().forEach(r -> rubrics.put(r.id(), r));
        BenchReport r = new Bench(workspace.marker(), AnnotatorME.load(), rubrics)
                .run(workload.subList(0, 50), workload, 2);
        assertEquals(300, r.answers());
        assertEquals(50, r.warmup());
        assertTrue(r.singleThreaded() > 0 && Double.isFinite(r.singleThreaded()), "single " + r.singleThreaded());
        assertTrue(r.allCores() > 0 && Double.isFinite(r.allCores()), "all cores " + r.allCores());
        assertTrue(r.p50() > 0 && r.p50() <= r.p95() && r.p95() <= r.p99() && r.p99() <= r.maxLatency(),
                r.p50() + " " + r.p95() + " " + r.p99() + " " + r.maxLatency());
        // Marking runs the same pipeline and more, so it cannot be faster than the pipeline alone.
        assertTrue(r.annotateSeconds() > 0 && r.overheadRatio() > 1, "ratio " + r.overheadRatio());
        assertTrue(Double.isFinite(r.medianBlockRatio()) && r.medianBlockRatio() > 1, "block " + r.medianBlockRatio());
        // Throughput and summed latency describe the same single-threaded pass.
        assertEquals(300 / r.markSeconds(), r.singleThreaded(), 1e-6 * r.singleThreaded());
        assertTrue(r.peakHeapSampled() > 0 && r.peakHeapPools() >= r.peakHeapSampled() / 2
                && r.peakHeapSampled() <= r.maxHeap(), r.peakHeapPools() + " " + r.peakHeapSampled());
        assertTrue(r.liveHeap() > 0 && r.liveHeap() <= r.maxHeap(), "live " + r.liveHeap());
        assertEquals(0, r.mismatches(), "marks differ between one and two threads");
        assertEquals(3, r.bars().size());
    }

    @Test
    void theCommandMeasuresBothWorkloadsWithAVerdictPerBarAndComparesThem() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.standard().run(new String[] {"bench", "--answers", "120", "--long-answers", "40", "--warmup",
                "20", "--threads", "2"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(text.contains("== workload short: 120 answers from 30 answers in " + BenchCommand.DEFAULT_GOLD), text);
        assertTrue(text.contains("== workload long: 40 answers from 90 answers in " + BenchCommand.DEFAULT_LONG_GOLD),
                text);
        assertTrue(text.contains("premark bench: 120 answers (after 20 warm-up), 2 threads"), text);
        assertTrue(text.contains("premark bench: 40 answers (after 20 warm-up), 2 threads"), text);
        for (String row : List.of("single-threaded", "all cores / single", "latency p99", "overhead ratio",
                "peak heap, pools")) {
            assertEquals(2, text.lines().filter(l -> l.startsWith(row + "  ")).count(), row + " not twice:\n" + text);
        }
        long verdicts = text.lines().filter(l -> l.endsWith("PASS") || l.endsWith("FAIL")).count();
        assertEquals(8, verdicts, text);
        List<String> summary = text.lines().dropWhile(l -> !l.equals("== both workloads")).toList();
        assertEquals(4, summary.size(), text);
        assertTrue(summary.get(1).contains("overhead"), summary.get(1));
        assertTrue(summary.get(2).startsWith("short ") && summary.get(3).startsWith("long "), text);
        // Long answers are longer: more words per answer in the comparison table.
        double shortWords = Double.parseDouble(summary.get(2).trim().split("\\s+")[2]);
        double longWords = Double.parseDouble(summary.get(3).trim().split("\\s+")[2]);
        assertTrue(longWords > 1.5 * shortWords, shortWords + " vs " + longWords);
    }

    @Test
    void writesTheLongWorkloadAndRefusesToWriteBoth(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("long.csv");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errs = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(0, Cli.standard().run(new String[] {"bench", "--workload", "long", "--long-answers", "30",
                "--write-csv", csv.toString()}, System.out, errs));
        CsvTable table = CsvReader.withDefaults().read(csv, List.of("id", "answer"));
        assertEquals(30, table.rows().size());
        assertTrue(table.rows().stream().allMatch(r -> r.get("id").matches("w\\d{2}-D-[a-z]+-\\d{2}")),
                "ids name long-set seeds");
        assertEquals(2, Cli.standard().run(new String[] {"bench", "--workload", "both", "--write-csv",
                csv.toString()}, System.out, errs));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--write-csv writes one workload"), err.toString());
    }

    @Test
    void writesTheWorkloadAsAClassCsvThatMarkReads(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("work.csv");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Cli.standard().run(new String[] {"bench", "--answers", "250", "--rubric", "trotsky-lost",
                "--write-csv", csv.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code);
        CsvTable table = CsvReader.withDefaults().read(csv, List.of("id", "answer"));
        assertEquals(250, table.rows().size());
        assertTrue(table.skipped().isEmpty(), table.skipped().toString());
        assertTrue(table.rows().stream().allMatch(r -> r.get("id").matches("w\\d{3}-d-t0\\d")), "ids name trotsky-lost seeds");
        List<BenchAnswer> expected = new WorkloadGeneratorRandom(42).generate(
                GoldSet.read(Path.of(BenchCommand.DEFAULT_GOLD)).answers().stream()
                        .filter(g -> g.rubricId().equals("trotsky-lost")).toList(), 250);
        for (int i = 0; i < 250; i++) {
            assertEquals(expected.get(i).id(), table.rows().get(i).get("id"));
            assertEquals(expected.get(i).text(), table.rows().get(i).get("answer"));
        }
    }

    @Test
    void aMissingDevSetIsAClearError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.standard().run(new String[] {"bench", "--gold", "no/such.csv"}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no dev-set answers at no/such.csv"), err.toString());
    }
}
