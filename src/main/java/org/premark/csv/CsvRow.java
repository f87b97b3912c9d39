package org.premark.csv;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One data row of a CSV, with the line on which it starts and its cells by lower-case column name. */
public record CsvRow(long line, Map<String, String> cells) {

    public CsvRow {
        if (line < 1) {
            throw new IllegalArgumentException("line must be >= 1, got " + line);
        }
        cells = Map.copyOf(Objects.requireNonNull(cells, "cells"));
    }

    public String get(String column) {
        return cells.getOrDefault(column, "");
    }

    public Optional<String> find(String column) {
        return Optional.ofNullable(cells.get(column));
    }
}
