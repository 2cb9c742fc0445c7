package org.innovationbridge.gateway.rest;

import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.JsonNumber;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innovationbridge.gateway.identity.IdentityException;
import org.innovationbridge.gateway.identity.IdentityService;
import org.innovationbridge.gateway.identity.Role;
import org.innovationbridge.gateway.identity.Tokens;
import org.innovationbridge.gateway.identity.UserAccount;
import org.innovationbridge.gateway.ratelimit.RateLimits;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

@Path("/api/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "账号: registration, sign-in, tokens")
public class AuthResource {
    private final IdentityService identity;
    private final Tokens tokens;
    private final RateLimits limits;
    private static final String ACTIVE = "ACTIVE";
    private static final String DISABLED = "DISABLED";
    private final JsonWebToken caller;

    public AuthResource(IdentityService identity, Tokens tokens, RateLimits limits, JsonWebToken caller) {
        this.identity = identity;
        this.tokens = tokens;
        this.limits = limits;
        this.caller = caller;
    }

    public record Registration(String username, String password, String role) {
    }

    public record Credentials(String username, String password) {
    }

    public record PasswordChange(@Schema(examples = "Current-password-1") String currentPassword,
                                 @Schema(examples = "A-new-password-2026") String newPassword) {
    }

    /** {@code ACTIVE} or {@code DISABLED}. */
    public record AccountStatus(String status) {
    }

    public record UserView(UUID id, String username, String role, UUID organisationId, String status) {
        static UserView of(UserAccount user) {
            return new UserView(user.id, user.username, user.roleClaim, user.organisationId,
                    user.disabled ? DISABLED : ACTIVE);
        }
    }

    public record SignedIn(String token, Instant expiresAt, UserView user) {
    }

    @POST
    @Path("/register")
    @Operation(summary = "Register an enterprise or institution account (organisers and admins are created by admins)")
    public Response register(Registration registration) {
        Role role = roleOf(registration, Set.of(Role.ENTERPRISE, Role.INSTITUTION));
        return created(identity.create(registration.username(), registration.password(), role));
    }

    @POST
    @Path("/users")
    @RolesAllowed("admin")
    @Operation(summary = "Create an account of any role (admins only)")
    public Response createUser(Registration registration) {
        Role role = roleOf(registration, Set.of(Role.values()));
        return created(identity.create(registration.username(), registration.password(), role));
    }

    @POST
    @Path("/sign-in")
    @Operation(summary = "Exchange username and password for a token (8 h)")
    public Response signIn(Credentials credentials, @Context HttpServerRequest request) {
        if (credentials == null) {
            throw new IdentityException.InvalidField("username", "the body must hold username and password");
        }
        String address = request.remoteAddress().hostAddress();
        OptionalLong wait = limits.signIn(address, credentials.username());
        if (wait.isPresent()) {
            return GatewayProblems.rateLimitedResponse(wait.getAsLong());
        }
        UserAccount user;
        try {
            user = identity.signIn(credentials.username(), credentials.password());
        } catch (IdentityException.BadCredentials e) {
            limits.signInFailed(address, credentials.username());
            throw e;
        }
        limits.signInSucceeded(address, credentials.username());
        return Response.ok(signedIn(user, Instant.now())).build();
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(summary = "The account of the token")
    public UserView me() {
        return UserView.of(identity.find(UUID.fromString(caller.getSubject())));
    }

    @POST
    @Path("/refresh")
    @Authenticated
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "A fresh token for the caller, with the organisation it has created since its last sign-in;"
            + " refused (401) once the session is older than its lifetime, the password changed or the account disabled")
    public SignedIn refresh() {
        Optional<Instant> signedInAt = numberClaim(Tokens.SIGNED_IN_AT).map(Instant::ofEpochSecond);
        Optional<Integer> generation = numberClaim(Tokens.GENERATION).map(Math::toIntExact);
        UserAccount user = identity.refresh(UUID.fromString(caller.getSubject()), signedInAt, generation);
        return signedIn(user, signedInAt.orElseThrow());
    }

    @POST
    @Path("/password")
    @Authenticated
    @Operation(summary = "Change the caller's password, given the current one; tokens of earlier sign-ins stop refreshing,"
            + " the answer is a token of a new session")
    public SignedIn changePassword(PasswordChange change) {
        if (change == null) {
            throw new IdentityException.InvalidField("currentPassword", "the body must hold currentPassword and newPassword");
        }
        UserAccount user = identity.changePassword(UUID.fromString(caller.getSubject()), change.currentPassword(),
                change.newPassword());
        return signedIn(user, Instant.now());
    }

    @PUT
    @Path("/users/{id}/status")
    @RolesAllowed("admin")
    @Operation(summary = "Disable (DISABLED) or re-enable (ACTIVE) an account (admins only); a disabled account cannot"
            + " sign in and its tokens stop refreshing")
    public UserView setStatus(@PathParam("id") String id, AccountStatus status) {
        UUID account = parseId(id);
        if (status == null || !(ACTIVE.equals(status.status()) || DISABLED.equals(status.status()))) {
            throw new IdentityException.InvalidField("status", "must be one of [" + ACTIVE + ", " + DISABLED + "]");
        }
        return UserView.of(identity.setDisabled(UUID.fromString(caller.getSubject()), account,
                DISABLED.equals(status.status())));
    }

    /** A numeric claim of the caller's token; the JWT library gives custom claims as JSON numbers, standard ones as longs. */
    private Optional<Long> numberClaim(String name) {
        Object value = caller.getClaim(name);
        if (value instanceof Number number) {
            return Optional.of(number.longValue());
        }
        if (value instanceof JsonNumber number) {
            return Optional.of(number.longValue());
        }
        return Optional.empty();
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new IdentityException.InvalidField("id", "must be a UUID");
        }
    }

    private SignedIn signedIn(UserAccount user, Instant signedInAt) {
        Tokens.Issued issued = tokens.issue(user, signedInAt);
        return new SignedIn(issued.token(), issued.expiresAt(), UserView.of(user));
    }

    private static Response created(UserAccount user) {
        return Response.created(URI.create("/api/auth/users/" + user.id)).entity(UserView.of(user)).build();
    }

    private static Role roleOf(Registration registration, Set<Role> allowed) {
        if (registration == null) {
            throw new IdentityException.InvalidField("username", "the body must hold username, password and role");
        }
        return Role.ofClaim(registration.role()).filter(allowed::contains).orElseThrow(() ->
                new IdentityException.InvalidField("role", "must be one of " + allowed.stream().map(Role::claim).sorted().toList()));
    }
}
