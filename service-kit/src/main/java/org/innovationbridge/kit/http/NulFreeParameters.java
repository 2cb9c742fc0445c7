package org.innovationbridge.kit.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import org.innovationbridge.kit.problem.ProblemDetails;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Query and path parameters with a NUL are refused before any resource sees them (see {@link NulFreeJson}). */
@Provider
public class NulFreeParameters implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        firstWithNul(request.getUriInfo().getQueryParameters())
                .or(() -> firstWithNul(request.getUriInfo().getPathParameters()))
                .ifPresent(bad -> request.abortWith(ProblemDetails.invalid(bad, NulFreeJson.REASON).response().build()));
    }

    static Optional<String> firstWithNul(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\u0000') >= 0) {
                    return Optional.of(parameter.getKey());
                }
            }
        }
        return Optional.empty();
    }
}
