package org.innovationbridge.kit.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * RFC 9457 problem details: the offending fields in {@code errors}; a refused transition lists what is
 * {@code allowed} instead, a stale write the {@code currentVersion}, a failure behind the gateway the
 * {@code upstream} service.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetails(String type, String title, int status, String detail, String upstream,
                             List<FieldError> errors, List<String> allowed, Long currentVersion) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String reason) {
    }

    public static ProblemDetails of(ProblemType type, String detail) {
        return of(type, detail, null);
    }

    public static ProblemDetails of(ProblemType type, String detail, List<FieldError> errors) {
        return new ProblemDetails(type.uri(), type.title(), type.status(), detail, null,
                errors == null || errors.isEmpty() ? null : List.copyOf(errors), null, null);
    }

    /** A problem with one field, named first in the detail too (clients that show only the detail still see it). */
    public static ProblemDetails field(ProblemType type, String field, String reason) {
        return of(type, field + ": " + reason, List.of(new FieldError(field, reason)));
    }

    /** The usual 400 about one field. */
    public static ProblemDetails invalid(String field, String reason) {
        return field(ProblemType.VALIDATION, field, reason);
    }

    /**
     * A status the vocabulary has no word for (a 410 or 414 the framework raised): typed by the status alone, so
     * a client still gets problem+json.
     */
    public static ProblemDetails ofStatus(int status, String title, String detail) {
        return new ProblemDetails(ProblemType.URN_PREFIX + "http-" + status, title, status, detail, null, null, null,
                null);
    }

    public ProblemDetails withUpstream(String service) {
        return new ProblemDetails(type, title, status, detail, service, errors, allowed, currentVersion);
    }

    public ProblemDetails withAllowed(List<String> values) {
        return new ProblemDetails(type, title, status, detail, upstream, errors, values, currentVersion);
    }

    public ProblemDetails withCurrentVersion(long version) {
        return new ProblemDetails(type, title, status, detail, upstream, errors, allowed, version);
    }

    /** The JAX-RS response carrying this body, for a builder to add headers to. */
    public Response.ResponseBuilder response() {
        return Response.status(status).type(MEDIA_TYPE).entity(this);
    }
}
