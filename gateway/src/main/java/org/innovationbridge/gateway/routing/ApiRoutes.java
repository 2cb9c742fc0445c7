package org.innovationbridge.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.innovationbridge.gateway.config.GatewayConfig;

import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The public API: {@code /api/<resource>/…} is reverse-proxied to the service that owns the resource,
 * without the {@code /api} prefix. Requests and responses stream through unchanged.
 */
@ApplicationScoped
public class ApiRoutes {
    static final String PREFIX = "/api";

    /** Which service owns which top-level resource. */
    record Route(String resource, URI service) {
    }

    static List<Route> routes(GatewayConfig config) {
        return List.of(
                new Route("enterprises", config.enterpriseUrl()),
                new Route("problems", config.enterpriseUrl()),
                new Route("reference", config.enterpriseUrl()),
                new Route("institutions", config.researchUrl()),
                new Route("results", config.researchUrl()),
                new Route("imports", config.researchUrl()),
                new Route("search", config.matchingUrl()),
                new Route("matches", config.matchingUrl()),
                new Route("insights", config.matchingUrl()),
                new Route("events", config.matchingUrl()),
                new Route("admin", config.matchingUrl()));
    }

    void register(@Observes Router router, Vertx vertx, GatewayConfig config) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setIdleTimeout((int) config.idleTimeout().toSeconds())
                .setIdleTimeoutUnit(TimeUnit.SECONDS));
        for (Route route : routes(config)) {
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .origin(route.service().getPort(), route.service().getHost())
                    .addInterceptor(new StripPrefix());
            router.routeWithRegex(PREFIX + "/" + route.resource() + "(/.*)?(\\?.*)?")
                    .handler(context -> proxy.handle(context.request()));
        }
    }

    /** {@code /api/problems/1?x=y} → {@code /problems/1?x=y}. */
    static final class StripPrefix implements ProxyInterceptor {
        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            String uri = context.request().getURI();
            context.request().setURI(uri.substring(PREFIX.length()));
            return context.sendRequest();
        }
    }
}
