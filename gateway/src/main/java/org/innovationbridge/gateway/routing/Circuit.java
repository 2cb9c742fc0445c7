package org.innovationbridge.gateway.routing;

import java.time.Clock;
import java.time.Duration;

/**
 * One upstream service's circuit: closed while it answers; open after {@code threshold} consecutive failures, when
 * requests are refused at once instead of waiting on a dead service; after {@code openFor} one trial request may
 * pass (half-open), whose outcome closes or re-opens it.
 */
public final class Circuit {
    private final int threshold;
    private final long openForMillis;
    private final Clock clock;
    private int consecutiveFailures;
    private long openedAt = -1;
    private boolean trialInFlight;

    public Circuit(int threshold, Duration openFor, Clock clock) {
        this.threshold = threshold;
        this.openForMillis = openFor.toMillis();
        this.clock = clock;
    }

    /** Whether a request may go to the service now; in the half-open state only the first caller is let through. */
    public synchronized boolean allow() {
        if (openedAt < 0) {
            return true;
        }
        if (!trialInFlight && clock.millis() - openedAt >= openForMillis) {
            trialInFlight = true;
            return true;
        }
        return false;
    }

    public synchronized void succeeded() {
        consecutiveFailures = 0;
        openedAt = -1;
        trialInFlight = false;
    }

    public synchronized void failed() {
        consecutiveFailures++;
        if (trialInFlight || (openedAt < 0 && consecutiveFailures >= threshold)) {
            openedAt = clock.millis();
            trialInFlight = false;
        }
    }

    /** Whole seconds until a trial request may pass (at least 1). */
    public synchronized long retryAfterSeconds() {
        long left = openedAt < 0 ? 0 : openedAt + openForMillis - clock.millis();
        return Math.max(1, (left + 999) / 1000);
    }

    public synchronized boolean isOpen() {
        return openedAt >= 0;
    }
}
