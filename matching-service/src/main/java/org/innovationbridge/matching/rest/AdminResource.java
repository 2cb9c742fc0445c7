package org.innovationbridge.matching.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innovationbridge.matching.messaging.IndexRebuilder;
import org.innovationbridge.matching.search.SearchUnavailableException;

import java.io.IOException;

@Path("/admin/indexes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class AdminResource {
    private final IndexRebuilder rebuilder;

    public AdminResource(IndexRebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    @POST
    @Path("/rebuild")
    @RolesAllowed("admin")
    @Operation(summary = "Rebuild both indexes from the Kafka topics and switch the aliases to them (takes a while)")
    public IndexRebuilder.Report rebuild() {
        try {
            return rebuilder.rebuild();
        } catch (IOException e) {
            throw new SearchUnavailableException("rebuild failed", e);
        }
    }
}
