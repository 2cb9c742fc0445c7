package org.innovationbridge.matching.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innovationbridge.kit.identity.Caller;
import org.innovationbridge.matching.insight.InsightService;

import java.util.List;

/** The bureau's reports: read across every enterprise's problems, and heavy to compute, so organisers and admins only. */
@Path("/insights")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Insights", description = "共性关键技术 and supply against demand per industry chain")
@RolesAllowed({Caller.ORGANISER, Caller.ADMIN})
public class InsightResource {
    private final InsightService insights;

    public InsightResource(InsightService insights) {
        this.insights = insights;
    }

    @GET
    @Path("/common-needs")
    @Operation(summary = "Groups of similar problems from several enterprises in one chain, with their terms")
    public InsightService.CommonNeedsReport commonNeeds(
            @QueryParam("chain") @NotBlank String chain,
            @QueryParam("threshold") @DefaultValue("0.75") @DecimalMin("0.5") @DecimalMax("1.0") double threshold,
            @QueryParam("minEnterprises") @DefaultValue("2") @Min(1) @Max(100) int minEnterprises) {
        return insights.commonNeeds(chain, threshold, minEnterprises);
    }

    @GET
    @Path("/supply-demand")
    @Operation(summary = "Per chain: published problems and results, and the problems no result matches strongly yet")
    public List<InsightService.ChainBalance> supplyAndDemand() {
        return insights.supplyAndDemand();
    }
}
