package org.premark.marking;

import java.util.Objects;
import org.premark.rubric.RubricPoint;

/**
 * A claim's score for one rubric point and the rubric phrase that earned it.
 *
 * @param phrase the rubric wording that matched, or null when no wording did (a signal that is not about
 *               wording may give none); the fact check and tie-breaks read it
 */
record PointScore(RubricPoint point, double value, Phrase phrase) {

    PointScore {
        Objects.requireNonNull(point, "point");
        if (!(value >= 0)) {
            throw new IllegalArgumentException("score must be >= 0, got " + value);
        }
    }
}
