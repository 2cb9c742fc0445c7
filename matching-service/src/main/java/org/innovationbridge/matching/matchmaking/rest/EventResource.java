package org.innovationbridge.matching.matchmaking.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.innovationbridge.kit.http.Versions;
import org.innovationbridge.kit.identity.Caller;
import org.innovationbridge.kit.identity.Callers;
import org.innovationbridge.kit.problem.DomainException;
import org.innovationbridge.matching.matchmaking.domain.EventStatus;
import org.innovationbridge.matching.matchmaking.domain.MatchmakingEvent;
import org.innovationbridge.matching.matchmaking.service.EventInput;
import org.innovationbridge.matching.matchmaking.service.EventService;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Path("/events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Matchmaking events", description = "对接会: events, their lifecycle")
public class EventResource {
    private final EventService events;
    private final Callers callers;

    public EventResource(EventService events, Callers callers) {
        this.events = events;
        this.callers = callers;
    }

    public record StatusChange(@NotNull EventStatus status) {
    }

    public record EventPage(List<EventView> items, long total, int page, int size) {
    }

    @POST
    @Operation(summary = "Create an event (organiser or admin); it starts as DRAFT")
    public Response create(@Valid @NotNull EventInput input) {
        MatchmakingEvent event = events.create(callers.signedIn(), input);
        return Versions.withEtag(Response.created(URI.create("/events/" + event.id)), event.version)
                .entity(EventView.of(event, true)).build();
    }

    @GET
    @Operation(summary = "List events, latest date first: drafts only to their organiser and admins; online room "
            + "links only to the organiser, admins and the event's participants")
    public EventPage list(@QueryParam("status") String status,
                          @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                          @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        Caller caller = callers.current();
        EventService.EventPage found = events.list(caller, statusOf(status), page, size);
        return new EventPage(found.items().stream().map(e -> EventView.of(e, events.seesRooms(caller, e))).toList(),
                found.total(), page, size);
    }

    /** Parsed here, not by JAX-RS, which answers an unconvertible query parameter with a bare 404. */
    private static EventStatus statusOf(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return EventStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException.InvalidField("status",
                    "'" + status + "' is not one of " + Arrays.toString(EventStatus.values()));
        }
    }

    @GET
    @Path("/{eventId}")
    @Operation(summary = "Read one event (a draft only its organiser and admins; room links as in the list)")
    public Response get(@PathParam("eventId") UUID id) {
        Caller caller = callers.current();
        MatchmakingEvent event = events.readable(caller, id);
        return Versions.withEtag(Response.ok(EventView.of(event, events.seesRooms(caller, event))), event.version).build();
    }

    @PUT
    @Path("/{eventId}")
    @Operation(summary = "Change an event while in DRAFT or REGISTRATION; If-Match with the ETag guards against lost updates")
    public Response update(@PathParam("eventId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull EventInput input) {
        MatchmakingEvent event = events.update(callers.signedIn(), id, Versions.fromOptionalIfMatch(ifMatch), input);
        return Versions.withEtag(Response.ok(EventView.of(event, true)), event.version).build();
    }

    @PUT
    @Path("/{eventId}/status")
    @Operation(summary = "Move the event one step: DRAFT → REGISTRATION → PAIRING → PUBLISHED → COMPLETED; "
            + "publishing sends the pairing list to ib.pairing.events")
    public Response status(@PathParam("eventId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull StatusChange change) {
        MatchmakingEvent event = events.changeStatus(callers.signedIn(), id, Versions.fromOptionalIfMatch(ifMatch),
                change.status());
        return Versions.withEtag(Response.ok(EventView.of(event, true)), event.version).build();
    }
}
