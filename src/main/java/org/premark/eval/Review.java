package org.premark.eval;

import java.util.Objects;

/**
 * How well premark's flags point the teacher at the answers that need a look.
 *
 * @param recall        of the answers premark marks 2 or more marks away from the examiner, those flagged
 *                      {@code needs-review}
 * @param rate          of all answers, those flagged {@code needs-review}
 * @param otherCoverage of the answers where the examiner credited a reason outside the rubric ({@code other_valid}),
 *                      those flagged {@code other-reason}
 */
public record Review(Share recall, Share rate, Share otherCoverage) {

    /** The flag that asks a teacher to check the mark. */
    public static final String NEEDS_REVIEW = "needs-review";
    /** The flag for an answer that seems to give a valid reason the rubric does not list. */
    public static final String OTHER_REASON = "other-reason";
    /** A mark this far from the examiner's or further is a miss the teacher must not overlook. */
    public static final int BIG_MISS = 2;

    public Review {
        Objects.requireNonNull(recall, "recall");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(otherCoverage, "otherCoverage");
    }
}
