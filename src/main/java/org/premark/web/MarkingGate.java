package org.premark.web;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Lets one check per marking thread run at once and queues the rest first come, first served. With many
 * students pressing Check together, each request then waits about as long as the others; letting dozens of
 * request threads share two cores instead gave some of them several times the average wait (see
 * docs/performance.md: p99 92 ms without the gate, 43 ms with it, at 32 concurrent clients).
 *
 * <p>The queue is bounded: with {@link #WAITING_PER_THREAD} checks per thread already waiting, a further one is
 * refused at once with 503 and {@code Retry-After}, so that under overload the wait stays short for the checks that
 * are accepted instead of growing without bound for all of them.
 */
@Component
final class MarkingGate {

    /** A check takes about 20 ms on one core, so a full queue is still under a second's wait. */
    static final int WAITING_PER_THREAD = 32;
    static final int RETRY_AFTER_SECONDS = 2;

    private final Semaphore permits;
    private final int maxWaiting;
    private final AtomicInteger waiting = new AtomicInteger();

    MarkingGate(PremarkProperties properties) {
        int threads = properties.marking().effectiveThreads();
        this.permits = new Semaphore(threads, true);
        this.maxWaiting = threads * WAITING_PER_THREAD;
    }

    <T> T run(Supplier<T> work) {
        acquire();
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    /** Checks waiting for a thread now. */
    int waiting() {
        return waiting.get();
    }

    private void acquire() {
        try {
            // tryAcquire with a timeout (unlike the untimed one) keeps the semaphore's first-come, first-served order.
            if (permits.tryAcquire(0, TimeUnit.SECONDS)) {
                return;
            }
            if (waiting.incrementAndGet() > maxWaiting) {
                waiting.decrementAndGet();
                throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "Busy", "The server is checking "
                        + maxWaiting + " other answers; try again in a few seconds.", 0, RETRY_AFTER_SECONDS);
            }
            try {
                permits.acquire();
            } finally {
                waiting.decrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a marking thread", e);
        }
    }
}
