package org.innovationbridge.gateway.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.innovationbridge.gateway.identity.IdentityException;
import org.innovationbridge.kit.problem.ProblemDetails;
import org.innovationbridge.kit.problem.ProblemType;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The gateway's own failures (accounts, rate limits); every shared one is the kit's {@code ErrorMapper}'s. */
public class GatewayProblems {
    @ServerExceptionMapper
    public Response badCredentials(IdentityException.BadCredentials e) {
        return ProblemDetails.of(ProblemType.BAD_CREDENTIALS, e.getMessage()).response().build();
    }

    @ServerExceptionMapper
    public Response unknownUser(IdentityException.UnknownUser e) {
        return ProblemDetails.of(ProblemType.UNAUTHENTICATED, e.getMessage()).response().build();
    }

    @ServerExceptionMapper
    public Response invalidField(IdentityException.InvalidField e) {
        return ProblemDetails.invalid(e.field, e.getMessage()).response().build();
    }

    @ServerExceptionMapper
    public Response usernameTaken(IdentityException.UsernameTaken e) {
        return ProblemDetails.field(ProblemType.CONFLICT, "username", e.getMessage()).response().build();
    }

    @ServerExceptionMapper
    public Response noSuchAccount(IdentityException.NoSuchAccount e) {
        return ProblemDetails.of(ProblemType.NOT_FOUND, e.getMessage()).response().build();
    }

    @ServerExceptionMapper
    public Response sessionEnded(IdentityException.SessionEnded e) {
        return ProblemDetails.of(ProblemType.UNAUTHENTICATED, e.getMessage()).response().build();
    }

    @ServerExceptionMapper
    public Response wrongPassword(IdentityException.WrongPassword e) {
        return ProblemDetails.field(ProblemType.FORBIDDEN, "currentPassword", e.getMessage()).response().build();
    }

    @ServerExceptionMapper
    public Response refused(IdentityException.Refused e) {
        return ProblemDetails.field(ProblemType.CONFLICT, e.field, e.getMessage()).response().build();
    }

    public static ProblemDetails rateLimited(long retryAfterSeconds) {
        return ProblemDetails.of(ProblemType.RATE_LIMITED,
                "too many requests from this client; retry after " + retryAfterSeconds + " s");
    }

    static Response rateLimitedResponse(long retryAfterSeconds) {
        return rateLimited(retryAfterSeconds).response().header(HttpHeaders.RETRY_AFTER, retryAfterSeconds).build();
    }
}
