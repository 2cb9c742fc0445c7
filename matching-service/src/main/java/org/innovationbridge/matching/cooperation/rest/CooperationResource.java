package org.innovationbridge.matching.cooperation.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import org.innovationbridge.kit.http.Versions;
import org.innovationbridge.kit.identity.Callers;
import org.innovationbridge.kit.problem.DomainException;
import org.innovationbridge.matching.cooperation.domain.CooperationStage;
import org.innovationbridge.matching.cooperation.service.CooperationService;
import org.innovationbridge.matching.cooperation.service.StageInput;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Path("/cooperations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Cooperations", description = "合作项目: cooperations followed from first contact to industrialisation")
public class CooperationResource {
    private final CooperationService cooperations;
    private final Callers callers;

    public CooperationResource(CooperationService cooperations, Callers callers) {
        this.cooperations = cooperations;
        this.callers = callers;
    }

    public record CooperationList(List<CooperationView> items, int total) {
    }

    public record KeyProject(@NotNull Boolean key) {
    }

    public record FollowUpInput(@NotBlank @Size(max = 2000) String note) {
    }

    @GET
    @Operation(summary = "The caller's organisation's cooperations (the bureau: all), most recently updated first; "
            + "staleDays=N (or stale=true, ib.cooperations.stale-after) keeps those without an update for that long")
    public CooperationList list(@QueryParam("keyProject") Boolean keyProject, @QueryParam("stage") String stage,
                                @QueryParam("staleDays") @Min(1) @Max(3650) Integer staleDays,
                                @QueryParam("stale") boolean stale) {
        List<CooperationView> items = cooperations.list(callers.current(), keyProject, stageOf(stage), staleDays, stale)
                .stream().map(CooperationView::summary).toList();
        return new CooperationList(items, items.size());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One cooperation with its history (its two parties and the bureau; anyone else: 404)")
    public Response get(@PathParam("id") UUID id) {
        CooperationService.Detail detail = cooperations.read(callers.current(), id);
        return Versions.withEtag(Response.ok(CooperationView.of(detail)), detail.cooperation().version).build();
    }

    @POST
    @Path("/{id}/stages")
    @Operation(summary = "Move the cooperation forward (either party; If-Match required). CONTRACT_SIGNED needs "
            + "contractAmount (万元) and cooperationMode, TERMINATED a reason; TERMINATED and INDUSTRIALISED are final")
    public Response move(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @Valid @NotNull StageInput input) {
        CooperationService.Detail detail = cooperations.move(callers.signedIn(), id, Versions.fromIfMatch(ifMatch), input);
        return Versions.withEtag(Response.ok(CooperationView.of(detail)), detail.cooperation().version).build();
    }

    @PUT
    @Path("/{id}/key-project")
    @Operation(summary = "Mark or unmark a key project (重点跟踪项目; organisers and admins)")
    public Response keyProject(@PathParam("id") UUID id, @Valid @NotNull KeyProject input) {
        CooperationService.Detail detail = cooperations.markKeyProject(callers.signedIn(), id, input.key());
        return Versions.withEtag(Response.ok(CooperationView.of(detail)), detail.cooperation().version).build();
    }

    @POST
    @Path("/{id}/follow-ups")
    @Operation(summary = "Add a follow-up note (organisers and admins; only they read them)")
    public Response followUp(@PathParam("id") UUID id, @Valid @NotNull FollowUpInput input) {
        CooperationService.Detail detail = cooperations.followUp(callers.signedIn(), id, input.note());
        return Response.status(Response.Status.CREATED).entity(CooperationView.of(detail)).build();
    }

    /** Parsed here, not by JAX-RS, which answers an unconvertible query parameter with a bare 404. */
    private static CooperationStage stageOf(String stage) {
        if (stage == null || stage.isBlank()) {
            return null;
        }
        try {
            return CooperationStage.valueOf(stage.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException.InvalidField("stage",
                    "'" + stage + "' is not one of " + Arrays.toString(CooperationStage.values()));
        }
    }
}
