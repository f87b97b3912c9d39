package org.premark.eval;

import java.util.Objects;
import java.util.Set;

/** One examiner-marked answer: the rubric, the mark, and the points explained and identified. */
public record GoldAnswer(String id, String rubricId, int mark, Set<String> explained, Set<String> identified,
        String answer, long line) {

    public GoldAnswer {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        if (rubricId == null || rubricId.isBlank()) {
            throw new IllegalArgumentException("rubricId must not be blank (answer " + id + ")");
        }
        if (mark < 0) {
            throw new IllegalArgumentException("mark must be >= 0, got " + mark + " (answer " + id + ")");
        }
        explained = Set.copyOf(Objects.requireNonNull(explained, "explained"));
        identified = Set.copyOf(Objects.requireNonNull(identified, "identified"));
        Objects.requireNonNull(answer, "answer");
    }
}
