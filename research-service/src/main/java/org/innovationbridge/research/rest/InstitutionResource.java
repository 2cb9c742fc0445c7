package org.innovationbridge.research.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innovationbridge.kit.http.Versions;
import org.innovationbridge.kit.identity.Caller;
import org.innovationbridge.kit.identity.Callers;
import org.innovationbridge.kit.problem.DomainException;
import org.innovationbridge.research.domain.Institution;
import org.innovationbridge.research.service.InstitutionInput;
import org.innovationbridge.research.service.InstitutionService;

import java.net.URI;
import java.util.UUID;

@Path("/institutions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Institutions", description = "高校、科研院所、新型研发机构")
public class InstitutionResource {
    private final InstitutionService institutions;
    private final Callers callers;

    public InstitutionResource(InstitutionService institutions, Callers callers) {
        this.institutions = institutions;
        this.callers = callers;
    }

    public record Owned(UUID id) {
    }

    @POST
    @RolesAllowed({Caller.INSTITUTION, Caller.ADMIN})
    @Operation(summary = "Register the caller's institution (one per institution account; admins: any number)")
    public Response register(@Valid @NotNull InstitutionInput input) {
        Institution institution = institutions.register(input, callers.current());
        return Versions.withEtag(Response.created(URI.create("/institutions/" + institution.id)), institution.version)
                .entity(InstitutionView.of(institution, true)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one institution (contact details only for its own account, organisers, admins and organisations it was matched with)")
    public Response get(@PathParam("id") UUID id) {
        Caller caller = callers.current();
        return institutions.find(id)
                .map(i -> Versions.withEtag(Response.ok(InstitutionView.of(i, institutions.mayContact(i, caller))),
                        i.version).build())
                .orElseThrow(() -> new DomainException.NotFound("institution", id));
    }

    @GET
    @Path("/owned-by/{sub}")
    @Authenticated
    @Operation(summary = "The institution an account created (that account and admins only); the gateway asks at sign-in")
    public Owned ownedBy(@PathParam("sub") String sub) {
        return institutions.ownedBy(sub, callers.current()).map(i -> new Owned(i.id))
                .orElseThrow(() -> new DomainException.NotFound("institution owned by", sub));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Caller.INSTITUTION, Caller.ADMIN})
    @Operation(summary = "Update an institution; send the ETag you read in If-Match")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull InstitutionInput input) {
        Institution institution = institutions.update(id, Versions.fromIfMatch(ifMatch), input, callers.current());
        return Versions.withEtag(Response.ok(InstitutionView.of(institution, true)), institution.version).build();
    }
}
