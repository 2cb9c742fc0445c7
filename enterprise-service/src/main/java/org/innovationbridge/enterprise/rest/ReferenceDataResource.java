package org.innovationbridge.enterprise.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innovationbridge.enterprise.service.ReferenceData;
import org.innovationbridge.kit.identity.Caller;

import java.util.List;

@Path("/reference/{kind: industry-chain|technical-field|district}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "产业链、技术领域、区县")
public class ReferenceDataResource {
    private final ReferenceData reference;

    public ReferenceDataResource(ReferenceData reference) {
        this.reference = reference;
    }

    public record EntryInput(@NotBlank @Size(max = 128) String name) {
    }

    @GET
    @Operation(summary = "List the entries of one kind of reference data")
    public List<ReferenceData.Entry> list(@PathParam("kind") String kind) {
        return reference.list(kind);
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Caller.ADMIN)
    @Operation(summary = "Add or rename an entry (admins)")
    public ReferenceData.Entry put(@PathParam("kind") String kind,
                                   @PathParam("code") @Pattern(regexp = "[a-z0-9-]{1,64}",
                                           message = "must be 1-64 lower-case letters, digits or '-'") String code,
                                   @Valid @NotNull EntryInput input) {
        return reference.upsert(kind, new ReferenceData.Entry(code, input.name().strip()));
    }
}
