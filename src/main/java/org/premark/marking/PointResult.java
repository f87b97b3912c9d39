package org.premark.marking;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on one rubric point: its status, the answer spans that earned it, the note passage that
 * supports it (null when the rubric has no corpus), the match score of the best span, and for an explained
 * point the clause where its causal link reaches the question's focus ({@code link}, null otherwise).
 */
public record PointResult(String id, String label, PointStatus status, List<Span> spans, Evidence passage, double score,
                          Span link) {

    /** A point without a link to the focus. */
    public PointResult(String id, String label, PointStatus status, List<Span> spans, Evidence passage, double score) {
        this(id, label, status, spans, passage, score, null);
    }

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
