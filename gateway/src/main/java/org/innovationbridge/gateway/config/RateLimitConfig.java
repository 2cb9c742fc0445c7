package org.innovationbridge.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Request budgets: fixed windows per address, and a growing delay after failed sign-ins; a client over a budget gets
 * 429 with Retry-After.
 */
@ConfigMapping(prefix = "ib.rate-limit")
public interface RateLimitConfig {
    @WithDefault("1m")
    Duration window();

    /** Sign-in attempts per client address and window. */
    @WithDefault("20")
    int signInPerAddress();

    /** Failed sign-ins of one username from one address before the next attempt has to wait. */
    @WithDefault("5")
    int signInFreeFailures();

    /** The wait after the first failure past the free ones; it doubles with every further failure. */
    @WithDefault("1s")
    Duration signInFirstDelay();

    /** The longest wait between two sign-in attempts of one username from one address. */
    @WithDefault("5m")
    Duration signInMaxDelay();

    /**
     * Registrations per client address and window: each costs a slow password hash, so far fewer than writes; they
     * count against this budget only, not against the writes'.
     */
    @WithDefault("10")
    int registerPerAddress();

    /** Writes (POST, PUT, PATCH, DELETE) through the gateway per client address and window. */
    @WithDefault("300")
    int writesPerAddress();
}
