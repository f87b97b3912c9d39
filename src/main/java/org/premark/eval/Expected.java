package org.premark.eval;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.premark.csv.CsvException;
import org.premark.csv.CsvProblem;
import org.premark.csv.CsvReader;
import org.premark.csv.CsvRow;
import org.premark.csv.CsvTable;
import org.premark.marking.Flag;
import org.premark.marking.MarkResult;

/**
 * The pinned results of a marked set: what premark gave each answer when the file was last written on purpose.
 * One row per answer in the set's order; point ids in rubric order and flag codes in the marker's order, each
 * list joined by ';'. The accuracy tier compares every answer with these, field by field.
 */
public record Expected(String id, String question, int mark, String level, String explained, String identified,
        String flags) {

    public static final List<String> COLUMNS = List.of("id", "question", "mark", "level", "explained", "identified",
            "flags");

    public Expected {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        Objects.requireNonNull(question, "question");
        if (mark < 0) {
            throw new IllegalArgumentException("mark must be >= 0, got " + mark + " (answer " + id + ")");
        }
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(explained, "explained");
        Objects.requireNonNull(identified, "identified");
        Objects.requireNonNull(flags, "flags");
    }

    /** One field that differs between the pinned and the current result of an answer. */
    public record Difference(String id, String field, String expected, String actual) {

        public Difference {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(actual, "actual");
        }

        @Override
        public String toString() {
            return id + " " + field + ": expected '" + expected + "', got '" + actual + "'";
        }
    }

    public static Expected of(String id, MarkResult r) {
        return new Expected(id, r.rubricId(), r.mark(), r.level(), String.join(";", r.explained()),
                String.join(";", r.identified()),
                String.join(";", r.flags().stream().map(Flag::code).map(c -> c.code()).toList()));
    }

    public static List<Expected> of(List<Scored> scored) {
        return scored.stream().map(s -> of(s.gold().id(), s.result())).toList();
    }

    /** The rows as CSV text with a header; the same rows always give the same bytes. */
    public static String write(List<Expected> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(COLUMNS.toArray(String[]::new)).setRecordSeparator("\n").get())) {
            for (Expected e : rows) {
                printer.printRecord(e.id(), e.question(), e.mark(), e.level(), e.explained(), e.identified(),
                        e.flags());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** Reads a file written by {@link #write}; a malformed row is an error naming its line, never skipped. */
    public static List<Expected> read(Path file) throws CsvException {
        CsvTable table = CsvReader.withDefaults().read(file, COLUMNS);
        if (!table.skipped().isEmpty()) {
            throw new CsvException(table.skipped().get(0));
        }
        List<Expected> rows = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            int mark;
            try {
                mark = Integer.parseInt(row.get("mark").trim());
            } catch (NumberFormatException e) {
                throw new CsvException(new CsvProblem(row.line(), "mark '" + row.get("mark") + "' is not a whole number"));
            }
            try {
                rows.add(new Expected(row.get("id"), row.get("question"), mark, row.get("level"),
                        row.get("explained"), row.get("identified"), row.get("flags")));
            } catch (IllegalArgumentException e) {
                throw new CsvException(new CsvProblem(row.line(), e.getMessage()));
            }
        }
        return rows;
    }

    /**
     * Every difference between the pinned and the current rows, in the pinned order, then answers only in
     * {@code actual}; an answer missing on either side is one difference with field {@code answer}.
     */
    public static List<Difference> compare(List<Expected> expected, List<Expected> actual) {
        Map<String, Expected> now = new LinkedHashMap<>();
        actual.forEach(a -> now.put(a.id(), a));
        List<Difference> out = new ArrayList<>();
        for (Expected e : expected) {
            Expected a = now.remove(e.id());
            if (a == null) {
                out.add(new Difference(e.id(), "answer", "present", "missing"));
                continue;
            }
            field(out, e.id(), "question", e.question(), a.question());
            field(out, e.id(), "mark", String.valueOf(e.mark()), String.valueOf(a.mark()));
            field(out, e.id(), "level", e.level(), a.level());
            field(out, e.id(), "explained", e.explained(), a.explained());
            field(out, e.id(), "identified", e.identified(), a.identified());
            field(out, e.id(), "flags", e.flags(), a.flags());
        }
        now.keySet().forEach(id -> out.add(new Difference(id, "answer", "missing", "present")));
        return out;
    }

    private static void field(List<Difference> out, String id, String field, String expected, String actual) {
        if (!expected.equals(actual)) {
            out.add(new Difference(id, field, expected, actual));
        }
    }
}
