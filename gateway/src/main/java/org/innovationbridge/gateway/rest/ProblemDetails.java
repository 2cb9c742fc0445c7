package org.innovationbridge.gateway.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** RFC 9457 problem details, with the offending fields in {@code errors} and, for upstream failures, the service. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetails(String type, String title, int status, String detail, String upstream,
                             List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String reason) {
    }

    public static ProblemDetails of(String type, String title, int status, String detail) {
        return new ProblemDetails("urn:innovation-bridge:error:" + type, title, status, detail, null, null);
    }

    public static ProblemDetails field(String field, String reason) {
        return new ProblemDetails("urn:innovation-bridge:error:validation", "Invalid request", 400,
                field + ": " + reason, null, List.of(new FieldError(field, reason)));
    }

    public static ProblemDetails upstream(int status, String title, String service, String detail) {
        return new ProblemDetails("urn:innovation-bridge:error:upstream-" + status, title, status, detail, service, null);
    }

    public static ProblemDetails rateLimited(long retryAfterSeconds) {
        return of("rate-limited", "Too many requests", 429,
                "too many requests from this client; retry after " + retryAfterSeconds + " s");
    }
}
