package org.premark.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.premark.marking.Flag;
import org.premark.marking.MarkResult;

/** The batch output CSV: {@code id,mark,level,explained,identified,missing,flags}, point lists joined by ';'. */
public final class ResultsCsv {

    public static final List<String> COLUMNS = List.of("id", "mark", "level", "explained", "identified", "missing", "flags");

    /** One marked answer. */
    public record Row(String id, MarkResult result) {
    }

    private ResultsCsv() {
    }

    public static String write(List<Row> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (Row row : rows) {
                MarkResult r = row.result();
                printer.printRecord(row.id(), r.mark(), r.level(), String.join(";", r.explained()),
                        String.join(";", r.identified()), String.join(";", r.missing()),
                        String.join(";", r.flags().stream().map(Flag::code).map(c -> c.code()).toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
