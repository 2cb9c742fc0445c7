package org.innovationbridge.matching.matchmaking.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innovationbridge.kit.identity.Callers;
import org.innovationbridge.matching.matchmaking.domain.Participant;
import org.innovationbridge.matching.matchmaking.export.AgendaPage;
import org.innovationbridge.matching.matchmaking.service.AgendaService;
import org.innovationbridge.matching.matchmaking.service.ParticipantInput;
import org.innovationbridge.matching.matchmaking.service.ParticipantService;
import org.innovationbridge.matching.matchmaking.service.PlanningService;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/events/{eventId}/participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Matchmaking events")
public class ParticipantResource {
    private final ParticipantService participants;
    private final AgendaService agendas;
    private final AgendaPage page;
    private final Callers callers;

    public ParticipantResource(ParticipantService participants, AgendaService agendas, AgendaPage page, Callers callers) {
        this.participants = participants;
        this.agendas = agendas;
        this.page = page;
        this.callers = callers;
    }

    @POST
    @Operation(summary = "Register an enterprise with its problems or an institution with its results; "
            + "once scheduled, its meetings are added with the fewest moves")
    public Response add(@PathParam("eventId") UUID eventId, @Valid @NotNull ParticipantInput input) {
        Participant participant = participants.add(callers.signedIn(), eventId, input);
        return Response.created(URI.create("/events/" + eventId + "/participants/" + participant.id))
                .entity(ParticipantView.of(participant)).build();
    }

    @GET
    @Operation(summary = "The event's participants (organiser or admin)")
    public List<ParticipantView> list(@PathParam("eventId") UUID eventId) {
        return participants.list(callers.signedIn(), eventId).stream().map(ParticipantView::of).toList();
    }

    @DELETE
    @Path("/{participantId}")
    @Operation(summary = "Cancel a participation; a scheduled event is re-planned moving as few meetings as possible")
    public PlanningService.Replan cancel(@PathParam("eventId") UUID eventId,
                                         @PathParam("participantId") UUID participantId) {
        return participants.cancel(callers.signedIn(), eventId, participantId);
    }

    @GET
    @Path("/{participantId}/agenda")
    @Operation(summary = "A participant's agenda: its scheduled meetings in slot order (its own user, the organiser, admins)")
    public AgendaService.Agenda agenda(@PathParam("eventId") UUID eventId,
                                       @PathParam("participantId") UUID participantId) {
        return agendas.of(callers.signedIn(), eventId, participantId);
    }

    @GET
    @Path("/{participantId}/agenda.html")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "The agenda as a page in Chinese that prints on A4")
    public String agendaPage(@PathParam("eventId") UUID eventId, @PathParam("participantId") UUID participantId) {
        return page.render(agendas.of(callers.signedIn(), eventId, participantId));
    }
}
