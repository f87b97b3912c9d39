package org.premark.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void nearestRankPercentilesOfOneToAHundred() {
        long[] shuffled = LongStream.rangeClosed(1, 100).map(i -> (i * 37) % 100 + 1).toArray();
        Latencies l = new Latencies(shuffled);
        assertEquals(50, l.percentile(0.50));
        assertEquals(95, l.percentile(0.95));
        assertEquals(99, l.percentile(0.99));
        assertEquals(100, l.percentile(1.0));
        assertEquals(100, l.max());
    }

    @Test
    void aSingleValueIsEveryPercentile() {
        Latencies l = new Latencies(new long[] {7});
        assertEquals(7, l.percentile(0.01));
        assertEquals(7, l.percentile(0.99));
    }

    @Test
    void refusesNoValuesAndPercentilesOutsideTheRange() {
        assertThrows(IllegalArgumentException.class, () -> new Latencies(new long[0]));
        Latencies l = new Latencies(new long[] {1, 2});
        assertThrows(IllegalArgumentException.class, () -> l.percentile(0));
        assertThrows(IllegalArgumentException.class, () -> l.percentile(1.5));
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(2.0, Bench.median(java.util.List.of(3.0, 1.0, 2.0)));
        assertEquals(2.5, Bench.median(java.util.List.of(4.0, 1.0, 2.0, 3.0)));
        assertEquals(Double.NaN, Bench.median(java.util.List.of()));
    }
}
