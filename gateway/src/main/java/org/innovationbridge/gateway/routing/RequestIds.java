package org.innovationbridge.gateway.routing;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id before anything else sees it: a valid {@code X-Request-Id} from the client is kept,
 * anything else is replaced by a new one. The id goes to the services with the proxied request, into the
 * gateway's access line and back to the client, so one id follows a request through every log.
 */
@ApplicationScoped
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    /** Short and log-safe: no spaces, quotes or line breaks a client could use to forge log lines. */
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    /** Before the proxy routes and the REST endpoints. */
    private static final int ORDER = -1_000;
    private static final Logger ACCESS = Logger.getLogger("access");

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(RequestIds::tag);
    }

    static void tag(RoutingContext context) {
        String id = context.request().getHeader(HEADER);
        if (!valid(id)) {
            id = UUID.randomUUID().toString();
            context.request().headers().set(HEADER, id);
        }
        String requestId = id;
        MDC.put(MDC_KEY, requestId);
        context.addHeadersEndHandler(ignored -> context.response().headers().set(HEADER, requestId));
        context.addEndHandler(ignored -> {
            if (context.request().path().startsWith("/q/")) {
                return; // probes and scrapes, many a minute
            }
            MDC.put(MDC_KEY, requestId);
            ACCESS.infof("%s %s %d", context.request().method(), context.request().path(),
                    context.response().getStatusCode());
            MDC.remove(MDC_KEY);
        });
        context.next();
    }

    static boolean valid(String id) {
        return id != null && VALID.matcher(id).matches();
    }
}
