package org.innovationbridge.kit.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.innovationbridge.kit.http.Versions;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one place where failures every service shares become RFC 9457 responses; a service adds mappers only for
 * exceptions of its own. No exception type or stack trace reaches the client.
 */
public class ErrorMapper {
    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);
    static final String SIGN_IN = "sign in and send the token as 'Authorization: Bearer …'";

    private final Optional<PayloadLimit> payloadLimit;

    @Inject
    public ErrorMapper(Instance<PayloadLimit> payloadLimit) {
        this(payloadLimit.isResolvable() ? Optional.of(payloadLimit.get()) : Optional.empty());
    }

    ErrorMapper(Optional<PayloadLimit> payloadLimit) {
        this.payloadLimit = payloadLimit;
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<ProblemDetails.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new ProblemDetails.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(ProblemDetails.FieldError::field))
                .toList();
        return respond(ProblemDetails.of(ProblemType.VALIDATION,
                errors.stream().map(err -> err.field() + ": " + err.reason()).collect(Collectors.joining("; ")), errors));
    }

    @ServerExceptionMapper
    public Response invalidField(DomainException.InvalidField e) {
        return respond(ProblemDetails.invalid(e.field, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response notFound(DomainException.NotFound e) {
        return respond(ProblemDetails.of(ProblemType.NOT_FOUND, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response forbidden(DomainException.Forbidden e) {
        return respond(ProblemDetails.of(ProblemType.FORBIDDEN, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response conflict(DomainException.Conflict e) {
        return respond(ProblemDetails.of(ProblemType.CONFLICT, e.getMessage(),
                List.of(new ProblemDetails.FieldError(e.field, e.getMessage()))).withAllowed(e.allowed));
    }

    @ServerExceptionMapper
    public Response stale(DomainException.StaleVersion e) {
        return respond(ProblemDetails.of(ProblemType.STALE_VERSION, e.getMessage(),
                        List.of(new ProblemDetails.FieldError(HttpHeaders.IF_MATCH, e.getMessage())))
                .withCurrentVersion(e.currentVersion));
    }

    @ServerExceptionMapper
    public Response tooMany(DomainException.TooMany e) {
        return withHeader(respond(ProblemDetails.of(ProblemType.RATE_LIMITED, e.getMessage())), HttpHeaders.RETRY_AFTER,
                Long.toString(Math.max(1, e.retryAfter.toSeconds())));
    }

    @ServerExceptionMapper
    public Response ifMatch(Versions.IfMatchRefused e) {
        return respond(ProblemDetails.field(e.type, HttpHeaders.IF_MATCH, e.getMessage()));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response roleForbidden(ForbiddenException e) {
        return respond(ProblemDetails.of(ProblemType.FORBIDDEN, "your role may not do this"));
    }

    @ServerExceptionMapper
    public Response concurrentWrite(OptimisticLockException e) {
        return respond(ProblemDetails.of(ProblemType.CONCURRENT_MODIFICATION,
                "someone else changed this resource at the same time; read it again and retry"));
    }

    /** Two writes raced for one unique key (the same registration twice at once): the later one loses. */
    @ServerExceptionMapper
    public Response duplicate(org.hibernate.exception.ConstraintViolationException e) {
        return respond(ProblemDetails.of(ProblemType.CONFLICT,
                "a concurrent request wrote the same thing first; read the current state and retry"));
    }

    /** Registered separately because Quarkus ships its own, differently shaped mappers for these subtypes. */
    @ServerExceptionMapper({UnrecognizedPropertyException.class, MismatchedInputException.class})
    public Response mismatchedJson(JsonProcessingException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String field;
        String reason;
        if (e instanceof UnrecognizedPropertyException unknown) {
            reason = "unknown field";
            field = pathOf(unknown).isEmpty() ? unknown.getPropertyName() : pathOf(unknown);
        } else if (e instanceof InvalidFormatException format && format.getTargetType().isEnum()) {
            field = pathOf(format);
            reason = "'" + format.getValue() + "' is not one of " + Arrays.toString(format.getTargetType().getEnumConstants());
        } else if (e instanceof InvalidFormatException format && format.getTargetType() == String.class) {
            field = pathOf(format);
            reason = e.getOriginalMessage(); // a string refused for its content (NulFreeJson)
        } else if (e instanceof InvalidFormatException format) {
            field = pathOf(format);
            reason = "'" + format.getValue() + "' is not a valid " + format.getTargetType().getSimpleName();
        } else if (e instanceof JsonMappingException mapping) {
            field = pathOf(mapping);
            reason = "has the wrong type or shape";
        } else {
            field = e instanceof StreamReadException read ? whereParsingStopped(read) : "";
            reason = "the body is not valid JSON: " + e.getOriginalMessage();
        }
        return respond(field.isEmpty() ? ProblemDetails.of(ProblemType.VALIDATION, reason)
                : ProblemDetails.invalid(field, reason));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable); // Quarkus wraps a body it cannot parse
        }
        int status = e.getResponse().getStatus();
        return switch (status) {
            case 401 -> unauthenticated();
            case 404 -> respond(ProblemDetails.of(ProblemType.NOT_FOUND, e.getMessage()));
            case 405 -> withHeader(respond(ProblemDetails.of(ProblemType.METHOD_NOT_ALLOWED, e.getMessage())),
                    HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
            case 406 -> respond(ProblemDetails.of(ProblemType.NOT_ACCEPTABLE, e.getMessage()));
            case 413 -> tooLarge(e);
            case 415 -> respond(ProblemDetails.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, e.getMessage()));
            default -> status >= 500 ? unexpected(e) : respond(ProblemDetails.ofStatus(status,
                    e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage()));
        };
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.error("unexpected failure", e);
        return respond(ProblemDetails.of(ProblemType.INTERNAL, "the request could not be completed; it has been logged"));
    }

    public static Response respond(ProblemDetails body) {
        return body.response().build();
    }

    private static Response unauthenticated() {
        return ProblemDetails.of(ProblemType.UNAUTHENTICATED, SIGN_IN).response()
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** A body refused while it was read (a multipart upload mid-stream): the rest is not read, so close. */
    private Response tooLarge(WebApplicationException e) {
        ProblemDetails body = payloadLimit.map(PayloadLimit::tooLarge)
                .orElseGet(() -> ProblemDetails.of(ProblemType.PAYLOAD_TOO_LARGE, e.getMessage()));
        return body.response().header("Connection", "close").build();
    }

    private static Response withHeader(Response response, String name, String value) {
        return value == null ? response : Response.fromResponse(response).header(name, value).build();
    }

    /**
     * The field a violation is about, as a path inside the body ({@code create.input.contact.email} →
     * {@code contact.email}); for a query or header parameter its name.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = "";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                field.append(field.length() > 0 ? "." : "").append(node.getName());
            }
        }
        return field.isEmpty() ? parameter : field.toString();
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

    /** The field whose value the parser was reading when the JSON broke off ({@code keywords[2]}), if any. */
    private static String whereParsingStopped(StreamReadException e) {
        JsonParser parser = e.getProcessor();
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext context = parser == null ? null : parser.getParsingContext();
             context != null && !context.inRoot(); context = context.getParent()) {
            if (context.inObject() && context.getCurrentName() != null) {
                path.insert(0, context.getCurrentName() + (path.length() > 0 && path.charAt(0) != '[' ? "." : ""));
            } else if (context.inArray() && context.getCurrentIndex() >= 0) {
                path.insert(0, "[" + context.getCurrentIndex() + "]");
            }
        }
        return path.toString();
    }
}
