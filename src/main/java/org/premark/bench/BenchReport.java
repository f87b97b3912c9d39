package org.premark.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one bench run. Throughputs are answers per second; latencies are milliseconds per answer on one
 * thread; heap figures are bytes.
 *
 * @param answers answers in the measured workload
 * @param warmup answers marked and annotated before measuring
 * @param threads threads of the all-cores run
 * @param singleThreaded answers per second marking on one thread (answers ÷ summed marking time)
 * @param allCores answers per second marking on {@code threads} threads (answers ÷ wall time)
 * @param p50 median marking latency
 * @param markSeconds summed single-threaded marking time
 * @param annotateSeconds summed single-threaded time of the bare OpenNLP pipeline on the same answers
 * @param medianBlockRatio the median over blocks of answers of marking time ÷ pipeline time, a check on noise
 * @param peakHeapPools the sum over heap memory pools of their peak usage ({@code MemoryPoolMXBean.getPeakUsage}),
 *     reset after loading: an upper bound, as the pools may peak at different moments
 * @param peakHeapSampled the highest {@code MemoryMXBean.getHeapMemoryUsage().getUsed()} seen by sampling every
 *     few milliseconds while marking: a lower bound on the true peak
 * @param liveHeap heap used after a full collection at the end: what marking keeps reachable
 * @param maxHeap the heap limit ({@code Runtime.maxMemory})
 * @param gcCount garbage collections while measuring
 * @param gcMillis time the collectors report for them
 * @param mismatches answers whose mark differed between the single- and multi-threaded runs (should be 0)
 */
public record BenchReport(int answers, int warmup, int threads, double singleThreaded, double allCores, double p50,
        double p95, double p99, double maxLatency, double markSeconds, double annotateSeconds,
        double medianBlockRatio, long peakHeapPools, long peakHeapSampled, long liveHeap, long maxHeap, long gcCount, long gcMillis,
        int mismatches) {

    static final double MAX_OVERHEAD = 1.5;
    static final double MIN_SINGLE = 200;
    static final double MIN_SCALING = 1.7;

    public BenchReport {
        if (answers < 1) {
            throw new IllegalArgumentException("answers must be >= 1, got " + answers);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    /** Time to mark ÷ time for the bare OpenNLP pipeline, both single-threaded over the same answers. */
    public double overheadRatio() {
        return annotateSeconds > 0 ? markSeconds / annotateSeconds : Double.NaN;
    }

    /** All-cores throughput ÷ single-threaded throughput. */
    double scaling() {
        return allCores / singleThreaded;
    }

    /** A target and whether this run met it. */
    record Bar(String name, String rule, boolean pass) {}

    public List<Bar> bars() {
        return List.of(
                new Bar("overhead ratio", "<= " + MAX_OVERHEAD, overheadRatio() <= MAX_OVERHEAD),
                new Bar("single-threaded", ">= " + (int) MIN_SINGLE + " answers/s", singleThreaded >= MIN_SINGLE),
                new Bar("all cores / single", ">= " + MIN_SCALING + "x", scaling() >= MIN_SCALING));
    }

    public void print(PrintStream out) {
        List<Bar> bars = bars();
        out.printf(Locale.ROOT, "premark bench: %d answers (after %d warm-up), %d threads, %d cores%n", answers,
                warmup, threads, Runtime.getRuntime().availableProcessors());
        out.println();
        row(out, "figure", "value", "bar", "");
        row(out, "------", "-----", "---", "");
        row(out, "single-threaded", fmt("%.0f answers/s", singleThreaded), bars.get(1).rule(), verdict(bars.get(1)));
        row(out, "all cores (" + threads + " threads)", fmt("%.0f answers/s", allCores), "", "");
        row(out, "all cores / single", fmt("%.2fx", scaling()), bars.get(2).rule(), verdict(bars.get(2)));
        row(out, "latency p50", fmt("%.2f ms", p50), "", "");
        row(out, "latency p95", fmt("%.2f ms", p95), "", "");
        row(out, "latency p99", fmt("%.2f ms", p99), "", "");
        row(out, "latency max", fmt("%.2f ms", maxLatency), "", "");
        row(out, "mark time (1 thread)", fmt("%.2f s", markSeconds), "", "");
        row(out, "OpenNLP time (1 thread)", fmt("%.2f s", annotateSeconds), "", "");
        row(out, "overhead ratio", fmt("%.2f", overheadRatio()), bars.get(0).rule(), verdict(bars.get(0)));
        row(out, "  median of blocks", fmt("%.2f", medianBlockRatio), "", "");
        row(out, "peak heap, pools", mb(peakHeapPools), "", "");
        row(out, "peak heap, sampled", mb(peakHeapSampled), "", "");
        row(out, "heap live after full GC", mb(liveHeap), "", "");
        row(out, "max heap (-Xmx)", mb(maxHeap), "", "");
        row(out, "GC while measuring", fmt("%d collections, %d ms", gcCount, gcMillis), "", "");
        row(out, "marks differing 1 vs N threads", String.valueOf(mismatches), "0", mismatches == 0 ? "PASS" : "FAIL");
        out.println();
        out.println("latency: one mark() call on one thread. overhead ratio: summed mark() time / summed"
                + " AnnotatorME.annotate() time on the same answers, interleaved answer by answer in alternating"
                + " order; median of blocks: the same ratio per " + Bench.BLOCK + " answers.");
        out.println("peak heap, pools: sum of heap MemoryPoolMXBean peak usage since loading (upper bound);"
                + " sampled: highest MemoryMXBean heap used, sampled every " + Bench.SAMPLE_MILLIS + " ms (lower bound).");
    }

    private static void row(PrintStream out, String name, String value, String bar, String verdict) {
        out.printf(Locale.ROOT, "%-32s %-20s %-20s %s%n", name, value, bar, verdict);
    }

    private static String verdict(Bar bar) {
        return bar.pass() ? "PASS" : "FAIL";
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static String mb(long bytes) {
        return fmt("%.0f MB", bytes / (1024.0 * 1024.0));
    }
}
