package org.innovationbridge.matching.matchmaking.service;

import java.util.List;

/** A request that breaks a rule of matchmaking; the REST layer turns each kind into its own 4xx. */
public abstract sealed class MatchmakingException extends RuntimeException {
    protected MatchmakingException(String message) {
        super(message);
    }

    /** Well-formed JSON whose value is not acceptable here (unknown item, limits the wrong way round…). */
    public static final class InvalidField extends MatchmakingException {
        public final String field;

        public InvalidField(String field, String reason) {
            super(reason);
            this.field = field;
        }
    }

    public static final class NotFound extends MatchmakingException {
        public NotFound(String what, Object id) {
            super(what + " " + id + " does not exist");
        }
    }

    /** The request conflicts with the event's state; {@code allowed} lists what would be accepted instead. */
    public static final class Conflict extends MatchmakingException {
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

    /** The caller is known but may not do this to this event. */
    public static final class Forbidden extends MatchmakingException {
        public Forbidden(String reason) {
            super(reason);
        }
    }

    /** The client wrote against a version of the event that is no longer current. */
    public static final class StaleVersion extends MatchmakingException {
        public final long currentVersion;

        public StaleVersion(long expected, long currentVersion) {
            super("version " + expected + " is stale; the current version is " + currentVersion);
            this.currentVersion = currentVersion;
        }
    }
}
