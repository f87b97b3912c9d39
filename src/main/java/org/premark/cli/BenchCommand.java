package org.premark.cli;

import org.premark.bench.Bench;
import org.premark.bench.BenchAnswer;
import org.premark.bench.BenchReport;
import org.premark.bench.WorkloadGeneratorRandom;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.premark.workspace.Workspace;
import org.premark.csv.AtomicFiles;
import org.premark.claims.AnnotatorME;
import org.premark.cli.Args;
import org.premark.cli.CliException;
import org.premark.cli.Command;
import org.premark.cli.Dirs;
import org.premark.eval.GoldAnswer;
import org.premark.rubric.Rubric;

/**
 * {@code premark bench}: marking throughput, latency, heap and overhead over the bare OpenNLP pipeline, on two
 * workloads made by varying marked answers: the short dev-set answers and the long dev-set answers, measured one
 * after the other and compared at the end; or, with {@code --write-csv}, one workload as a class CSV.
 * The figures are printed with the speed bars; a bar missed does not fail the command.
 */
public final class BenchCommand implements Command {

    static final int DEFAULT_ANSWERS = 10_000;
    /** Long answers take about three times as long each; 3,000 keeps the whole run to a few minutes. */
    static final int DEFAULT_LONG_ANSWERS = 3_000;
    static final int DEFAULT_WARMUP = 1_000;
    static final long DEFAULT_SEED = 42;
    static final String DEFAULT_GOLD = "src/test/resources/eval/dev-set.csv";
    static final String DEFAULT_LONG_GOLD = "src/test/resources/eval/long-dev-set.csv";

    private static final Set<String> OPTIONS = Set.of("answers", "long-answers", "workload", "threads", "warmup",
            "seed", "gold", "long-gold", "rubric", "write-csv", "corpus", "rubrics");

    /** One workload to measure: its name, the marked answers it varies and how many answers to make. */
    record Workload(String name, Path gold, List<GoldAnswer> seeds, int size, int warmup) {

