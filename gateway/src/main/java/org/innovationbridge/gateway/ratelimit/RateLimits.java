package org.innovationbridge.gateway.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.gateway.config.RateLimitConfig;

import java.time.Clock;
import java.util.Locale;
import java.util.OptionalLong;

/** The gateway's budgets: sign-in per address and per username, writes per address. */
@ApplicationScoped
public class RateLimits {
    private final RateLimiter signInByAddress;
    private final RateLimiter signInByUsername;
    private final RateLimiter writesByAddress;

    public RateLimits(RateLimitConfig config) {
        Clock clock = Clock.systemUTC();
        signInByAddress = new RateLimiter(config.signInPerAddress(), config.window(), clock);
        signInByUsername = new RateLimiter(config.signInPerUsername(), config.window(), clock);
        writesByAddress = new RateLimiter(config.writesPerAddress(), config.window(), clock);
    }

    /** Seconds to wait if this sign-in attempt is over a budget; both budgets count every attempt. */
    public OptionalLong signIn(String address, String username) {
        OptionalLong byAddress = signInByAddress.acquire(address);
        OptionalLong byName = signInByUsername.acquire(username == null ? "" : username.toLowerCase(Locale.ROOT));
        return byAddress.isPresent() ? byAddress : byName;
    }

    public OptionalLong write(String address) {
        return writesByAddress.acquire(address);
    }
}
