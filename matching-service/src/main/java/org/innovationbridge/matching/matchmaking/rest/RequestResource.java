package org.innovationbridge.matching.matchmaking.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innovationbridge.kit.identity.Callers;
import org.innovationbridge.matching.matchmaking.domain.MeetingRequest;
import org.innovationbridge.matching.matchmaking.domain.PairRule;
import org.innovationbridge.matching.matchmaking.domain.RequestStatus;
import org.innovationbridge.matching.matchmaking.domain.RuleKind;
import org.innovationbridge.matching.matchmaking.service.RequestService;
import org.innovationbridge.matching.matchmaking.service.RuleService;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** What participants ask for (requests) and what the organiser rules (must-meets, blocks). */
@Path("/events/{eventId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Matchmaking events")
public class RequestResource {
    private final RequestService requests;
    private final RuleService rules;
    private final Callers callers;

    public RequestResource(RequestService requests, RuleService rules, Callers callers) {
        this.requests = requests;
        this.rules = rules;
        this.callers = callers;
    }

    public record Decision(@NotNull RequestStatus decision) {
    }

    @POST
    @Path("/requests")
    @Operation(summary = "Ask to meet another participant (the asking participant's user, or the organiser); "
            + "accepted at once when the other side auto-accepts")
    public Response request(@PathParam("eventId") UUID eventId, @Valid @NotNull RequestService.RequestInput input) {
        MeetingRequest request = requests.create(callers.signedIn(), eventId, input);
        return Response.created(URI.create("/events/" + eventId + "/requests/" + request.id))
                .entity(RequestView.of(request)).build();
    }

    @PUT
    @Path("/requests/{requestId}")
    @Operation(summary = "Accept or decline a request (the asked participant's user, or the organiser)")
    public RequestView decide(@PathParam("eventId") UUID eventId, @PathParam("requestId") UUID requestId,
                              @Valid @NotNull Decision decision) {
        return RequestView.of(requests.decide(callers.signedIn(), eventId, requestId, decision.decision()));
    }

    @GET
    @Path("/requests")
    @Operation(summary = "Requests: all for the organiser, a participant's own for its user")
    public List<RequestView> requests(@PathParam("eventId") UUID eventId) {
        return requests.list(callers.signedIn(), eventId).stream().map(RequestView::of).toList();
    }

    @POST
    @Path("/must-meets")
    @Operation(summary = "Require a pair to meet")
    public Response mustMeet(@PathParam("eventId") UUID eventId, @Valid @NotNull RuleService.MustMeetInput input) {
        return created(eventId, "must-meets", rules.mustMeet(callers.signedIn(), eventId, input));
    }

    @GET
    @Path("/must-meets")
    @Operation(summary = "The event's must-meets")
    public List<RuleView> mustMeets(@PathParam("eventId") UUID eventId) {
        return rules.list(callers.signedIn(), eventId, RuleKind.MUST_MEET).stream().map(RuleView::of).toList();
    }

    @POST
    @Path("/blocks")
    @Operation(summary = "Never pair two participants, and say why")
    public Response block(@PathParam("eventId") UUID eventId, @Valid @NotNull RuleService.BlockInput input) {
        return created(eventId, "blocks", rules.block(callers.signedIn(), eventId, input));
    }

    @GET
    @Path("/blocks")
    @Operation(summary = "The event's blocks")
    public List<RuleView> blocks(@PathParam("eventId") UUID eventId) {
        return rules.list(callers.signedIn(), eventId, RuleKind.BLOCK).stream().map(RuleView::of).toList();
    }

    private static Response created(UUID eventId, String kind, PairRule rule) {
        return Response.created(URI.create("/events/" + eventId + "/" + kind + "/" + rule.id))
                .entity(RuleView.of(rule)).build();
    }
}
