package org.premark.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class MarkingGateTest {

    private static MarkingGate gate(int threads) {
        return new MarkingGate(new PremarkProperties(null, null, new PremarkProperties.Upload(DataSize.ofMegabytes(1), 10),
                new PremarkProperties.Marking(threads), List.of()));
    }

    @Test
    void neverRunsMoreThanItsThreadsAtOnce() throws Exception {
        MarkingGate gate = gate(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                results.add(pool.submit(() -> gate.run(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    running.decrementAndGet();
                    return n;
                })));
            }
            for (int i = 0; i < 40; i++) {
                assertEquals(i, results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, most.get());
    }

    @Test
    void aFailingCheckGivesItsPlaceBack() {
        MarkingGate gate = gate(1);
        assertThrows(IllegalArgumentException.class, () -> gate.run(() -> {
            throw new IllegalArgumentException("bad answer");
        }));
        assertEquals("ok", gate.run(() -> "ok"));
    }

    @Test
    void aFullQueueRefusesTheNextCheckWith503AndRetryAfter() throws Exception {
        MarkingGate gate = gate(1);
        java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(1);
        int queue = MarkingGate.WAITING_PER_THREAD;
        ExecutorService pool = Executors.newFixedThreadPool(queue + 1);
        try {
            List<Future<String>> accepted = new java.util.ArrayList<>();
            accepted.add(pool.submit(() -> gate.run(() -> {
                running.countDown();
                try {
                    hold.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "first";
            })));
            // The first check must hold the only permit before the others queue; otherwise one of them may take
            // it, finish at once, and leave one place in the queue free.
            assertTrue(running.await(10, java.util.concurrent.TimeUnit.SECONDS), "the first check never started");
            for (int i = 0; i < queue; i++) {
                accepted.add(pool.submit(() -> gate.run(() -> "queued")));
            }
            long deadline = System.currentTimeMillis() + 10_000;
            while (gate.waiting() < queue) {
                assertTrue(System.currentTimeMillis() < deadline, "only " + gate.waiting() + " checks queued");
                Thread.sleep(5);
            }
            ApiException busy = assertThrows(ApiException.class, () -> gate.run(() -> "one too many"));
            assertEquals(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE, busy.status());
            assertEquals(MarkingGate.RETRY_AFTER_SECONDS, busy.retryAfterSeconds());
            hold.countDown();
            for (Future<String> f : accepted) {
                f.get();
            }
            assertEquals(0, gate.waiting());
            assertEquals("ok", gate.run(() -> "ok"), "the gate accepts checks again once the queue drains");
        } finally {
            hold.countDown();
            pool.shutdownNow();
        }
    }
}
