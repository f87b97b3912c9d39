package org.premark.classset;

import java.util.Objects;

/** One answer of an uploaded class set, before marking: the CSV id, the line it starts on, the text. */
public record NewAnswer(String id, long line, String text) {

    public NewAnswer {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("answer id must not be blank");
        }
        if (line < 1) {
            throw new IllegalArgumentException("line must be >= 1, got " + line);
        }
        Objects.requireNonNull(text, "text");
    }
}
