package org.innovationbridge.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {
    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

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

    private final ManualClock clock = new ManualClock();
    private final SignInThrottle throttle = new SignInThrottle(3, Duration.ofSeconds(2), Duration.ofSeconds(30), clock);

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed("10.0.0.1", "admin");
        }
    }

    @Test
    void theWaitStartsAfterTheFreeFailuresAndDoublesUpToTheCap() {
        fail(2);
        assertThat(throttle.waitFor("10.0.0.1", "admin")).isEmpty();
        fail(1);
        assertThat(throttle.waitFor("10.0.0.1", "admin")).hasValue(2);
        fail(1);
        assertThat(throttle.waitFor("10.0.0.1", "admin")).hasValue(4);
        fail(1);
        assertThat(throttle.waitFor("10.0.0.1", "admin")).hasValue(8);
        fail(10);
        assertThat(throttle.waitFor("10.0.0.1", "admin")).as("capped").hasValue(30);
        clock.advance(Duration.ofSeconds(29));
        assertThat(throttle.waitFor("10.0.0.1", "admin")).hasValue(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("10.0.0.1", "admin")).as("after the wait, one more try").isEmpty();
    }

    @Test
    void anotherAddressOrAnotherUsernameIsNeverHeldBack() {
        fail(20);
        assertThat(throttle.waitFor("10.0.0.1", "admin")).isPresent();
        assertThat(throttle.waitFor("10.0.0.2", "admin")).as("the real admin elsewhere").isEmpty();
        assertThat(throttle.waitFor("10.0.0.1", "someone-else")).isEmpty();
    }

    @Test
    void aSuccessForgetsThePair() {
        fail(5);
        throttle.succeeded("10.0.0.1", "admin");
        assertThat(throttle.waitFor("10.0.0.1", "admin")).isEmpty();
        fail(2);
        assertThat(throttle.waitFor("10.0.0.1", "admin")).as("the count starts again").isEmpty();
    }
}
