package org.innovationbridge.kit.problem;

/**
 * The one vocabulary of problem types every service answers with: a type URN, its status and its title, so the
 * same failure reads the same whichever service (or the gateway) reports it.
 */
public enum ProblemType {
    VALIDATION("validation", 400, "Invalid request"),
    INVALID_UPLOAD("invalid-upload", 400, "Upload refused"),
    UNAUTHENTICATED("unauthenticated", 401, "Unauthorized"),
    BAD_CREDENTIALS("bad-credentials", 401, "Unauthorized"),
    FORBIDDEN("forbidden", 403, "Forbidden"),
    NOT_FOUND("not-found", 404, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable"),
    CONFLICT("conflict", 409, "Conflict with the current state"),
    CONCURRENT_MODIFICATION("concurrent-modification", 409, "Concurrent modification"),
    STALE_VERSION("stale-version", 412, "Stale version"),
    PRECONDITION_FAILED("precondition-failed", 412, "Precondition failed"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    UNSUPPORTED_FORMAT("unsupported-format", 415, "Unsupported file format"),
    UNREADABLE_FILE("unreadable-file", 422, "Unreadable file"),
    PRECONDITION_REQUIRED("precondition-required", 428, "Precondition required"),
    RATE_LIMITED("rate-limited", 429, "Too many requests"),
    BUSY("busy", 429, "Too many imports waiting"),
    INTERNAL("internal", 500, "Internal error"),
    BAD_GATEWAY("upstream-502", 502, "Bad gateway"),
    UNAVAILABLE("unavailable", 503, "Temporarily unavailable"),
    UPSTREAM_UNAVAILABLE("upstream-503", 503, "Service unavailable"),
    GATEWAY_TIMEOUT("upstream-504", 504, "Gateway timeout");

    /** Prefix of every type URN (RFC 9457 allows any URI; a URN never suggests a page to fetch). */
    public static final String URN_PREFIX = "urn:innovation-bridge:error:";

    private final String name;
    private final int status;
    private final String title;

    ProblemType(String name, int status, String title) {
        this.name = name;
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return URN_PREFIX + name;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
