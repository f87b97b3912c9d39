package org.premark.bench;

import java.util.List;
import org.premark.eval.GoldAnswer;

/** Makes a workload of answers to mark from a few real ones. */
interface WorkloadGenerator {

    /**
     * @param seeds the real answers to repeat and vary; at least one
     * @param size how many answers to make
     * @return exactly {@code size} answers, the same list for the same seeds, size and generator
     */
    List<BenchAnswer> generate(List<GoldAnswer> seeds, int size);
}
