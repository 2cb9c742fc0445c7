package org.innovationbridge.research.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Map;

/** Query and path parameters with a NUL are refused before any resource sees them (see {@link NulFreeJson}). */
@Provider
public class NulFreeParameters implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        String bad = firstWithNul(request.getUriInfo().getQueryParameters());
        if (bad == null) {
            bad = firstWithNul(request.getUriInfo().getPathParameters());
        }
        if (bad != null) {
            ProblemDetails body = ProblemDetails.of("validation", "Invalid request", 400, bad + ": " + NulFreeJson.REASON,
                    List.of(new ProblemDetails.FieldError(bad, NulFreeJson.REASON)));
            request.abortWith(Response.status(400).type(ProblemDetails.MEDIA_TYPE).entity(body).build());
        }
    }

    private static String firstWithNul(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\u0000') >= 0) {
                    return parameter.getKey();
                }
            }
        }
        return null;
    }
}
