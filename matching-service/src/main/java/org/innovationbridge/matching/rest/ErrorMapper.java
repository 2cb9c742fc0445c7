package org.innovationbridge.matching.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.innovationbridge.matching.matchmaking.service.MatchmakingException;
import org.innovationbridge.matching.search.SearchUnavailableException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;
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
    public Response invalidField(MatchmakingException.InvalidField e) {
        return respond(ProblemDetails.of("validation", "Invalid request", 400, e.field + ": " + e.getMessage(),
                List.of(new ProblemDetails.FieldError(e.field, e.getMessage()))));
    }

    @ServerExceptionMapper
    public Response notFound(MatchmakingException.NotFound e) {
        return respond(ProblemDetails.of("not-found", "Not found", 404, e.getMessage(), null));
    }

    @ServerExceptionMapper
    public Response conflict(MatchmakingException.Conflict e) {
        ProblemDetails body = ProblemDetails.of("conflict", "Conflict with the current state", 409, e.getMessage(),
                List.of(new ProblemDetails.FieldError(e.field, e.getMessage())));
        return respond(new ProblemDetails(body.type(), body.title(), body.status(), body.detail(), body.errors(),
                e.allowed, null));
    }

    @ServerExceptionMapper
    public Response forbidden(MatchmakingException.Forbidden e) {
        return respond(ProblemDetails.of("forbidden", "Forbidden", 403, e.getMessage(), null));
    }

    @ServerExceptionMapper
    public Response stale(MatchmakingException.StaleVersion e) {
        ProblemDetails body = ProblemDetails.of("stale-version", "Stale version", 412, e.getMessage(), null);
        return respond(new ProblemDetails(body.type(), body.title(), body.status(), body.detail(), null, null,
                e.currentVersion));
    }

    @ServerExceptionMapper
    public Response concurrentWrite(OptimisticLockException e) {
        return respond(ProblemDetails.of("stale-version", "Concurrent modification", 409,
                "someone else changed this resource at the same time; read it again and retry", null));
    }

    /** Two writes raced for one unique key (the same registration or request twice at once): the later one loses. */
    @ServerExceptionMapper
    public Response duplicate(org.hibernate.exception.ConstraintViolationException e) {
        return respond(ProblemDetails.of("conflict", "Conflict with the current state", 409,
                "a concurrent request wrote the same thing first; read the current state and retry", null));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return Response.status(401).header("WWW-Authenticate", "Bearer").type(ProblemDetails.MEDIA_TYPE)
                .entity(ProblemDetails.of("unauthorized", "Unauthorized", 401,
                        "sign in: this needs a bearer token", null)).build();
    }

    @ServerExceptionMapper
    public Response forbiddenRole(ForbiddenException e) {
        return respond(ProblemDetails.of("forbidden", "Forbidden", 403, "your role may not do this", null));
    }

    /** Registered separately because Quarkus ships its own, differently shaped mapper for this subtype. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
        String reason;
        if (e instanceof UnrecognizedPropertyException unknown) {
            reason = "unknown field";
            field = field.isEmpty() ? unknown.getPropertyName() : field;
        } else if (e instanceof InvalidFormatException format && format.getTargetType().isEnum()) {
            reason = "'" + format.getValue() + "' is not one of " + Arrays.toString(format.getTargetType().getEnumConstants());
        } else if (e instanceof InvalidFormatException format) {
            reason = "'" + format.getValue() + "' is not a valid " + format.getTargetType().getSimpleName();
        } else if (e instanceof JsonMappingException) {
            reason = "has the wrong type or shape";
        } else {
            reason = "the body is not valid JSON: " + e.getOriginalMessage();
        }
        List<ProblemDetails.FieldError> errors = field.isEmpty() ? null : List.of(new ProblemDetails.FieldError(field, reason));
        return respond(ProblemDetails.of("validation", "Invalid request", 400,
                field.isEmpty() ? reason : field + ": " + reason, errors));
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
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable); // Quarkus wraps a body it cannot parse
        }
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

    /**
     * The field a violation is about, as a path inside the body ({@code create.input.slots.count} →
     * {@code slots.count}); for a query parameter its name ({@code results.params.size} → {@code size}).
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String last = "";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                last = node.getName();
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                field.append(field.length() > 0 ? "." : "").append(node.getName());
            }
        }
        return field.isEmpty() ? last : field.toString();
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() > 0 ? "." : "").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
