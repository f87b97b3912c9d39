package org.premark.eval;

/** Mark agreement over a set of answers. */
public record Figures(int answers, double qwk, double exact, double withinOne, double meanAbsoluteError) {

    public Figures {
        if (answers < 1) {
            throw new IllegalArgumentException("answers must be >= 1, got " + answers);
        }
    }

    static Figures of(int[] gold, int[] predicted, int min, int max) {
        return new Figures(gold.length, Agreement.qwk(gold, predicted, min, max), Agreement.exact(gold, predicted),
                Agreement.within(gold, predicted, 1), Agreement.meanAbsoluteError(gold, predicted));
    }
}
