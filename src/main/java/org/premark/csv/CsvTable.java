package org.premark.csv;

import java.util.List;
import java.util.Objects;

/**
 * The usable rows of a CSV and the rows that were skipped, each with its reason.
 *
 * @param columns   the header row's names, trimmed and in lower case, in file order
 * @param encoding  the encoding the file was read in ("UTF-8", "Windows-1252", "UTF-16LE", …; "xlsx" for a workbook)
 * @param separator what separated the fields: "comma", "semicolon", "tab" ("cells" for a workbook)
 */
public record CsvTable(List<String> columns, List<CsvRow> rows, List<CsvProblem> skipped, String encoding,
                       String separator) {

    public CsvTable {
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
        skipped = List.copyOf(Objects.requireNonNull(skipped, "skipped"));
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(separator, "separator");
    }

    public CsvTable(List<String> columns, List<CsvRow> rows, List<CsvProblem> skipped) {
        this(columns, rows, skipped, "UTF-8", "comma");
    }

    /** "UTF-8, comma-separated": how the file was read, for telling the user. */
    public String readAs() {
        return separator.equals("cells") ? "Excel workbook" : encoding + ", " + separator + "-separated";
    }
}
