package org.innovationbridge.gateway.routing;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class CircuitTest {
    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final Circuit circuit = new Circuit(3, Duration.ofSeconds(10), clock);

    @Test
    void opensAfterTheThresholdOfConsecutiveFailuresOnly() {
        circuit.failed();
        circuit.failed();
        circuit.succeeded();
        circuit.failed();
        circuit.failed();
        assertThat(circuit.allow()).isTrue();
        circuit.failed();
        assertThat(circuit.isOpen()).isTrue();
        assertThat(circuit.allow()).isFalse();
        assertThat(circuit.retryAfterSeconds()).isEqualTo(10);
    }

    @Test
    void afterTheOpenPeriodOneTrialPassesAndItsOutcomeDecides() {
        for (int i = 0; i < 3; i++) {
            circuit.failed();
        }
        clock.now = clock.now.plusSeconds(7);
        assertThat(circuit.allow()).isFalse();
        assertThat(circuit.retryAfterSeconds()).isEqualTo(3);

        clock.now = clock.now.plusSeconds(3);
        assertThat(circuit.allow()).as("the trial").isTrue();
        assertThat(circuit.allow()).as("others while the trial runs").isFalse();
        circuit.failed();
        assertThat(circuit.allow()).as("re-opened by the failed trial").isFalse();
        assertThat(circuit.retryAfterSeconds()).isEqualTo(10);

        clock.now = clock.now.plusSeconds(10);
        assertThat(circuit.allow()).isTrue();
        circuit.succeeded();
        assertThat(circuit.isOpen()).isFalse();
        assertThat(circuit.allow()).isTrue();
        assertThat(circuit.allow()).isTrue();
    }
}
