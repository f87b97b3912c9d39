package org.premark.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.premark.claims.Annotator;
import org.premark.marking.Marker;
import org.premark.rubric.Rubric;

/**
 * Runs the measurements of {@code premark bench}: a warm-up, then one pass on one thread that marks each answer
 * and runs the bare OpenNLP pipeline on it, alternating which goes first, so drift, noise and the state of the
 * CPU caches fall on both alike; then one pass marking on all threads.
 */
public final class Bench {

    /** Answers per block for the per-block overhead ratios, a check on noise. */
    static final int BLOCK = 50;
    static final int SAMPLE_MILLIS = 5;

    private final Marker marker;
    private final Annotator annotator;
    private final Map<String, Rubric> rubrics;
    /** Results fold into this, so that the JIT cannot drop a call whose result goes unused. */
    private long sink;

    /** @param rubrics every rubric a workload answer names, by id */
    public Bench(Marker marker, Annotator annotator, Map<String, Rubric> rubrics) {
        this.marker = Objects.requireNonNull(marker, "marker");
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.rubrics = Map.copyOf(rubrics);
    }

    public BenchReport run(List<BenchAnswer> warmup, List<BenchAnswer> workload, int threads) {
        if (workload.isEmpty()) {
            throw new IllegalArgumentException("workload must not be empty");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        List<Rubric> resolved = new ArrayList<>();
        for (BenchAnswer a : concat(warmup, workload)) {
            Rubric r = rubrics.get(a.rubricId());
            if (r == null) {
                throw new IllegalArgumentException("answer " + a.id() + " names unknown rubric " + a.rubricId());
            }
        }
        for (BenchAnswer a : workload) {
            resolved.add(rubrics.get(a.rubricId()));
        }

        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long[] gcBefore = gc();
        HeapSampler sampler = HeapSampler.start();
        try {
            for (BenchAnswer a : warmup) {
                sink += marker.mark(rubrics.get(a.rubricId()), a.text()).mark();
                sink += annotator.annotate(a.text()).size();
            }

            int n = workload.size();
            long[] latencies = new long[n];
            int[] marks = new int[n];
            long markNanos = 0;
            long annotateNanos = 0;
            List<Double> blockRatios = new ArrayList<>();
            long blockMark = 0;
            long blockAnnotate = 0;
            for (int i = 0; i < n; i++) {
                long a;
                if (i % 2 == 0) {
                    mark(workload.get(i), resolved.get(i), i, latencies, marks);
                    a = annotate(workload.get(i));
                } else {
                    a = annotate(workload.get(i));
                    mark(workload.get(i), resolved.get(i), i, latencies, marks);
                }
                markNanos += latencies[i];
                annotateNanos += a;
                blockMark += latencies[i];
                blockAnnotate += a;
                if ((i + 1) % BLOCK == 0 || i == n - 1) {
                    if (blockAnnotate > 0) {
                        blockRatios.add((double) blockMark / blockAnnotate);
                    }
                    blockMark = 0;
                    blockAnnotate = 0;
                }
            }

            int[] parallelMarks = new int[n];
            long wall = markParallel(workload, resolved, threads, parallelMarks);
            int mismatches = 0;
            for (int i = 0; i < n; i++) {
                if (marks[i] != parallelMarks[i]) {
                    mismatches++;
                }
            }

            long[] gcAfter = gc();
            long peakPools = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            long peakSampled = sampler.peak();
            System.gc(); // what stays reachable: models, index, rubrics and the marker's caches
            long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            Reference.reachabilityFence(marker); // else the JIT may let them be collected before the reading
            Reference.reachabilityFence(annotator);
            Latencies lat = new Latencies(latencies);
            return new BenchReport(n, warmup.size(), threads, n / (markNanos / 1e9), n / (wall / 1e9),
                    millis(lat.percentile(0.50)), millis(lat.percentile(0.95)), millis(lat.percentile(0.99)),
                    millis(lat.max()), markNanos / 1e9, annotateNanos / 1e9, median(blockRatios), peakPools,
                    peakSampled, live, Runtime.getRuntime().maxMemory(), gcAfter[0] - gcBefore[0],
                    gcAfter[1] - gcBefore[1], mismatches);
        } finally {
            sampler.stop();
        }
    }

    /** Marks answer {@code i}, keeping its latency and mark. */
    private void mark(BenchAnswer answer, Rubric rubric, int i, long[] latencies, int[] marks) {
        long start = System.nanoTime();
        int mark = marker.mark(rubric, answer.text()).mark();
        latencies[i] = System.nanoTime() - start;
        marks[i] = mark;
    }

    /** Runs the bare pipeline on the answer; its time. */
    private long annotate(BenchAnswer answer) {
        long start = System.nanoTime();
        int sentences = annotator.annotate(answer.text()).size();
        long took = System.nanoTime() - start;
        sink += sentences;
        return took;
    }

    /** Marks the whole workload on {@code threads} threads taking answers from a shared counter; wall time. */
    private long markParallel(List<BenchAnswer> workload, List<Rubric> rubricOf, int threads, int[] marks) {
        AtomicInteger next = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                    for (int i = next.getAndIncrement(); i < workload.size(); i = next.getAndIncrement()) {
                        marks[i] = marker.mark(rubricOf.get(i), workload.get(i).text()).mark();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            }, "bench-" + t);
            worker.start();
            workers.add(worker);
        }
        long began = System.nanoTime();
        start.countDown();
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while marking", e);
            }
        }
        long wall = System.nanoTime() - began;
        if (failure.get() != null) {
            throw failure.get();
        }
        return wall;
    }

    /** Collections so far and their reported time, summed over the collectors. */
    private static long[] gc() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static List<BenchAnswer> concat(List<BenchAnswer> a, List<BenchAnswer> b) {
        List<BenchAnswer> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Keeps the highest heap use seen, polling on a daemon thread. */
    private static final class HeapSampler implements Runnable {

        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private Thread thread;

        static HeapSampler start() {
            HeapSampler s = new HeapSampler();
            s.thread = new Thread(s, "bench-heap-sampler");
            s.thread.setDaemon(true);
            s.thread.start();
            return s;
        }

        @Override
        public void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long peak() {
            peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            return peak.get();
        }

        void stop() {
            running = false;
            thread.interrupt();
        }
    }
}
