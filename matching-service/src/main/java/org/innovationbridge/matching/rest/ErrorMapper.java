package org.innovationbridge.matching.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.innovationbridge.matching.search.SearchUnavailableException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The one place where failures become RFC 9457 responses; no exception type or stack leaks to the client. */
public class ErrorMapper {
    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<ProblemDetails.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new ProblemDetails.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(ProblemDetails.FieldError::field))
                .toList();
        return respond(ProblemDetails.of("validation", "Invalid request", 400,
                errors.stream().map(err -> err.field() + ": " + err.reason()).collect(Collectors.joining("; ")), errors));
    }

    @ServerExceptionMapper
    public Response searchUnavailable(SearchUnavailableException e) {
        LOG.warn("search unavailable", e);
        return Response.status(503).header("Retry-After", "5").type(ProblemDetails.MEDIA_TYPE)
                .entity(ProblemDetails.of("unavailable", "Search temporarily unavailable", 503,
                        "the search cluster did not answer; try again shortly", null)).build();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        return respond(ProblemDetails.of("http-" + status, e.getResponse().getStatusInfo().getReasonPhrase(), status,
                e.getMessage(), null));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.error("unexpected failure", e);
        return respond(ProblemDetails.of("internal", "Internal error", 500,
                "the request could not be completed; it has been logged", null));
    }

    private static Response respond(ProblemDetails body) {
        return Response.status(body.status()).type(ProblemDetails.MEDIA_TYPE).entity(body).build();
    }

    /** The query parameter a violation is about: the last named node ({@code results.params.size} → {@code size}). */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String field = "";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() != ElementKind.METHOD && node.getName() != null) {
                field = node.getName();
            }
        }
        return field;
    }
}
