package org.premark.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.premark.csv.CsvException;
import org.premark.csv.CsvProblem;
import org.premark.csv.CsvReader;
import org.premark.csv.CsvRow;
import org.premark.csv.CsvTable;

/**
 * An examiner-marked set read from CSV with columns {@code id,question,mark,answer} and optional
 * {@code explained}/{@code identified} point lists separated by ';'. Bad rows are skipped and listed.
 */
public record GoldSet(List<GoldAnswer> answers, List<CsvProblem> skipped) {

    public GoldSet {
        answers = List.copyOf(answers);
        skipped = List.copyOf(skipped);
    }

    public static GoldSet read(Path file) throws CsvException {
        CsvTable table = CsvReader.withDefaults().read(file, List.of("id", "question", "mark", "answer"));
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
            if (row.get("question").isBlank()) {
                problems.add(new CsvProblem(row.line(), "empty question (rubric id)"));
                continue;
            }
            gold.add(new GoldAnswer(row.get("id"), row.get("question").trim(), mark, ids(row.get("explained")),
                    ids(row.get("identified")), row.get("answer"), row.line()));
        }
        return new GoldSet(gold, problems);
    }

    private static Set<String> ids(String list) {
        Set<String> out = new LinkedHashSet<>();
        Arrays.stream(list.split(";")).map(String::trim).filter(s -> !s.isEmpty()).forEach(out::add);
        return out;
    }
}
