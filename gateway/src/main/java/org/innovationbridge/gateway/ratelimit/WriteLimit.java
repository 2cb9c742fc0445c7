package org.innovationbridge.gateway.ratelimit;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.innovationbridge.gateway.rest.GatewayProblems;
import org.innovationbridge.kit.problem.ProblemDetails;

import java.util.OptionalLong;
import java.util.Set;

/**
 * Counts every write through the gateway against its client address, before it is routed (a registration against
 * the address's budget of registrations instead); over the budget it
 * answers 429 problem+json with Retry-After. The address is the TCP peer's: behind a reverse proxy the gateway
 * would need that proxy's forwarded header, which it deliberately does not trust here.
 */
@ApplicationScoped
public class WriteLimit {
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    /** Sign-in has its own budgets, per address and per username. */
    private static final String SIGN_IN = "/api/auth/sign-in";
    private static final String REGISTER = "/api/auth/register";

    void register(@Observes Router router, RateLimits limits) {
        router.route("/api/*").order(-100).handler(context -> {
            if (!WRITES.contains(context.request().method()) || SIGN_IN.equals(context.normalizedPath())) {
                context.next();
                return;
            }
            String address = context.request().remoteAddress().hostAddress();
            OptionalLong wait = REGISTER.equals(context.normalizedPath()) ? limits.register(address) : limits.write(address);
            if (wait.isEmpty()) {
                context.next();
                return;
            }
            context.response().setStatusCode(429).putHeader("Content-Type", ProblemDetails.MEDIA_TYPE)
                    .putHeader("Retry-After", Long.toString(wait.getAsLong()))
                    .end(Json.encode(GatewayProblems.rateLimited(wait.getAsLong())));
        });
    }
}
