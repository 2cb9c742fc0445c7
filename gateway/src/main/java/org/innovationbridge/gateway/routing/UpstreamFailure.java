package org.innovationbridge.gateway.routing;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.Json;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyResponse;
import org.innovationbridge.kit.problem.ProblemDetails;
import org.innovationbridge.kit.problem.ProblemType;

import java.util.concurrent.TimeoutException;

/** Turns a failed exchange with a service into a 502, 503 or 504 problem+json response that names the service. */
final class UpstreamFailure {
    /** Refused before trying: the service's circuit is open. */
    static final class CircuitOpen extends RuntimeException {
        CircuitOpen() {
            super(null, null, false, false);
        }
    }

    private UpstreamFailure() {
    }

    static ProxyResponse respond(ProxyContext context, Upstream upstream, Throwable failure, long timeoutMillis) {
        ProblemDetails body;
        ProxyResponse response = context.request().release().response();
        if (failure instanceof CircuitOpen) {
            long retryAfter = upstream.circuit().retryAfterSeconds();
            body = ProblemDetails.of(ProblemType.UPSTREAM_UNAVAILABLE, upstream.name()
                    + " failed repeatedly, so the gateway stops sending it requests for a while; retry after " + retryAfter + " s").withUpstream(upstream.name());
            response.putHeader("Retry-After", Long.toString(retryAfter));
        } else if (failure instanceof TimeoutException) {
            body = ProblemDetails.of(ProblemType.GATEWAY_TIMEOUT,
                    upstream.name() + " did not answer within " + timeoutMillis + " ms").withUpstream(upstream.name());
        } else {
            body = ProblemDetails.of(ProblemType.BAD_GATEWAY, upstream.name() + " cannot be reached")
                    .withUpstream(upstream.name());
        }
        Buffer json = Buffer.buffer(Json.encode(body));
        return response.setStatusCode(body.status()).setStatusMessage(body.title())
                .putHeader("Content-Type", ProblemDetails.MEDIA_TYPE)
                .putHeader("Content-Length", Integer.toString(json.length()))
                .setBody(Body.body(json));
    }
}
