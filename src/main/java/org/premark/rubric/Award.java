package org.premark.rubric;

import java.util.Objects;

/** The mark a scheme gives an answer and the name of the level (or band) it falls in. */
public record Award(int mark, String level) {

    public Award {
        if (mark < 0) {
            throw new IllegalArgumentException("mark must be >= 0, got " + mark);
        }
        Objects.requireNonNull(level, "level");
        if (level.isBlank()) {
            throw new IllegalArgumentException("level must not be blank");
        }
    }
}
