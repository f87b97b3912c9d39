package org.premark.bench;

import java.util.Arrays;

/** Percentiles of a set of latencies by the nearest-rank method: p50 of 1..100 is 50, p99 is 99. */
final class Latencies {

    private final long[] sorted;

    Latencies(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("nanos must not be empty");
        }
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    /** The latency that {@code p} (in (0, 1]) of the calls took at most, in nanoseconds. */
    long percentile(double p) {
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in (0, 1], got " + p);
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(1, rank) - 1];
    }

    long max() {
        return sorted[sorted.length - 1];
    }
}
