package org.premark.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.premark.csv.CsvException;
import org.premark.csv.CsvProblem;
import org.premark.csv.CsvReader;
import org.premark.csv.CsvRow;
import org.premark.csv.CsvTable;

/**
 * An examiner-marked set read from CSV with columns {@code id,question,mark,answer} and optional
 * {@code explained}/{@code identified} point lists separated by ';', {@code other_valid} (non-rubric reasons,
 * ';'-separated) and {@code flags} (the examiner's, ';'-separated). Other columns, such as {@code why} or
 * {@code mark_second_rater}, are ignored. Bad rows are skipped and listed.
 */
public record GoldSet(List<GoldAnswer> answers, List<CsvProblem> skipped) {

    public GoldSet {
        answers = List.copyOf(answers);
        skipped = List.copyOf(skipped);
    }

    /** A set whose rows name their question (rubric id) in a {@code question} column. */
    public static GoldSet read(Path file) throws CsvException {
        return read(file, "");
    }

    /**
     * @param rubricId when not blank, the rubric of every answer: the file then needs no {@code question}
     *                 column (e.g. {@code id,mark,answer}); if it has one, rows on another question are skipped
     */
    public static GoldSet read(Path file, String rubricId) throws CsvException {
        Objects.requireNonNull(rubricId, "rubricId");
        List<String> required = rubricId.isBlank() ? List.of("id", "question", "mark", "answer")
                : List.of("id", "mark", "answer");
        CsvTable table = CsvReader.withDefaults().read(file, required);
        boolean labelled = table.columns().contains("explained") || table.columns().contains("identified");
        List<GoldAnswer> gold = new ArrayList<>();
        List<CsvProblem> problems = new ArrayList<>(table.skipped());
        for (CsvRow row : table.rows()) {
            int mark;
            try {
                mark = Integer.parseInt(row.get("mark").trim());
            } catch (NumberFormatException e) {
                problems.add(new CsvProblem(row.line(), "mark '" + row.get("mark") + "' is not a whole number"));
                continue;
            }
            if (mark < 0) {
                problems.add(new CsvProblem(row.line(), "mark " + mark + " is negative"));
                continue;
            }
            String question = row.get("question").trim();
            if (!rubricId.isBlank()) {
                if (!question.isEmpty() && !question.equals(rubricId)) {
                    problems.add(new CsvProblem(row.line(), "question '" + question + "' is not the rubric "
                            + rubricId + " asked for"));
                    continue;
                }
                question = rubricId;
            }
            if (question.isEmpty()) {
                problems.add(new CsvProblem(row.line(), "empty question (rubric id)"));
                continue;
            }
            Set<String> explained = ids(row.get("explained"));
            Set<String> identified = ids(row.get("identified"));
            Set<String> both = new LinkedHashSet<>(explained);
            both.retainAll(identified);
            if (!both.isEmpty()) {
                problems.add(new CsvProblem(row.line(), "point " + String.join(", ", both)
                        + " is both explained and identified; a point belongs in one of the two"));
                continue;
            }
            gold.add(new GoldAnswer(row.get("id"), question, mark, explained, identified, labelled,
                    list(row.get("other_valid")), ids(row.get("flags")), row.get("answer"), row.line()));
        }
        return new GoldSet(gold, problems);
    }

    private static Set<String> ids(String list) {
        return new LinkedHashSet<>(list(list));
    }

    private static List<String> list(String list) {
        return Arrays.stream(list.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