        Workload {
            if (seeds.isEmpty() || size < 1 || warmup < 0) {
                throw new IllegalArgumentException("workload " + name + ": need seeds, size >= 1 and warmup >= 0");
            }
            seeds = List.copyOf(seeds);
        }
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "bench [--workload short|long|both] [--answers N] [--long-answers N] [--threads N] [--warmup N]"
                + " [--seed N] [--gold DEV.csv] [--long-gold LONG.csv] [--rubric ID] [--write-csv FILE.csv]";
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws CliException {
        args.allowOnly(OPTIONS);
        String which = args.option("workload", args.has("write-csv") ? "short" : "both").trim();
        if (!Set.of("short", "long", "both").contains(which)) {
            throw new CliException("--workload must be short, long or both, got '" + which + "'");
        }
        if (args.has("write-csv") && which.equals("both")) {
            throw new CliException("--write-csv writes one workload: add --workload short or --workload long");
        }
        int cores = Runtime.getRuntime().availableProcessors();
        int threads = args.intOption("threads", cores, 1, 256);
        long seed = seed(args);
        String rubricId = args.option("rubric", "");
        List<Workload> workloads = new ArrayList<>();
        if (!which.equals("long")) {
            int size = args.intOption("answers", DEFAULT_ANSWERS, 1, 1_000_000);
            Path gold = Path.of(args.option("gold", DEFAULT_GOLD));
            workloads.add(new Workload("short", gold, seeds(gold, rubricId, err), size,
                    args.intOption("warmup", Math.min(DEFAULT_WARMUP, size), 0, 1_000_000)));
        }
        if (!which.equals("short")) {
            int size = args.intOption("long-answers", DEFAULT_LONG_ANSWERS, 1, 1_000_000);
            Path gold = Path.of(args.option("long-gold", DEFAULT_LONG_GOLD));
            workloads.add(new Workload("long", gold, seeds(gold, rubricId, err), size,
                    args.intOption("warmup", Math.min(DEFAULT_WARMUP, size), 0, 1_000_000)));
        }

        if (args.has("write-csv")) {
            Workload w = workloads.get(0);
            Path file = Path.of(args.required("write-csv"));
            writeCsv(file, new WorkloadGeneratorRandom(seed).generate(w.seeds(), w.size()));
            out.printf(Locale.ROOT, "wrote %d answers (seed %d, from %d %s answers) to %s%n", w.size(), seed,
                    w.seeds().size(), w.gold(), file);
            return 0;
        }

        long loading = System.nanoTime();
        Workspace workspace = Dirs.workspace(args);
        AnnotatorME annotator = AnnotatorME.load();
        double loadSeconds = (System.nanoTime() - loading) / 1e9;
        Map<String, Rubric> rubrics = new LinkedHashMap<>();
        for (Workload w : workloads) {
            for (GoldAnswer g : w.seeds()) {
                Rubric r = workspace.rubric(g.rubricId()).orElseThrow(() -> new CliException(w.gold() + ": answer "
                        + g.id() + " is on rubric '" + g.rubricId() + "', which is not in the rubrics folder", 1));
                rubrics.putIfAbsent(r.id(), r);
            }
        }
        out.printf(Locale.ROOT, "loaded notes, %d rubrics and the OpenNLP models in %.2f s%n",
                workspace.rubrics().size(), loadSeconds);
        Bench bench = new Bench(workspace.marker(), annotator, rubrics);
        List<BenchReport> reports = new ArrayList<>();
        List<Double> words = new ArrayList<>();
        for (Workload w : workloads) {
            List<BenchAnswer> workload = new WorkloadGeneratorRandom(seed).generate(w.seeds(), w.size());
            // A different seed, so the measured answers' misspellings are not already in the caches.
            List<BenchAnswer> warm = new WorkloadGeneratorRandom(seed + 1).generate(w.seeds(), w.warmup());
            double meanWords = workload.stream().mapToInt(a -> wordCount(a.text())).average().orElse(0);
            out.println();
            out.printf(Locale.ROOT, "== workload %s: %d answers from %d answers in %s, seed %d, %.0f words per answer"
                    + " on average%n", w.name(), w.size(), w.seeds().size(), w.gold(), seed, meanWords);
            BenchReport report = bench.run(warm, workload, threads);
            report.print(out);
            reports.add(report);
            words.add(meanWords);
        }
        if (workloads.size() > 1) {
            out.println();
            out.println("== both workloads");
            out.printf(Locale.ROOT, "%-10s %8s %8s %14s %12s %10s %10s %10s%n", "workload", "answers", "words",
                    "1 thread /s", "all cores /s", "p50 ms", "p99 ms", "overhead");
            for (int i = 0; i < workloads.size(); i++) {
                BenchReport r = reports.get(i);
                out.printf(Locale.ROOT, "%-10s %8d %8.0f %14.0f %12.0f %10.2f %10.2f %10.2f%n",
                        workloads.get(i).name(), r.answers(), words.get(i), r.singleThreaded(), r.allCores(), r.p50(),
                        r.p99(), r.overheadRatio());
            }
        }
        return 0;
    }

    /** Words as a reader counts them: runs of letters or digits. */
    static int wordCount(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                n++;
            }
            inWord = letter;
        }
        return n;
    }

    private static long seed(Args args) throws CliException {
        String value = args.option("seed", String.valueOf(DEFAULT_SEED));
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new CliException("--seed must be a whole number, got '" + value + "'");
        }
    }

    private static List<GoldAnswer> seeds(Path file, String rubricId, PrintStream err) throws CliException {
        if (!Files.isRegularFile(file)) {
            throw new CliException("no dev-set answers at " + file + "; run from the project folder or pass"
                    + " --gold / --long-gold FILE.csv (columns id,question,mark,answer)", 1);
        }
        List<GoldAnswer> all = Dirs.gold(file, err);
        List<GoldAnswer> seeds = all.stream()
                .filter(g -> rubricId.isBlank() || g.rubricId().equals(rubricId)).toList();
        if (seeds.isEmpty()) {
            throw new CliException(file + ": no usable answers" + (rubricId.isBlank() ? "" : " on rubric '"
                    + rubricId + "'"), 1);
        }
        return seeds;
    }


    static void writeCsv(Path file, List<BenchAnswer> workload) throws CliException {
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180.builder().setHeader("id", "answer").get())) {
            for (BenchAnswer a : workload) {
                printer.printRecord(a.id(), a.text());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        try {
            AtomicFiles.write(file, csv.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CliException("cannot write " + file + ": " + e.getMessage(), 1);
        }
    }
}
