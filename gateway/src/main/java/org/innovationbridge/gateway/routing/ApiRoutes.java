package org.innovationbridge.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.innovationbridge.gateway.config.GatewayConfig;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The public API: {@code /api/<resource>/…} is reverse-proxied to the service that owns the resource, without the
 * {@code /api} prefix; {@code /api/auth/…} is the gateway's own. Requests and responses stream through unchanged
 * (the {@code Authorization} header included). Each service has its own circuit; a GET or HEAD whose connection
 * fails is tried again, other methods never (the service may have acted on them); a failed exchange answers
 * 502 / 503 / 504 problem+json naming the service.
 */
@ApplicationScoped
public class ApiRoutes {
    static final String PREFIX = "/api";
    private static final Set<HttpMethod> RETRIABLE = Set.of(HttpMethod.GET, HttpMethod.HEAD);

    /** Which service owns which top-level resource. */
    record Route(String resource, Upstream upstream) {
    }

    static List<Route> routes(GatewayConfig config) {
        Clock clock = Clock.systemUTC();
        Upstream enterprise = upstream("enterprise-service", config.enterpriseUrl(), config, clock);
        Upstream research = upstream("research-service", config.researchUrl(), config, clock);
        Upstream matching = upstream("matching-service", config.matchingUrl(), config, clock);
        return List.of(
                new Route("enterprises", enterprise),
                new Route("problems", enterprise),
                new Route("reference", enterprise),
                new Route("institutions", research),
                new Route("results", research),
                new Route("imports", research),
                new Route("search", matching),
                new Route("matches", matching),
                new Route("insights", matching),
                new Route("events", matching),
                new Route("connections", matching),
                new Route("cooperations", matching),
                new Route("admin", matching));
    }

    private static Upstream upstream(String name, URI address, GatewayConfig config, Clock clock) {
        return new Upstream(name, address, new Circuit(config.circuit().failureThreshold(), config.circuit().openFor(), clock));
    }

    void register(@Observes Router router, Vertx vertx, GatewayConfig config) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setIdleTimeout((int) config.idleTimeout().toSeconds())
                .setIdleTimeoutUnit(TimeUnit.SECONDS));
        for (Route route : routes(config)) {
            Upstream upstream = route.upstream();
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .originRequestProvider((request, http) -> connect(vertx, http, upstream, request, config, 0))
                    .addInterceptor(new Resilience(upstream, config.responseTimeout().toMillis()))
                    .addInterceptor(new StripPrefix());
            router.routeWithRegex(PREFIX + "/" + route.resource() + "(/.*)?(\\?.*)?")
                    .handler(context -> proxy.handle(context.request()));
        }
    }

    /** A connection to the service, unless its circuit is open; a failed connection of a GET or HEAD is tried again. */
    private static Future<HttpClientRequest> connect(Vertx vertx, HttpClient http, Upstream upstream,
                                                     HttpServerRequest incoming, GatewayConfig config, int attempt) {
        if (attempt == 0 && !upstream.circuit().allow()) {
            return Future.failedFuture(new UpstreamFailure.CircuitOpen());
        }
        RequestOptions options = new RequestOptions()
                .setHost(upstream.address().getHost()).setPort(upstream.address().getPort())
                .setIdleTimeout(config.responseTimeout().toMillis());
        return http.request(options).recover(failure -> {
            if (!RETRIABLE.contains(incoming.method()) || attempt >= config.idempotentRetries()) {
                return Future.failedFuture(failure);
            }
            Promise<HttpClientRequest> retried = Promise.promise();
            long backoff = config.retryBackoff().toMillis() << attempt;
            vertx.setTimer(Math.max(1, backoff), tick ->
                    connect(vertx, http, upstream, incoming, config, attempt + 1).onComplete(retried));
            return retried.future();
        });
    }

    /** Records each exchange's outcome in the service's circuit and answers failures as problem details. */
    static final class Resilience implements ProxyInterceptor {
        private final Upstream upstream;
        private final long timeoutMillis;

        Resilience(Upstream upstream, long timeoutMillis) {
            this.upstream = upstream;
            this.timeoutMillis = timeoutMillis;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            return context.sendRequest().map(response -> {
                if (response.getStatusCode() == 503) {
                    upstream.circuit().failed();
                } else {
                    upstream.circuit().succeeded();
                }
                return response;
            }).recover(failure -> {
                if (!(failure instanceof UpstreamFailure.CircuitOpen)) {
                    upstream.circuit().failed();
                }
                return Future.succeededFuture(UpstreamFailure.respond(context, upstream, failure, timeoutMillis));
            });
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
