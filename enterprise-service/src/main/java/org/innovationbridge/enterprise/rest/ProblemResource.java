package org.innovationbridge.enterprise.rest;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innovationbridge.enterprise.domain.Problem;
import org.innovationbridge.enterprise.domain.ProblemStatus;
import org.innovationbridge.enterprise.service.ProblemInput;
import org.innovationbridge.enterprise.service.ProblemService;
import org.innovationbridge.kit.http.QueryValues;
import org.innovationbridge.kit.http.Versions;
import org.innovationbridge.kit.identity.Caller;
import org.innovationbridge.kit.identity.Callers;
import org.innovationbridge.kit.problem.DomainException;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/problems")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Technical problems", description = "技术难题 / 技术需求")
public class ProblemResource {
    private final ProblemService problems;
    private final Callers callers;

    public ProblemResource(ProblemService problems, Callers callers) {
        this.problems = problems;
        this.callers = callers;
    }

    public record StatusChange(@NotNull ProblemStatus status) {
    }

    public record ProblemPage(List<ProblemView> items, long total, int page, int size) {
    }

    @POST
    @RolesAllowed({Caller.ENTERPRISE, Caller.ADMIN})
    @Operation(summary = "Create a technical problem (as a draft) of the caller's own enterprise (admins: any)")
    public Response create(@Valid @NotNull ProblemInput input) {
        Problem problem = problems.create(input, callers.current());
        return Versions.withEtag(Response.created(URI.create("/problems/" + problem.id)), problem.version)
                .entity(ProblemView.full(problem)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one technical problem (a draft or withdrawn one only its enterprise and admins; a confidential one names its enterprise only to it, organisers and admins)")
    public Response get(@PathParam("id") UUID id) {
        Caller caller = callers.current();
        return problems.find(id, caller)
                .map(problem -> Versions.withEtag(Response.ok(ProblemView.forCaller(problem, caller)), problem.version).build())
                .orElseThrow(() -> new DomainException.NotFound("problem", id));
    }

    @GET
    @Operation(summary = "List technical problems with filters, pagination and sorting (drafts and withdrawn ones only to their enterprise and admins)")
    public ProblemPage list(@QueryParam("chain") String chain, @QueryParam("field") String field,
                            @QueryParam("district") String district, @QueryParam("status") String status,
                            @QueryParam("enterpriseId") String enterpriseId, @QueryParam("q") String text,
                            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
                            @QueryParam("sort") @DefaultValue("-updatedAt")
                            @Pattern(regexp = "-?(updatedAt|createdAt|title|deadline)",
                                    message = "must be one of updatedAt, createdAt, title, deadline, optionally prefixed with -")
                            String sort) {
        Sort order = sort.startsWith("-") ? Sort.descending(sort.substring(1)) : Sort.ascending(sort);
        Caller caller = callers.current();
        var found = problems.list(new ProblemService.Filter(chain, field, district,
                        QueryValues.parseEnum(ProblemStatus.class, "status", status),
                        QueryValues.parseUuid("enterpriseId", enterpriseId), text),
                page, size, order.and("id"), caller);
        return new ProblemPage(found.items().stream().map(p -> ProblemView.forCaller(p, caller)).toList(),
                found.total(), page, size);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Caller.ENTERPRISE, Caller.ADMIN})
    @Operation(summary = "Replace a technical problem; send the ETag you read in If-Match")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull ProblemInput input) {
        Problem problem = problems.update(id, Versions.fromIfMatch(ifMatch), input, callers.current());
        return Versions.withEtag(Response.ok(ProblemView.full(problem)), problem.version).build();
    }

    @PUT
    @Path("/{id}/status")
    @RolesAllowed({Caller.ENTERPRISE, Caller.ADMIN})
    @Operation(summary = "Move a problem along its lifecycle: DRAFT → PUBLISHED → IN_TALKS → SOLVED, or WITHDRAWN")
    public Response changeStatus(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @Valid @NotNull StatusChange change) {
        Problem problem = problems.changeStatus(id, Versions.fromIfMatch(ifMatch), change.status(), callers.current());
        return Versions.withEtag(Response.ok(ProblemView.full(problem)), problem.version).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Caller.ENTERPRISE, Caller.ADMIN})
    @Operation(summary = "Delete a technical problem")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        problems.delete(id, Versions.fromIfMatch(ifMatch), callers.current());
        return Response.noContent().build();
    }
}
