package org.premark.notes;

import java.util.Objects;

/** A passage found by a search, with its relevance score (higher is better). */
public record SearchHit(Passage passage, float score) {

    public SearchHit {
        Objects.requireNonNull(passage, "passage");
        if (Float.isNaN(score)) {
            throw new IllegalArgumentException("score must be a number, got NaN for passage " + passage.id());
        }
    }
}
