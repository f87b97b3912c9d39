package org.premark.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.premark.workspace.Workspace;
import org.premark.csv.AtomicFiles;
import org.premark.csv.CsvException;
import org.premark.csv.CsvProblem;
import org.premark.csv.CsvReader;
import org.premark.csv.CsvRow;
import org.premark.csv.CsvTable;
import org.premark.csv.ResultsCsv;
import org.premark.marking.MarkResult;
import org.premark.marking.MarkerLexical;
import org.premark.rubric.Rubric;

/** {@code premark mark}: one answer to JSON, or a class CSV to a results CSV or JSON file. */
final class MarkCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("rubric", "text", "answers", "out", "threads", "corpus", "rubrics");

    @Override
    public String name() {
        return "mark";
    }

    @Override
    public String summary() {
        return "mark --rubric ID (--text \"ANSWER\" | --answers FILE.csv [--out FILE.csv|FILE.json] [--threads N])";
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws CliException {
        args.allowOnly(OPTIONS);
        String rubricId = args.required("rubric");
        if (args.has("text") == args.has("answers")) {
            throw new CliException("give exactly one of --text \"ANSWER\" or --answers FILE.csv");
        }
        int threads = args.intOption("threads", Runtime.getRuntime().availableProcessors(), 1, 256);
        String outPath = args.option("out", "-");
        if (!outPath.equals("-") && !outPath.toLowerCase(Locale.ROOT).endsWith(".csv")
                && !outPath.toLowerCase(Locale.ROOT).endsWith(".json")) {
            throw new CliException("--out must end in .csv or .json, got " + outPath);
        }
        Workspace workspace = Dirs.workspace(args);
        Rubric rubric = workspace.rubric(rubricId).orElseThrow(() -> new CliException("unknown rubric '" + rubricId
                + "'; known: " + String.join(", ", workspace.rubrics().stream().map(Rubric::id).toList())));
        if (args.has("text")) {
            String text = args.option("text", "");
            if (text.length() > MarkerLexical.MAX_ANSWER_CHARS) {
                throw new CliException("the answer is " + text.length() + " characters; the limit is "
                        + MarkerLexical.MAX_ANSWER_CHARS);
            }
            out.println(Json.PRETTY.writeValueAsString(workspace.marker().mark(rubric, text)));
            return 0;
        }
        return batch(workspace, rubric, Path.of(args.required("answers")), outPath, threads, out, err);
    }

    private int batch(Workspace workspace, Rubric rubric, Path answers, String outPath, int threads, PrintStream out,
            PrintStream err) throws CliException {
        CsvTable table;
        try {
            table = new CsvReader(200L * 1024 * 1024, 500_000, MarkerLexical.MAX_ANSWER_CHARS)
                    .read(answers, List.of("id", "answer"));
        } catch (CsvException e) {
            throw new CliException(answers + ": " + e.problem(), 1);
        }
        for (CsvProblem p : table.skipped()) {
            err.println(answers + ": " + p + " (row skipped)");
        }
        long started = System.nanoTime();
        List<ResultsCsv.Row> rows;
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            rows = pool.submit(() -> table.rows().parallelStream()
                    .map(r -> new ResultsCsv.Row(r.get("id"), workspace.marker().mark(rubric, r.get("answer"))))
                    .toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted", 1);
        } catch (ExecutionException e) {
            throw new CliException("marking failed: " + e.getCause(), 3);
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        byte[] content = (outPath.toLowerCase(Locale.ROOT).endsWith(".json") ? json(table.rows(), rows)
                : ResultsCsv.write(rows)).getBytes(StandardCharsets.UTF_8);
        if (outPath.equals("-")) {
            out.print(new String(content, StandardCharsets.UTF_8));
        } else {
            try {
                AtomicFiles.write(Path.of(outPath), content);
            } catch (IOException e) {
                throw new CliException("cannot write " + outPath + ": " + e.getMessage(), 1);
            }
        }
        err.printf(Locale.ROOT, "marked %d answers in %.1f s (%d rows skipped)%s%n", rows.size(), seconds,
                table.skipped().size(), outPath.equals("-") ? "" : " -> " + outPath);
        return table.skipped().isEmpty() ? 0 : 1;
    }

    /** A JSON array of {id, line, result}. */
    private static String json(List<CsvRow> input, List<ResultsCsv.Row> rows) {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            items.add(new Item(rows.get(i).id(), input.get(i).line(), rows.get(i).result()));
        }
        return Json.PRETTY.writeValueAsString(items);
    }

    private record Item(String id, long line, MarkResult result) {
    }
}
