package org.innovationbridge.enterprise.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import org.innovationbridge.enterprise.domain.Enterprise;
import org.innovationbridge.enterprise.service.EnterpriseInput;
import org.innovationbridge.enterprise.service.EnterpriseService;
import org.innovationbridge.kit.http.Versions;
import org.innovationbridge.kit.identity.Caller;
import org.innovationbridge.kit.identity.Callers;
import org.innovationbridge.kit.problem.DomainException;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/enterprises")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enterprises", description = "企业")
public class EnterpriseResource {
    private final EnterpriseService enterprises;
    private final Callers callers;

    public EnterpriseResource(EnterpriseService enterprises, Callers callers) {
        this.enterprises = enterprises;
        this.callers = callers;
    }

    public record Owned(UUID id) {
    }

    @POST
    @RolesAllowed({Caller.ENTERPRISE, Caller.ADMIN})
    @Operation(summary = "Register the caller's enterprise (one per enterprise account; admins: any number)")
    public Response register(@Valid @NotNull EnterpriseInput input) {
        Enterprise enterprise = enterprises.register(input, callers.current());
        return Versions.withEtag(Response.created(URI.create("/enterprises/" + enterprise.id)), enterprise.version)
                .entity(EnterpriseView.of(enterprise, true)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one enterprise (contact details only for its own account, organisers, admins and organisations it was matched with)")
    public Response get(@PathParam("id") UUID id) {
        Caller caller = callers.current();
        return enterprises.find(id)
                .map(e -> Versions.withEtag(Response.ok(EnterpriseView.of(e, enterprises.mayContact(e, caller))),
                        e.version).build())
                .orElseThrow(() -> new DomainException.NotFound("enterprise", id));
    }

    @GET
    @Path("/owned-by/{sub}")
    @Authenticated
    @Operation(summary = "The enterprise an account created (that account and admins only); the gateway asks at sign-in")
    public Owned ownedBy(@PathParam("sub") String sub) {
        return enterprises.ownedBy(sub, callers.current()).map(e -> new Owned(e.id))
                .orElseThrow(() -> new DomainException.NotFound("enterprise owned by", sub));
    }

    public record EnterprisePage(List<EnterpriseView> items, long total, int page, int size) {
    }

    @GET
    @Operation(summary = "List enterprises by district, industry chain or name")
    public EnterprisePage list(@QueryParam("district") String district, @QueryParam("chain") String chain,
                               @QueryParam("q") String text,
                               @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                               @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        var found = enterprises.list(district, chain, text, page, size);
        return new EnterprisePage(found.items().stream().map(e -> EnterpriseView.of(e, false)).toList(),
                found.total(), page, size);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Caller.ENTERPRISE, Caller.ADMIN})
    @Operation(summary = "Update an enterprise; send the ETag you read in If-Match")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull EnterpriseInput input) {
        Enterprise enterprise = enterprises.update(id, Versions.fromIfMatch(ifMatch), input, callers.current());
        return Versions.withEtag(Response.ok(EnterpriseView.of(enterprise, true)), enterprise.version).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Caller.ENTERPRISE, Caller.ADMIN})
    @Operation(summary = "Delete an enterprise that has no problems; send the ETag you read in If-Match")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        enterprises.delete(id, Versions.fromIfMatch(ifMatch), callers.current());
        return Response.noContent().build();
    }
}
