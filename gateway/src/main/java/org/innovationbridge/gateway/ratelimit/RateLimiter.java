package org.innovationbridge.gateway.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed-window counters per key (a client address, a username). In memory, per gateway instance: a deliberate
 * simplification while the platform runs one gateway.
 */
public final class RateLimiter {
    /** Beyond this many keys, ended windows are dropped so idle keys do not pile up. */
    private static final int EVICT_ABOVE = 10_000;
    private final int limit;
    private final long windowMillis;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    private record Window(long start, int count) {
    }

    /** Counts one request for the key; empty if allowed, else how many seconds until the key's window ends. */
    public OptionalLong acquire(String key) {
        long now = clock.millis();
        if (windows.size() > EVICT_ABOVE) {
            windows.values().removeIf(window -> now - window.start >= windowMillis);
        }
        Window window = windows.compute(key, (k, current) -> current == null || now - current.start >= windowMillis
                ? new Window(now, 1) : new Window(current.start, current.count + 1));
        if (window.count <= limit) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (window.start + windowMillis - now + 999) / 1000));
    }
}
