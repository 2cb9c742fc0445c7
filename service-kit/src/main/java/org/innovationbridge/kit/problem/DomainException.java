package org.innovationbridge.kit.problem;

import java.time.Duration;
import java.util.List;

/** A request that breaks a rule of a service's domain; {@link ErrorMapper} turns each kind into its own 4xx. */
public abstract sealed class DomainException extends RuntimeException {
    protected DomainException(String message) {
        super(message);
    }

    /** A field whose value is well-formed JSON but not acceptable (unknown reference code, wrong check character…). */
    public static final class InvalidField extends DomainException {
        public final String field;

        public InvalidField(String field, String reason) {
            super(reason);
            this.field = field;
        }
    }

    public static final class NotFound extends DomainException {
        public NotFound(String what, Object id) {
            super(what + " " + id + " does not exist");
        }
    }

    /**
     * The request conflicts with the current state: a duplicate key, a refused status transition; {@code allowed}
     * lists what would be accepted instead, where that is known.
     */
    public static final class Conflict extends DomainException {
        public final String field;
        public final List<String> allowed;

        public Conflict(String field, String reason, List<String> allowed) {
            super(reason);
            this.field = field;
            this.allowed = allowed;
        }

        public Conflict(String field, String reason) {
            this(field, reason, null);
        }
    }

    /** The caller is known but may not do this to this resource. */
    public static final class Forbidden extends DomainException {
        public Forbidden(String reason) {
            super(reason);
        }
    }

    /** The client wrote against a version that is no longer current (optimistic concurrency). */
    public static final class StaleVersion extends DomainException {
        public final long currentVersion;

        public StaleVersion(long expected, long currentVersion) {
            super("version " + expected + " is stale; the current version is " + currentVersion);
            this.currentVersion = currentVersion;
        }
    }

    /** The caller has done this too often lately; it may try again after {@code retryAfter}. */
    public static final class TooMany extends DomainException {
        public final Duration retryAfter;

        public TooMany(String reason, Duration retryAfter) {
            super(reason);
            this.retryAfter = retryAfter;
        }
    }
}
