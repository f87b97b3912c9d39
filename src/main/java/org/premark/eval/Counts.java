package org.premark.eval;

/** True positives, false positives and false negatives, with precision, recall and F1. */
public record Counts(int tp, int fp, int fn) {

    public Counts {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("counts must be >= 0, got " + tp + ", " + fp + ", " + fn);
        }
    }

    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts o) {
        return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    /** Precision; 1 when nothing was predicted (nothing wrongly claimed). */
    public double precision() {
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    /** Recall; 1 when there was nothing to find. */
    public double recall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
