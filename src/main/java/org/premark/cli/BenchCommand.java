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
 * {@code premark bench}: marking throughput, latency, heap and overhead over the bare OpenNLP pipeline, on a
 * workload made by varying the dev-set answers; or, with {@code --write-csv}, just that workload as a class CSV.
 * The figures are printed with the speed bars; a bar missed does not fail the command.
 */
public final class BenchCommand implements Command {

    static final int DEFAULT_ANSWERS = 10_000;
    static final int DEFAULT_WARMUP = 1_000;
    static final long DEFAULT_SEED = 42;
    static final String DEFAULT_GOLD = "src/test/resources/eval/dev-set.csv";

    private static final Set<String> OPTIONS = Set.of("answers", "threads", "warmup", "seed", "gold", "rubric",
            "write-csv", "corpus", "rubrics");

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "bench [--answers N] [--threads N] [--warmup N] [--seed N] [--gold DEV.csv] [--rubric ID]"
                + " [--write-csv FILE.csv]";
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws CliException {
        args.allowOnly(OPTIONS);
        int size = args.intOption("answers", DEFAULT_ANSWERS, 1, 1_000_000);
        int cores = Runtime.getRuntime().availableProcessors();
        int threads = args.intOption("threads", cores, 1, 256);
        int warmup = args.intOption("warmup", Math.min(DEFAULT_WARMUP, size), 0, 1_000_000);
        long seed = seed(args);
        Path goldFile = Path.of(args.option("gold", DEFAULT_GOLD));
        List<GoldAnswer> seeds = seeds(goldFile, args.option("rubric", ""), err);

        List<BenchAnswer> workload = new WorkloadGeneratorRandom(seed).generate(seeds, size);
        if (args.has("write-csv")) {
            Path file = Path.of(args.required("write-csv"));
            writeCsv(file, workload);
            out.printf(Locale.ROOT, "wrote %d answers (seed %d, from %d dev-set answers) to %s%n", size, seed,
                    seeds.size(), file);
            return 0;
        }
        // A different seed, so the measured answers' misspellings are not already in the caches.
        List<BenchAnswer> warm = new WorkloadGeneratorRandom(seed + 1).generate(seeds, warmup);

        long loading = System.nanoTime();
        Workspace workspace = Dirs.workspace(args);
        AnnotatorME annotator = AnnotatorME.load();
        double loadSeconds = (System.nanoTime() - loading) / 1e9;
        Map<String, Rubric> rubrics = new LinkedHashMap<>();
        for (BenchAnswer a : workload) {
            Rubric r = workspace.rubric(a.rubricId()).orElseThrow(() -> new CliException(goldFile + ": answer "
                    + a.seedId() + " is on rubric '" + a.rubricId() + "', which is not in the rubrics folder", 1));
            rubrics.putIfAbsent(r.id(), r);
        }
        out.printf(Locale.ROOT, "loaded notes, %d rubrics and the OpenNLP models in %.2f s; workload: %d answers"
                + " from %d dev-set answers, seed %d%n", workspace.rubrics().size(), loadSeconds, size, seeds.size(),
                seed);
        BenchReport report = new Bench(workspace.marker(), annotator, rubrics).run(warm, workload, threads);
        report.print(out);
        return 0;
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
                    + " --gold FILE.csv (columns id,question,mark,answer)", 1);
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
