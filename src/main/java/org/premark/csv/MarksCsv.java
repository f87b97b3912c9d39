package org.premark.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.premark.marking.Flag;
import org.premark.marking.MarkResult;
import org.premark.marking.PointResult;
import org.premark.marking.PointStatus;

/**
 * The marks CSV, the same for {@code premark mark --out FILE.csv} and the web export: UTF-8 with a byte-order mark,
 * one row per answer, points by their labels. Safe to open in a spreadsheet whatever its list separator: every text
 * cell is quoted, so a comma or tab inside it never starts a new cell, a text cell that begins like a formula
 * ({@code = + - @}, tab, carriage return) gets a leading {@code '}, and so does a formula character after a ';'
 * inside a cell, which a semicolon spreadsheet would split off into a cell of its own (CSV injection).
 */
public final class MarksCsv {

    public static final List<String> COLUMNS = List.of("id", "final_mark", "max_mark", "level", "suggested_mark",
            "suggested_level", "overridden", "override_reason", "override_by", "reviewed", "explained", "identified",
            "missing", "flags", "feedback", "answer");

    /** Lists inside one cell (points, flags, feedback sentences) are joined by this. */
    public static final String JOIN = "; ";

    /**
     * One answer's row. {@code result} is null when marking failed; {@code overrideMark} null when not overridden.
     *
     * @param finalLevel the level of the final mark under the rubric's scheme
     */
    public record Row(String id, String answer, MarkResult result, Integer finalMark, String finalLevel,
                      Integer overrideMark, String overrideReason, String overrideBy, boolean reviewed,
                      List<String> flags) {

        public Row {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(answer, "answer");
            flags = List.copyOf(Objects.requireNonNull(flags, "flags"));
        }

        /** A row from the command line: the suggestion is the final mark, nothing overridden or reviewed. */
        public static Row suggested(String id, String answer, MarkResult result) {
            return new Row(id, answer, result, result.mark(), result.level(), null, null, null, false,
                    result.flags().stream().map(Flag::code).map(c -> c.code()).distinct().toList());
        }
    }

    private MarksCsv() {
    }

    public static String write(List<Row> rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(COLUMNS.toArray(String[]::new))
                .setQuoteMode(QuoteMode.NON_NUMERIC)
                .get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Row row : rows) {
                MarkResult r = row.result();
                printer.printRecord(cell(row.id()),
                        number(row.finalMark()),
                        r == null ? "" : r.maxMark(),
                        cell(row.finalLevel()),
                        r == null ? "" : r.mark(),
                        r == null ? "" : cell(r.level()),
                        row.overrideMark() == null ? "no" : "yes",
                        cell(row.overrideReason()),
                        cell(row.overrideBy()),
                        row.reviewed() ? "yes" : "no",
                        labels(r, PointStatus.EXPLAINED),
                        labels(r, PointStatus.IDENTIFIED),
                        labels(r, PointStatus.MISSING),
                        cell(String.join(JOIN, row.flags())),
                        r == null ? "" : cell(String.join(" ", r.feedback())),
                        cell(row.answer()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Object number(Integer n) {
        return n == null ? "" : n;
    }

    private static String labels(MarkResult r, PointStatus status) {
        return r == null ? "" : cell(String.join(JOIN, status == PointStatus.EXPLAINED ? r.explainedLabels()
                : r.points().stream().filter(p -> p.status() == status).map(PointResult::label).toList()));
    }

    /** A semicolon, then perhaps spaces and quotes, then a character that starts a formula. */
    private static final Pattern AFTER_SEMICOLON = Pattern.compile(";([\\s\"]*)([=+\\-@])");

    /**
     * Keeps a spreadsheet from running a cell that starts like a formula (CSV injection). A spreadsheet whose list
     * separator is ';' reads a quote only at the start of a field and splits at every ';', so a formula character
     * after a ';' inside the text (an id such as {@code s1;=1+1}) gets an apostrophe too.
     */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = AFTER_SEMICOLON.matcher(value).replaceAll(";$1'$2");
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            return "'" + safe;
        }
        return safe;
    }
}
