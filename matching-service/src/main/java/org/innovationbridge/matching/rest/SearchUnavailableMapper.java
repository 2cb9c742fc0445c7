package org.innovationbridge.matching.rest;

import jakarta.ws.rs.core.Response;
import org.innovationbridge.kit.problem.ProblemDetails;
import org.innovationbridge.kit.problem.ProblemType;
import org.innovationbridge.matching.search.SearchUnavailableException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The search cluster not answering is the one failure of this service's own; the kit's mapper has the rest. */
public class SearchUnavailableMapper {
    private static final Logger LOG = Logger.getLogger(SearchUnavailableMapper.class);

    @ServerExceptionMapper
    public Response searchUnavailable(SearchUnavailableException e) {
        LOG.warn("search unavailable", e);
        return ProblemDetails.of(ProblemType.UNAVAILABLE, "the search cluster did not answer; try again shortly")
                .response().header("Retry-After", "5").build();
    }
}
