package org.innovationbridge.research.rest;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innovationbridge.kit.http.QueryValues;
import org.innovationbridge.kit.http.Versions;
import org.innovationbridge.kit.identity.Caller;
import org.innovationbridge.kit.identity.Callers;
import org.innovationbridge.kit.problem.DomainException;
import org.innovationbridge.research.domain.ResearchResult;
import org.innovationbridge.research.domain.ResultStatus;
import org.innovationbridge.research.service.ResultInput;
import org.innovationbridge.research.service.ResultService;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/results")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Research results", description = "科技成果")
public class ResultResource {
    private final ResultService results;
    private final Callers callers;

    public ResultResource(ResultService results, Callers callers) {
        this.results = results;
        this.callers = callers;
    }

    public record StatusChange(@NotNull ResultStatus status) {
    }

    public record ResultPage(List<ResultView> items, long total, int page, int size) {
    }

    @POST
    @RolesAllowed({Caller.INSTITUTION, Caller.ADMIN})
    @Operation(summary = "Create a research result (as a draft) of the caller's own institution (admins: any)")
    public Response create(@Valid @NotNull ResultInput input) {
        ResearchResult result = results.create(input, callers.current());
        return Versions.withEtag(Response.created(URI.create("/results/" + result.id)), result.version)
                .entity(ResultView.of(result)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one research result (a draft or withdrawn one only its institution and admins)")
    public Response get(@PathParam("id") UUID id) {
        return results.find(id, callers.current())
                .map(result -> Versions.withEtag(Response.ok(ResultView.of(result)), result.version).build())
                .orElseThrow(() -> new DomainException.NotFound("result", id));
    }

    @GET
    @Operation(summary = "List research results with filters, pagination and sorting (drafts and withdrawn ones only to their institution and admins)")
    public ResultPage list(@QueryParam("chain") @Parameter(description = "industry chain code", example = "hydrogen-energy-storage") String chain,
                           @QueryParam("field") @Parameter(description = "technical field code", example = "new-materials-tech") String field,
                           @QueryParam("institutionId") @Parameter(schema = @Schema(implementation = UUID.class)) String institutionId,
                           @QueryParam("status") @Parameter(schema = @Schema(implementation = ResultStatus.class)) String status,
                           @QueryParam("q") @Parameter(description = "text in the title or summary", example = "镁基固态储氢") String text,
                           @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                           @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
                           @QueryParam("sort") @DefaultValue("-updatedAt")
                           @Pattern(regexp = "-?(updatedAt|createdAt|title)",
                                   message = "must be one of updatedAt, createdAt, title, optionally prefixed with -")
                           String sort) {
        Sort order = sort.startsWith("-") ? Sort.descending(sort.substring(1)) : Sort.ascending(sort);
        var filter = new ResultService.Filter(chain, field, QueryValues.parseUuid("institutionId", institutionId),
                QueryValues.parseEnum(ResultStatus.class, "status", status), text);
        var found = results.list(filter, page, size, order.and("id"), callers.current());
        return new ResultPage(found.items().stream().map(ResultView::of).toList(), found.total(), page, size);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Caller.INSTITUTION, Caller.ADMIN})
    @Operation(summary = "Replace a research result; send the ETag you read in If-Match")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull ResultInput input) {
        ResearchResult result = results.update(id, Versions.fromIfMatch(ifMatch), input, callers.current());
        return Versions.withEtag(Response.ok(ResultView.of(result)), result.version).build();
    }

    @PUT
    @Path("/{id}/status")
    @RolesAllowed({Caller.INSTITUTION, Caller.ADMIN})
    @Operation(summary = "Move a result along its lifecycle: DRAFT → PUBLISHED → WITHDRAWN (final)")
    public Response changeStatus(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @Valid @NotNull StatusChange change) {
        ResearchResult result = results.changeStatus(id, Versions.fromIfMatch(ifMatch), change.status(), callers.current());
        return Versions.withEtag(Response.ok(ResultView.of(result)), result.version).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Caller.INSTITUTION, Caller.ADMIN})
    @Operation(summary = "Delete a research result; send the ETag you read in If-Match")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        results.delete(id, Versions.fromIfMatch(ifMatch), callers.current());
        return Response.noContent().build();
    }
}
