package org.premark.marking;

/**
 * How sure a mark is: high when every credited point cleared the threshold well and no other claim nearly did.
 * The formula's constants are the {@code confidence.*} settings.
 */
final class Confidence {

    private final double threshold;
    private final double span;
    private final double band;
    private final double base;

    Confidence(MarkingSettings settings) {
        this.threshold = settings.matchThreshold();
        this.span = settings.confidenceMarginSpan();
        this.band = settings.confidenceNearMissBand();
        this.base = settings.confidenceBase();
    }

    /**
     * @param anyPoint the answer credits a point
     * @param weakest  the lowest best-claim score among credited points
     * @param nearMiss the highest score of an uncredited claim below the threshold, or 0
     */
    double of(boolean anyPoint, double weakest, double nearMiss) {
        double margin = anyPoint ? Math.min(1, (weakest - threshold) / span) : 1;
        double miss = nearMiss >= threshold - band ? (threshold - nearMiss) / band : 1;
        return Math.max(0, Math.min(1, base + (1 - base) * Math.min(margin, miss)));
    }
}
