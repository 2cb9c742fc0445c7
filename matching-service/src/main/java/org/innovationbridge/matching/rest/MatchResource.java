package org.innovationbridge.matching.rest;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.innovationbridge.kit.identity.Callers;
import org.innovationbridge.kit.identity.Caller;
import org.innovationbridge.matching.search.DocumentKind;
import org.innovationbridge.matching.service.SearchService;

import java.util.Optional;
import java.util.UUID;

@Path("/matches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matches", description = "Ranked counterparts of a problem or a result, each with its reasons")
public class MatchResource {
    private final SearchService search;
    private final JsonWebToken token;
    private final Callers callers;

    public MatchResource(SearchService search, JsonWebToken token, Callers callers) {
        this.search = search;
        this.token = token;
        this.callers = callers;
    }

    /** Anyone may ask for matches; who asks decides whether an unlisted problem or result answers. */
    private Optional<Caller> caller() {
        return token.getSubject() == null ? Optional.empty() : Optional.of(callers.current());
    }

    @GET
    @Path("/problems/{id}/results")
    @Operation(summary = "Research results that could solve a technical problem, best first, with why")
    public SearchService.Page resultsForProblem(@PathParam("id") UUID id, @Valid @BeanParam SearchParameters params) {
        return search.counterparts(DocumentKind.PROBLEM, id.toString(), caller(), params.filters(), params.page, params.size)
                .orElseThrow(() -> new NotFoundException("no indexed problem " + id));
    }

    @GET
    @Path("/results/{id}/problems")
    @Operation(summary = "Technical problems a research result could solve, best first, with why")
    public SearchService.Page problemsForResult(@PathParam("id") UUID id, @Valid @BeanParam SearchParameters params) {
        return search.counterparts(DocumentKind.RESULT, id.toString(), caller(), params.filters(), params.page, params.size)
                .orElseThrow(() -> new NotFoundException("no indexed result " + id));
    }
}
