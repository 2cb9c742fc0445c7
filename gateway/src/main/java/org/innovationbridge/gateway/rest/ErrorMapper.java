package org.innovationbridge.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.innovationbridge.gateway.identity.IdentityException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where the gateway's own failures become RFC 9457 responses. */
public class ErrorMapper {
    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

    @ServerExceptionMapper
    public Response badCredentials(IdentityException.BadCredentials e) {
        return respond(ProblemDetails.of("bad-credentials", "Unauthorized", 401, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unknownUser(IdentityException.UnknownUser e) {
        return respond(ProblemDetails.of("unauthenticated", "Unauthorized", 401, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response invalidField(IdentityException.InvalidField e) {
        return respond(ProblemDetails.field(e.field, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response usernameTaken(IdentityException.UsernameTaken e) {
        ProblemDetails body = ProblemDetails.field("username", e.getMessage());
        return respond(new ProblemDetails("urn:innovation-bridge:error:conflict", "Conflict with the current state", 409,
                body.detail(), null, body.errors()));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e) {
        return respond(ProblemDetails.of("unauthenticated", "Unauthorized", 401, "sign in and send the token as 'Authorization: Bearer …'"));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(ProblemDetails.of("forbidden", "Forbidden", 403, "your role may not do this"));
    }

    /** Registered separately because Quarkus ships its own, differently shaped mappers for these subtypes. */
    @ServerExceptionMapper({UnrecognizedPropertyException.class, MismatchedInputException.class})
    public Response mismatchedJson(JsonProcessingException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String field = e instanceof UnrecognizedPropertyException unknown ? unknown.getPropertyName()
                : e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? mapping.getPath().get(0).getFieldName() : null;
        if (field != null) {
            return respond(ProblemDetails.field(field, e instanceof UnrecognizedPropertyException ? "unknown field"
                    : "has the wrong type or shape"));
        }
        return respond(ProblemDetails.of("validation", "Invalid request", 400, "the body is not valid JSON"));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        return respond(ProblemDetails.of("http-" + status, e.getResponse().getStatusInfo().getReasonPhrase(), status,
                e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.error("unexpected failure", e);
        return respond(ProblemDetails.of("internal", "Internal error", 500,
                "the request could not be completed; it has been logged"));
    }

    static Response rateLimited(long retryAfterSeconds) {
        return Response.status(429).type(ProblemDetails.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                .entity(ProblemDetails.rateLimited(retryAfterSeconds)).build();
    }

    private static Response respond(ProblemDetails body) {
        return Response.status(body.status()).type(ProblemDetails.MEDIA_TYPE).entity(body).build();
    }
}
