package org.innovationbridge.matching.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innovationbridge.matching.search.DocumentKind;
import org.innovationbridge.matching.service.SearchService;

@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Chinese hybrid search over listed problems and results")
public class SearchResource {
    private final SearchService search;

    public SearchResource(SearchService search) {
        this.search = search;
    }

    @GET
    @Path("/problems")
    @Operation(summary = "Search published technical problems")
    public SearchService.Page problems(
            @Parameter(example = "储氢") @QueryParam("q") @NotBlank @Size(max = 500) String q,
            @Valid @BeanParam SearchParameters params) {
        return search.search(DocumentKind.PROBLEM, q, params.filters(), params.page, params.size);
    }

    @GET
    @Path("/results")
    @Operation(summary = "Search published research results")
    public SearchService.Page results(
            @Parameter(example = "压力机") @QueryParam("q") @NotBlank @Size(max = 500) String q,
            @Valid @BeanParam SearchParameters params) {
        return search.search(DocumentKind.RESULT, q, params.filters(), params.page, params.size);
    }
}
