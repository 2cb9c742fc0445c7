package org.innovationbridge.research.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovationbridge.kit.problem.PayloadLimit;
import org.innovationbridge.kit.problem.ProblemDetails;
import org.innovationbridge.kit.problem.ProblemType;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * A body over {@code quarkus.http.limits.max-body-size} gets a 413 problem+json instead of Quarkus' empty 413.
 * A body that announces its length is checked just before Quarkus' own check (which would answer first and close
 * the connection); it is read and dropped, up to a bound, before the answer, because a client that writes its whole
 * body before reading (most HTTP libraries) would otherwise see a reset connection instead of the 413.
 */
@ApplicationScoped
public class BodyLimit implements PayloadLimit {
    /** Beyond this much refused body the connection is closed rather than drained. */
    private static final long MAX_DRAIN = 64L * 1024 * 1024;
    /** Where Quarkus keeps the limit it applies to a body of unknown length (see HttpServerCommonHandlers). */
    private static final String QUARKUS_STREAM_LIMIT = "io.quarkus.max-request-size";
    /** Room for the multipart boundaries and part headers, which the form parser does not count. */
    private static final long MULTIPART_HEADROOM = 64 * 1024;

    private final long limit;
    private final String problem;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, ObjectMapper json) {
        this.limit = limit.asLongValue();
        try {
            this.problem = json.writeValueAsString(tooLarge(this.limit));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problem of a body over the limit, wherever it was refused. */
    @Override
    public ProblemDetails tooLarge() {
        return tooLarge(limit);
    }

    private static ProblemDetails tooLarge(long limit) {
        String size = limit % (1024 * 1024) == 0 ? limit / (1024 * 1024) + " MB" : limit + " bytes";
        return ProblemDetails.of(ProblemType.PAYLOAD_TOO_LARGE,
                "the request body is larger than " + size + ", the most this service accepts",
                List.of(new ProblemDetails.FieldError("file", "larger than " + size
                        + "; split the compilation into several files")));
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::checkAnnounced);
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(this::deferChunkedMultipart);
    }

    private void checkAnnounced(RoutingContext context) {
        HttpServerRequest request = context.request();
        long length = contentLength(request);
        if (length <= limit) {
            context.next();
            return;
        }
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT)) || length > MAX_DRAIN) {
            // the client waits for this answer before sending (or would send too much to wait for): answer, close
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            context.response().endHandler(done -> request.connection().close());
            respond(context);
            return;
        }
        request.handler(chunk -> {
        });
        request.endHandler(done -> respond(context));
        request.resume();
    }

    /**
     * A chunked body has no length to check up front: Quarkus counts it as it is read and at the limit answers an
     * empty 413 itself. For a multipart upload the form parser counts the same limit and throws instead, which
     * the kit's error mapper turns into {@link #tooLarge()}; so the stream's own count is moved just past the parser's.
     */
    private void deferChunkedMultipart(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentLength(context.request()) < 0 && type != null && type.startsWith("multipart/")
                && context.get(QUARKUS_STREAM_LIMIT) != null) {
            context.put(QUARKUS_STREAM_LIMIT, limit + MULTIPART_HEADROOM);
        }
        context.next();
    }

    private void respond(RoutingContext context) {
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemDetails.MEDIA_TYPE)
                .end(problem);
    }

    /** The announced length, or -1 for a chunked body. */
    private static long contentLength(HttpServerRequest request) {
        String header = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
