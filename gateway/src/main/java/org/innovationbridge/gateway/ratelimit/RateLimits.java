package org.innovationbridge.gateway.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.gateway.config.RateLimitConfig;

import java.time.Clock;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The gateway's budgets: sign-in attempts per address, a growing delay after failed sign-ins per username and
 * address (never per username alone: that would let anyone lock an account out), registrations per address, writes
 * per address.
 */
@ApplicationScoped
public class RateLimits {
    private final RateLimiter signInByAddress;
    private final SignInThrottle signInFailures;
    private final RateLimiter registrationsByAddress;
    private final RateLimiter writesByAddress;

    public RateLimits(RateLimitConfig config) {
        Clock clock = Clock.systemUTC();
        signInByAddress = new RateLimiter(config.signInPerAddress(), config.window(), clock);
        signInFailures = new SignInThrottle(config.signInFreeFailures(), config.signInFirstDelay(),
                config.signInMaxDelay(), clock);
        registrationsByAddress = new RateLimiter(config.registerPerAddress(), config.window(), clock);
        writesByAddress = new RateLimiter(config.writesPerAddress(), config.window(), clock);
    }

    /** Seconds to wait if this sign-in attempt is over the address's budget or its pair's delay. */
    public OptionalLong signIn(String address, String username) {
        OptionalLong byAddress = signInByAddress.acquire(address);
        return byAddress.isPresent() ? byAddress : signInFailures.waitFor(address, normalised(username));
    }

    public void signInFailed(String address, String username) {
        signInFailures.failed(address, normalised(username));
    }

    public void signInSucceeded(String address, String username) {
        signInFailures.succeeded(address, normalised(username));
    }

    private static String normalised(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }

    public OptionalLong register(String address) {
        return registrationsByAddress.acquire(address);
    }

    public OptionalLong write(String address) {
        return writesByAddress.acquire(address);
    }
}
