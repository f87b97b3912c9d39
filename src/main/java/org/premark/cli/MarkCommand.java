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
import org.premark.csv.MarksCsv;
import org.premark.marking.PointResult;
import org.premark.marking.PointStatus;
import org.premark.marking.MarkResult;
import org.premark.marking.OtherReason;
import org.premark.marking.MarkerLexical;
import org.premark.rubric.Rubric;

/** {@code premark mark}: one answer to JSON, or a class CSV to a results CSV or JSON file. */
final class MarkCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("rubric", "text", "answers", "out", "threads", "corpus", "rubrics",
            "id-column", "answer-column", "json");

    @Override
    public String name() {
        return "mark";
    }

    @Override
    public String summary() {
        return "mark --rubric ID (--text \"ANSWER\" [--json] | --answers FILE.csv|FILE.xlsx [--id-column NAME]"
                + " [--answer-column NAME] [--out FILE.csv|FILE.json] [--threads N])";
    }

    @Override
    public String help() {
        return """
                options:
                  --rubric ID            the question to mark against (see the rubrics folder)
                  --text "ANSWER"        mark one answer and print a readable summary
                  --json                 with --text: print the full result as JSON instead
                  --answers FILE         a class list: CSV (comma, semicolon or tab; UTF-8, Windows-1252 or UTF-16)
                                         or an .xlsx workbook, with a header row
                  --id-column NAME       the column with the student ids (default: id)
                  --answer-column NAME   the column with the answers (default: answer)
                  --out FILE.csv|.json   where to write the marks (default: CSV to standard output)
                  --threads N            marking threads (default: one per core)
                  --corpus DIR, --rubrics DIR   the notes and rubrics folders""";
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
            if (text.isBlank()) {
                throw new CliException("the answer is empty: write the answer first");
            }
            MarkResult result = workspace.marker().mark(rubric, text);
            out.println(args.has("json") ? Json.PRETTY.writeValueAsString(result) : summary(rubric, result));
            return 0;
        }
        if (args.has("json")) {
            throw new CliException("--json goes with --text; for a class list use --out FILE.json");
        }
        String idColumn = args.option("id-column", "id");
        String answerColumn = args.option("answer-column", "answer");
        if (idColumn.isBlank() || answerColumn.isBlank()) {
            throw new CliException("--id-column and --answer-column need a column name");
        }
        if (CsvReader.name(idColumn).equals(CsvReader.name(answerColumn))) {
            throw new CliException("--id-column and --answer-column name the same column '" + idColumn + "'");
        }
        return batch(workspace, rubric, Path.of(args.required("answers")), idColumn, answerColumn, outPath, threads,
                out, err);
    }

    /** One answer's result for a person: mark, level, each point, the feedback and any flags. */
    static String summary(Rubric rubric, MarkResult r) {
        StringBuilder s = new StringBuilder();
        s.append(rubric.question()).append('\n');
        s.append("Mark: ").append(r.mark()).append('/').append(r.maxMark()).append(" (").append(r.level())
                .append(") · confidence ").append(Math.round(r.confidence() * 100)).append("% · ")
                .append(r.wordCount()).append(r.wordCount() == 1 ? " word" : " words").append("\n\n");
        for (PointResult p : r.points()) {
            String status = p.status() == PointStatus.EXPLAINED ? "explained " : p.status() == PointStatus.IDENTIFIED
                    ? "identified" : "missing   ";
            s.append("  ").append(status).append("  ").append(p.label());
            if (!p.spans().isEmpty()) {
                s.append("  — \"").append(p.spans().get(0).text()).append('"');
            }
            s.append('\n');
        }
        for (OtherReason o : r.otherReasons()) {
            s.append("  explained   ").append(MarkResult.OTHER_REASON_LABEL).append("  — \"").append(o.reason().text())
                    .append("\" … \"").append(o.link().text()).append("\" (notes: ").append(o.passage().passageId())
                    .append("; counted in the mark, please confirm)\n");
        }
        if (!r.feedback().isEmpty()) {
            s.append("\nWhat to do next:\n");
            r.feedback().forEach(f -> s.append("  - ").append(f).append('\n'));
        }
        if (!r.flags().isEmpty()) {
            s.append("\nFlags:\n");
            r.flags().forEach(f -> s.append("  ").append(f.code().code()).append(": ").append(f.message()).append('\n'));
        }
        s.append("\n(--json prints the full result)");
        return s.toString();
    }

    private int batch(Workspace workspace, Rubric rubric, Path answers, String idColumn, String answerColumn,
                      String outPath, int threads, PrintStream out, PrintStream err) throws CliException {
        CsvTable table;
        String id = CsvReader.name(idColumn);
        String answer = CsvReader.name(answerColumn);
        try {
            table = new CsvReader(200L * 1024 * 1024, 500_000, MarkerLexical.MAX_ANSWER_CHARS)
                    .read(answers, List.of(id, answer), id);
        } catch (CsvException e) {
            throw new CliException(answers + ": " + e.problem(), 1);
        }
        for (CsvProblem p : table.skipped()) {
            err.println(answers + ": " + p + " (row skipped)");
        }
        long started = System.nanoTime();
        List<MarksCsv.Row> rows;
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            rows = pool.submit(() -> table.rows().parallelStream()
                    .map(r -> MarksCsv.Row.suggested(r.get(id), r.get(answer),
                            workspace.marker().mark(rubric, r.get(answer))))
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
                : MarksCsv.write(rows)).getBytes(StandardCharsets.UTF_8);
        if (outPath.equals("-")) {
            out.print(new String(content, StandardCharsets.UTF_8));
        } else {
            try {
                AtomicFiles.write(Path.of(outPath), content);
            } catch (IOException e) {
                throw new CliException("cannot write " + outPath + ": " + e.getMessage(), 1);
            }
        }
        err.printf(Locale.ROOT, "read %s as %s; marked %d answers in %.1f s (%d rows skipped)%s%n", answers,
                table.readAs(), rows.size(), seconds, table.skipped().size(), outPath.equals("-") ? "" : " -> " + outPath);
        return table.skipped().isEmpty() ? 0 : 1;
    }

    /** A JSON array of {id, line, result}. */
    private static String json(List<CsvRow> input, List<MarksCsv.Row> rows) {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            items.add(new Item(rows.get(i).id(), input.get(i).line(), rows.get(i).result()));
        }
        return Json.PRETTY.writeValueAsString(items);
    }

    private record Item(String id, long line, MarkResult result) {
    }
}
