package org.premark.csv;

/** A problem with one line of an input CSV; {@code line} is 1-based, 0 when it concerns the whole file. */
public record CsvProblem(long line, String message) {

    public CsvProblem {
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, got " + line);
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank");
        }
    }

    @Override
    public String toString() {
        return line > 0 ? "line " + line + ": " + message : message;
    }
}
