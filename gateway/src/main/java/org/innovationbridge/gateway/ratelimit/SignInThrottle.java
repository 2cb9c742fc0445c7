package org.innovationbridge.gateway.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins per username and client address: after a few free failures each further attempt of that pair
 * waits twice as long as the one before, up to a cap; a success forgets the pair. Nobody can hold back an account's
 * sign-in from an address other than their own. In memory, per gateway instance, like {@link RateLimiter}.
 */
public final class SignInThrottle {
    /** Beyond this many pairs, pairs quiet for longer than the cap are dropped so they do not pile up. */
    private static final int EVICT_ABOVE = 10_000;
    private final int freeFailures;
    private final long firstDelayMillis;
    private final long maxDelayMillis;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public SignInThrottle(int freeFailures, Duration firstDelay, Duration maxDelay, Clock clock) {
        this.freeFailures = freeFailures;
        this.firstDelayMillis = firstDelay.toMillis();
        this.maxDelayMillis = maxDelay.toMillis();
        this.clock = clock;
    }

    private record Failures(int count, long last) {
    }

    /** Empty if this pair may try now, else how many seconds it still has to wait. */
    public OptionalLong waitFor(String address, String username) {
        Failures seen = failures.get(key(address, username));
        if (seen == null || seen.count < freeFailures) {
            return OptionalLong.empty();
        }
        long remaining = seen.last + delay(seen.count) - clock.millis();
        return remaining <= 0 ? OptionalLong.empty() : OptionalLong.of((remaining + 999) / 1000);
    }

    public void failed(String address, String username) {
        long now = clock.millis();
        if (failures.size() > EVICT_ABOVE) {
            failures.values().removeIf(f -> now - f.last > maxDelayMillis);
        }
        failures.merge(key(address, username), new Failures(1, now), (old, one) -> new Failures(old.count + 1, now));
    }

    public void succeeded(String address, String username) {
        failures.remove(key(address, username));
    }

    /** The wait after the {@code count}-th failure: the first delay, doubled with every failure past the free ones. */
    private long delay(int count) {
        int doublings = Math.min(count - freeFailures, 30);
        return Math.min(maxDelayMillis, firstDelayMillis << doublings);
    }

    private static String key(String address, String username) {
        return address + "\n" + username;
    }
}
