package org.premark.classset;

import java.time.Instant;
import java.util.Objects;

/** A teacher's mark in place of the suggested one: who gave it, when, and why. */
public record MarkOverride(int mark, String reason, String by, Instant at) {

    public MarkOverride {
        if (mark < 0) {
            throw new IllegalArgumentException("mark must be >= 0, got " + mark);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("by must not be blank");
        }
        Objects.requireNonNull(at, "at");
    }
}
