package org.innovationbridge.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innovationbridge.gateway.openapi.PlatformApi;

@Path("/api/openapi")
@Tag(name = "API documentation")
public class ApiDocumentResource {
    private final PlatformApi api;

    public ApiDocumentResource(PlatformApi api) {
        this.api = api;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The whole public API in one OpenAPI document: every service's paths under /api, and the gateway's")
    public JsonNode document() {
        return api.document();
    }
}
