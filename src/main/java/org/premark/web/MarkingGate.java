package org.premark.web;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Lets one check per marking thread run at once and queues the rest first come, first served. With many
 * students pressing Check together, each request then waits about as long as the others; letting dozens of
 * request threads share two cores instead gave some of them several times the average wait (see
 * docs/performance.md: p99 92 ms without the gate, 43 ms with it, at 32 concurrent clients).
 */
@Component
final class MarkingGate {

    private final Semaphore permits;

    MarkingGate(PremarkProperties properties) {
        this.permits = new Semaphore(properties.marking().effectiveThreads(), true);
    }

    <T> T run(Supplier<T> work) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a marking thread", e);
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
