package org.premark.marking;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on one rubric point: its status, the answer spans that earned it, the note passage that
 * supports it (null when the rubric has no corpus), and the match score of the best span.
 */
public record PointResult(String id, String label, PointStatus status, List<Span> spans, Evidence passage, double score) {

    public PointResult {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        Objects.requireNonNull(status, "status");
        spans = List.copyOf(Objects.requireNonNull(spans, "spans"));
        if (status != PointStatus.MISSING && spans.isEmpty()) {
            throw new IllegalArgumentException("point " + id + " is " + status.json() + " but has no span");
        }
        if (score < 0) {
            throw new IllegalArgumentException("score must be >= 0, got " + score);
        }
    }
}
