package org.innovationbridge.matching.matchmaking.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innovationbridge.kit.identity.Callers;
import org.innovationbridge.matching.matchmaking.domain.MatchmakingEvent;
import org.innovationbridge.matching.matchmaking.export.ScheduleExport;
import org.innovationbridge.matching.matchmaking.service.EventService;
import org.innovationbridge.matching.matchmaking.service.OutcomeService;
import org.innovationbridge.matching.matchmaking.service.PairingListing;
import org.innovationbridge.matching.matchmaking.service.PlanningService;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The pairing list, the schedule and its exports, locks, outcomes and the report (organiser or admin). Only the
 * writes with a body consume JSON: generating a pairing or a schedule is a bare POST.
 */
@Path("/events/{eventId}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Matchmaking events")
public class PlanResource {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PlanningService planning;
    private final OutcomeService outcomes;
    private final EventService events;
    private final ScheduleExport export;
    private final Callers callers;

    public PlanResource(PlanningService planning, OutcomeService outcomes, EventService events, ScheduleExport export,
                        Callers callers) {
        this.planning = planning;
        this.outcomes = outcomes;
        this.events = events;
        this.export = export;
        this.callers = callers;
    }

    public record Lock(@NotNull Boolean locked) {
    }

    @POST
    @Path("/pairing")
    @Operation(summary = "Choose the meetings: the optimum of total score under every limit, must-meets and accepted "
            + "requests first, blocks never; the greedy total beside it")
    public PairingListing.PairingView pair(@PathParam("eventId") UUID eventId) {
        return planning.pair(callers.signedIn(), eventId);
    }

    @GET
    @Path("/pairing")
    @Operation(summary = "The current pairing list with scores and reasons")
    public PairingListing.PairingView pairing(@PathParam("eventId") UUID eventId) {
        return planning.pairing(callers.signedIn(), eventId);
    }

    @POST
    @Path("/schedule")
    @Operation(summary = "Place the meetings into slots and tables; reports the slots used and the lower bound "
            + "max(Δ, ⌈E/T⌉), and every meeting it could not place with the reason")
    public PairingListing.ScheduleView schedule(@PathParam("eventId") UUID eventId) {
        return planning.schedule(callers.signedIn(), eventId);
    }

    @GET
    @Path("/schedule")
    @Operation(summary = "The current schedule")
    public PairingListing.ScheduleView scheduleOf(@PathParam("eventId") UUID eventId) {
        return planning.scheduleOf(callers.signedIn(), eventId);
    }

    @GET
    @Path("/schedule/export")
    @Produces({XLSX, "text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "The whole schedule as XLSX or CSV (UTF-8 with BOM)")
    public Response exportSchedule(@PathParam("eventId") UUID eventId,
                                   @QueryParam("format") @DefaultValue("xlsx")
                                   @Pattern(regexp = "xlsx|csv", message = "must be xlsx or csv") String format) {
        PairingListing.ScheduleView schedule = planning.scheduleOf(callers.signedIn(), eventId);
        MatchmakingEvent event = events.get(eventId);
        List<List<String>> rows = export.rows(schedule,
                slot -> event.startOf(slot).plusMinutes(event.slotMinutes).toString());
        String file = "schedule-" + eventId + "." + format;
        byte[] body = "csv".equals(format) ? export.csv(rows) : export.xlsx(event.name, rows);
        String type = "csv".equals(format) ? "text/csv; charset=" + StandardCharsets.UTF_8.name() : XLSX;
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    @PUT
    @Path("/meetings/{meetingId}/lock")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lock a scheduled meeting to its slot and table (re-plans never move it), or unlock it")
    public PairingListing.MeetingView lock(@PathParam("eventId") UUID eventId, @PathParam("meetingId") UUID meetingId,
                                           @Valid @NotNull Lock lock) {
        return planning.lock(callers.signedIn(), eventId, meetingId, lock.locked());
    }

    @PUT
    @Path("/meetings/{meetingId}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record what came of a meeting (after publishing)")
    public PairingListing.MeetingView outcome(@PathParam("eventId") UUID eventId,
                                              @PathParam("meetingId") UUID meetingId,
                                              @Valid @NotNull OutcomeService.OutcomeInput input) {
        return outcomes.record(callers.signedIn(), eventId, meetingId, input);
    }

    @GET
    @Path("/report")
    @Operation(summary = "Meetings held, outcomes overall and per industry chain, conversion rate")
    public OutcomeService.Report report(@PathParam("eventId") UUID eventId) {
        return outcomes.report(callers.signedIn(), eventId);
    }
}
