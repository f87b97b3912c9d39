package org.premark.csv;

import java.util.List;
import java.util.Objects;

/** The usable rows of a CSV and the rows that were skipped, each with its reason. */
public record CsvTable(List<String> columns, List<CsvRow> rows, List<CsvProblem> skipped) {

    public CsvTable {
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
        skipped = List.copyOf(Objects.requireNonNull(skipped, "skipped"));
    }
}
