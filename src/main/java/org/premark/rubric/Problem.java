package org.premark.rubric;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong with a rubric file.
 *
 * @param line  1-based line, or 0 when the problem concerns the whole file
 * @param field where in the rubric, like {@code points[3].cues} (points counted from 1), or "" for the file itself
 */
public record Problem(Path file, int line, String field, String message) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, got " + line);
        }
    }

    /** {@code rubrics/x.yaml:12: points[3].cues: must not be empty}; line and field are left out when unknown. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file.toString());
        if (line > 0) {
            s.append(':').append(line);
        }
        s.append(": ");
        if (!field.isEmpty()) {
            s.append(field).append(": ");
        }
        return s.append(message).toString();
    }
}
