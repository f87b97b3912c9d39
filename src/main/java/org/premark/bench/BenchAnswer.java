package org.premark.bench;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** One answer of a workload: its id, the rubric it answers, its text, and where it came from. */
public record BenchAnswer(String id, String rubricId, String text, String seedId, Set<Variation> variations) {

    public BenchAnswer {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        if (rubricId == null || rubricId.isBlank()) {
            throw new IllegalArgumentException("rubricId must not be blank (answer " + id + ")");
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(seedId, "seedId");
        Objects.requireNonNull(variations, "variations");
        variations = variations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(variations));
    }
}
