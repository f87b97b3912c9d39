package org.premark.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    /** A clock the test moves by hand. */
    static final class Hand extends Clock {
        Instant now = Instant.parse("2025-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void afterFiveFailuresEachFurtherOneWaitsLongerFromOneSecond() {
        Hand clock = new Hand();
        SignInThrottle t = new SignInThrottle(clock);
        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            assertEquals(Duration.ZERO, t.wait("ms-khan", "10.0.0.1"));
            t.failed("ms-khan", "10.0.0.1");
        }
        assertEquals(Duration.ZERO, t.wait("ms-khan", "10.0.0.1"));
        t.failed("ms-khan", "10.0.0.1");
        assertEquals(Duration.ofSeconds(1), t.wait("ms-khan", "10.0.0.1"));
        assertEquals(Duration.ofSeconds(1), t.wait("MS-KHAN", "10.0.0.99"), "the account is shut out from anywhere");
        assertEquals(Duration.ofSeconds(1), t.wait("someone-else", "10.0.0.1"), "and so is the address");
        clock.now = clock.now.plusSeconds(1);
        t.failed("ms-khan", "10.0.0.1");
        assertEquals(Duration.ofSeconds(2), t.wait("ms-khan", "10.0.0.1"));
        assertEquals(Duration.ofMinutes(15), SignInThrottle.waitAfter(100));
        t.succeeded("ms-khan");
        assertEquals(Duration.ZERO, t.wait("ms-khan", "10.0.0.2"));
        assertTrue(t.wait("ms-khan", "10.0.0.1").compareTo(Duration.ZERO) > 0, "a success does not clear the address");
        clock.now = clock.now.plus(SignInThrottle.FORGET_AFTER).plusSeconds(1);
        assertEquals(Duration.ZERO, t.wait("ms-khan", "10.0.0.1"));
    }

    @Test
    void remembersABoundedNumberOfNames() {
        SignInThrottle t = new SignInThrottle(new Hand());
        for (int i = 0; i < SignInThrottle.MAX_TRACKED * 3; i++) {
            t.failed("made-up-" + i, "10.0.0." + (i % 200));
        }
        assertTrue(t.tracked() <= 2 * SignInThrottle.MAX_TRACKED, t.tracked() + " remembered");
    }
}
