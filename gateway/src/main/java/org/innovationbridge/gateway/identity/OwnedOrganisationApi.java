package org.innovationbridge.gateway.identity;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** The owning services' answer to "which organisation did this user create", as a REST Client. */
@Produces(MediaType.APPLICATION_JSON)
public interface OwnedOrganisationApi {
    @GET
    @Path("/enterprises/owned-by/{sub}")
    Owned enterpriseOwnedBy(@PathParam("sub") UUID sub, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @GET
    @Path("/institutions/owned-by/{sub}")
    Owned institutionOwnedBy(@PathParam("sub") UUID sub, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    /** The only field the gateway reads of the organisation. */
    record Owned(UUID id) {
    }
}
