package org.premark.rubric;

import java.util.Objects;

/** One rubric point and how an answer credits it: what a {@link MarkScheme} reads to mark and advise. */
public record PointCredit(RubricPoint point, Credit credit) {

    public PointCredit {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(credit, "credit");
    }

    /** The number of {@code credits} that are {@code credit}. */
    public static int count(Iterable<PointCredit> credits, Credit credit) {
        int n = 0;
        for (PointCredit c : credits) {
            if (c.credit() == credit) {
                n++;
            }
        }
        return n;
    }
}
