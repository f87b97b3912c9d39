package org.premark.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. Each account and each client address may fail {@link #FREE_FAILURES} sign-ins;
 * after that every further failure shuts that account or address out for a wait that doubles each time, from
 * {@link #FIRST_WAIT} up to {@link #LONGEST_WAIT}. A successful sign-in clears the account's count (not the
 * address's, or one known account would let an address keep guessing others). Failures are forgotten after
 * {@link #FORGET_AFTER}. At most {@link #MAX_TRACKED} accounts and addresses each are remembered, so a flood of
 * made-up names cannot fill the memory.
 */
final class SignInThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    static final int MAX_TRACKED = 10_000;

    /** {@code failures} since the last success; sign-ins are refused until {@code blockedUntil}. */
    private record Failures(int failures, Instant last, Instant blockedUntil) {
    }

    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();
    private final Clock clock;

    SignInThrottle(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** How long this account or address must still wait before it may try again; zero when it may now. */
    Duration wait(String username, String address) {
        Instant now = clock.instant();
        Duration a = remaining(accounts.get(key(username)), now);
        Duration b = remaining(addresses.get(key(address)), now);
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Records a failed sign-in; returns the failures now counted against the account. */
    int failed(String username, String address) {
        Instant now = clock.instant();
        int count = record(accounts, key(username), now);
        record(addresses, key(address), now);
        return count;
    }

    /** Accounts and addresses remembered now. */
    int tracked() {
        return accounts.size() + addresses.size();
    }

    void succeeded(String username) {
        accounts.remove(key(username));
    }

    private static int record(Map<String, Failures> map, String key, Instant now) {
        if (map.size() >= MAX_TRACKED && !map.containsKey(key)) {
            map.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now) && !f.blockedUntil().isAfter(now));
            if (map.size() >= MAX_TRACKED) {
                map.clear();
            }
        }
        return map.compute(key, (k, old) -> {
            int failures = old == null || old.last().plus(FORGET_AFTER).isBefore(now) ? 1 : old.failures() + 1;
            Instant until = failures <= FREE_FAILURES ? now : now.plus(waitAfter(failures));
            return new Failures(failures, now, until);
        }).failures();
    }

    /** The wait after the n-th failure in a row: 1 s after the first one over the free ones, then doubling. */
    static Duration waitAfter(int failures) {
        int over = failures - FREE_FAILURES;
        if (over <= 0) {
            return Duration.ZERO;
        }
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(over - 1, 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static Duration remaining(Failures f, Instant now) {
        if (f == null || !f.blockedUntil().isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, f.blockedUntil());
    }

    private static String key(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
