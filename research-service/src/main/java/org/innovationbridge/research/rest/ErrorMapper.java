package org.innovationbridge.research.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovationbridge.research.imports.ImportRefused;
import org.innovationbridge.research.service.DomainException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The one place where failures become RFC 9457 responses; no exception type or stack leaks to the client. */
public class ErrorMapper {
    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);
    private final MemorySize maxBodySize;

    public ErrorMapper(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

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
    public Response invalidField(DomainException.InvalidField e) {
        return respond(ProblemDetails.of("validation", "Invalid request", 400, e.field + ": " + e.getMessage(),
                List.of(new ProblemDetails.FieldError(e.field, e.getMessage()))));
    }

    @ServerExceptionMapper
    public Response notFound(DomainException.NotFound e) {
        return respond(ProblemDetails.of("not-found", "Not found", 404, e.getMessage(), null));
    }

    @ServerExceptionMapper
    public Response forbidden(DomainException.Forbidden e) {
        return respond(ProblemDetails.of("forbidden", "Forbidden", 403, e.getMessage(), null));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e) {
        return Response.fromResponse(respond(ProblemDetails.of("unauthenticated", "Unauthorized", 401,
                "sign in and send the token as 'Authorization: Bearer …'", null)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response roleForbidden(ForbiddenException e) {
        return respond(ProblemDetails.of("forbidden", "Forbidden", 403, "your role may not do this", null));
    }

    @ServerExceptionMapper
    public Response conflict(DomainException.Conflict e) {
        return respond(ProblemDetails.of("conflict", "Conflict with the current state", 409, e.getMessage(),
                List.of(new ProblemDetails.FieldError(e.field, e.getMessage()))));
    }

    @ServerExceptionMapper
    public Response stale(DomainException.StaleVersion e) {
        ProblemDetails body = ProblemDetails.of("stale-version", "Stale version", 412, e.getMessage(),
                List.of(new ProblemDetails.FieldError(Versions.IfMatchRefused.HEADER, e.getMessage())));
        return respond(new ProblemDetails(body.type(), body.title(), body.status(), body.detail(), null,
                body.errors(), e.currentVersion));
    }

    @ServerExceptionMapper
    public Response ifMatch(Versions.IfMatchRefused e) {
        String type = e.status == 428 ? "precondition-required" : "stale-version";
        String title = e.status == 428 ? "Precondition required" : "Precondition failed";
        return respond(ProblemDetails.of(type, title, e.status, Versions.IfMatchRefused.HEADER + ": " + e.getMessage(),
                List.of(new ProblemDetails.FieldError(Versions.IfMatchRefused.HEADER, e.getMessage()))));
    }

    @ServerExceptionMapper
    public Response importRefused(ImportRefused e) {
        String type = switch (e.reason) {
            case INVALID -> "invalid-upload";
            case UNSUPPORTED -> "unsupported-format";
            case UNREADABLE -> "unreadable-file";
            case BUSY -> "busy";
        };
        String title = switch (e.reason) {
            case INVALID -> "Upload refused";
            case UNSUPPORTED -> "Unsupported file format";
            case UNREADABLE -> "Unreadable file";
            case BUSY -> "Too many imports waiting";
        };
        Response response = respond(ProblemDetails.of(type, title, e.reason.status, e.getMessage(),
                e.details.stream().map(d -> new ProblemDetails.FieldError(d.field(), d.reason())).toList()));
        return e.reason == ImportRefused.Reason.BUSY ? Response.fromResponse(response).header("Retry-After", 60).build()
                : response;
    }

    @ServerExceptionMapper
    public Response concurrentWrite(OptimisticLockException e) {
        return respond(ProblemDetails.of("stale-version", "Concurrent modification", 409,
                "someone else changed this resource at the same time; read it again and retry", null));
    }

    /** Registered separately because Quarkus ships its own, differently shaped mapper for this subtype. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
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
        List<ProblemDetails.FieldError> errors = field.isEmpty() ? null : List.of(new ProblemDetails.FieldError(field, reason));
        return respond(ProblemDetails.of("validation", "Invalid request", 400,
                field.isEmpty() ? reason : field + ": " + reason, errors));
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
        if (status == 413) {
            // the multipart parser refused a chunked upload mid-stream: the rest of it is not read, so close
            return Response.fromResponse(respond(BodyLimit.tooLarge(maxBodySize.asLongValue())))
                    .header("Connection", "close").build();
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

    /** {@code create.input.contact.email} → {@code contact.email}: drop the method and parameter nodes. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                field.append(field.length() > 0 ? "." : "").append(node.getName());
            }
        }
        if (field.isEmpty()) {
            // a violation on a query or header parameter: its parameter node is the name
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.PARAMETER) {
                    field.append(node.getName());
                }
            }
        }
        return field.toString();
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
