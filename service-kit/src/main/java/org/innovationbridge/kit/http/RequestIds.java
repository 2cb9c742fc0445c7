package org.innovationbridge.kit.http;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every request carries an id from the gateway (or gets one here when called directly): it is in every log
 * line written while the request runs ({@code %X{requestId}}), in the one access line per request, and in
 * the response, so a client's complaint can be followed through all services' logs. The gateway tags requests
 * before its routes instead and switches this filter off with {@code ib.request-ids.filter=false}.
 */
@Provider
@PreMatching
@IfBuildProperty(name = "ib.request-ids.filter", stringValue = "true", enableIfMissing = true)
public class RequestIds implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** What a caller may choose as id: short and log-safe (no spaces, quotes or line breaks). */
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Logger ACCESS = Logger.getLogger("access");

    @Override
    public void filter(ContainerRequestContext request) {
        String id = request.getHeaderString(HEADER);
        if (!valid(id)) {
            id = UUID.randomUUID().toString();
        }
        request.setProperty(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(MDC_KEY);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id);
            MDC.put(MDC_KEY, id);
        }
        ACCESS.infof("%s %s %d", request.getMethod(), request.getUriInfo().getRequestUri().getRawPath(),
                response.getStatus());
        MDC.remove(MDC_KEY);
    }

    /** Whether an incoming id is kept as it is (otherwise a new one is made). */
    public static boolean valid(String id) {
        return id != null && VALID.matcher(id).matches();
    }
}
