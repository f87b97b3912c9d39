package org.premark.classset;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.premark.marking.MarkResult;
import org.premark.classset.StoredAnswer;

/**
 * A class set's final marks as CSV: the teacher's override where there is one, the suggestion otherwise, with the
 * suggestion, level, points and flags beside it. Point and flag lists are joined by ';' as in {@code premark mark}.
 */
final class ClassSetExport {

    static final List<String> COLUMNS = List.of("id", "final_mark", "suggested_mark", "overridden", "override_reason",
            "override_by", "level", "explained", "identified", "missing", "flags");

    private ClassSetExport() {
    }

    static String write(List<StoredAnswer> answers, ClassSetViews views) {
        StringWriter out = new StringWriter();
        // A BOM so that spreadsheet programs open the UTF-8 file with the right encoding.
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out,
                CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (StoredAnswer a : answers) {
                MarkResult r = views.result(a);
                List<String> flags = a.error() != null ? List.of("error") : a.flags();
                printer.printRecord(cell(a.id()), a.finalMark() == null ? "" : a.finalMark(),
                        a.suggestedMark() == null ? "" : a.suggestedMark(), a.override() == null ? "no" : "yes",
                        a.override() == null ? "" : cell(a.override().reason()),
                        a.override() == null ? "" : cell(a.override().by()),
                        a.level() == null ? "" : a.level(),
                        r == null ? "" : String.join(";", r.explained()),
                        r == null ? "" : String.join(";", r.identified()),
                        r == null ? "" : String.join(";", r.missing()),
                        String.join(";", flags));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Keeps a spreadsheet from running a cell that starts like a formula (CSV injection). */
    static String cell(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
