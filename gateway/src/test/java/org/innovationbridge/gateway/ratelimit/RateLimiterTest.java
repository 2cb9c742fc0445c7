package org.innovationbridge.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {
    @Test
    void countsPerKeyWithinTheWindowAndSaysHowLongToWait() {
        Instant start = Instant.parse("2026-12-01T10:00:00Z");
        Clock atStart = Clock.fixed(start, ZoneOffset.UTC);
        RateLimiter limiter = new RateLimiter(2, Duration.ofMinutes(1), atStart);
        assertThat(limiter.acquire("a")).isEmpty();
        assertThat(limiter.acquire("a")).isEmpty();
        assertThat(limiter.acquire("a")).hasValue(60);
        assertThat(limiter.acquire("b")).as("another key has its own budget").isEmpty();
    }

    @Test
    void aNewWindowStartsAfreshAfterTheOldOneEnds() {
        Instant start = Instant.parse("2026-12-01T10:00:00Z");
        Instant[] now = {start};
        Clock clock = new Clock() {
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
                return now[0];
            }
        };
        RateLimiter limiter = new RateLimiter(1, Duration.ofSeconds(30), clock);
        assertThat(limiter.acquire("a")).isEmpty();
        now[0] = start.plusSeconds(20);
        assertThat(limiter.acquire("a")).hasValue(10);
        now[0] = start.plusSeconds(30);
        assertThat(limiter.acquire("a")).isEmpty();
    }
}
