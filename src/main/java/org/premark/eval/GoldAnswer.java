package org.premark.eval;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One examiner-marked answer: the rubric, the mark, and the points explained and identified.
 *
 * @param labelled   whether the examiner's point decisions are known (the set has {@code explained} or
 *                   {@code identified} columns); when not, the point sets are empty and point figures are n/a
 * @param otherValid reasons the examiner credited that are not rubric points ({@code other_valid}), in file order
 * @param flags      the examiner's descriptive flags ({@code flags}, e.g. {@code narrative}); not premark's codes
 * @param line       the line of the CSV on which the answer's row starts
 */
public record GoldAnswer(String id, String rubricId, int mark, Set<String> explained, Set<String> identified,
        boolean labelled, List<String> otherValid, Set<String> flags, String answer, long line) {

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
        if (!labelled && !(explained.isEmpty() && identified.isEmpty())) {
            throw new IllegalArgumentException("an answer without point labels cannot list points (answer " + id + ")");
        }
        otherValid = List.copyOf(Objects.requireNonNull(otherValid, "otherValid"));
        flags = Set.copyOf(Objects.requireNonNull(flags, "flags"));
        Objects.requireNonNull(answer, "answer");
    }

    /** A point-labelled answer with no other reasons or examiner flags. */
    public GoldAnswer(String id, String rubricId, int mark, Set<String> explained, Set<String> identified,
            String answer, long line) {
        this(id, rubricId, mark, explained, identified, true, List.of(), Set.of(), answer, line);
    }
}
