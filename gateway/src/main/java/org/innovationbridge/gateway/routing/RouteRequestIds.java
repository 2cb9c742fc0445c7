package org.innovationbridge.gateway.routing;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.innovationbridge.kit.http.RequestIds;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.util.UUID;

/**
 * Gives every request an id before anything else sees it: a valid {@code X-Request-Id} from the client is kept,
 * anything else is replaced by a new one. The id goes to the services with the proxied request, into the
 * gateway's access line and back to the client, so one id follows a request through every log. The rules for
 * an id are the kit's {@link RequestIds}; its JAX-RS filter is off here, as this handler runs before every route.
 */
@ApplicationScoped
public class RouteRequestIds {
    /** Before the proxy routes and the REST endpoints. */
    private static final int ORDER = -1_000;
    private static final Logger ACCESS = Logger.getLogger("access");

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(RouteRequestIds::tag);
    }

    static void tag(RoutingContext context) {
        String id = context.request().getHeader(RequestIds.HEADER);
        if (!RequestIds.valid(id)) {
            id = UUID.randomUUID().toString();
            context.request().headers().set(RequestIds.HEADER, id);
        }
        String requestId = id;
        MDC.put(RequestIds.MDC_KEY, requestId);
        context.addHeadersEndHandler(ignored -> context.response().headers().set(RequestIds.HEADER, requestId));
        context.addEndHandler(ignored -> {
            if (context.request().path().startsWith("/q/")) {
                return; // probes and scrapes, many a minute
            }
            MDC.put(RequestIds.MDC_KEY, requestId);
            ACCESS.infof("%s %s %d", context.request().method(), context.request().path(),
                    context.response().getStatusCode());
            MDC.remove(RequestIds.MDC_KEY);
        });
        context.next();
    }
}
