package org.innovationbridge.matching.matchmaking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.innovationbridge.kit.identity.Caller;
import org.innovationbridge.kit.problem.DomainException;
import org.innovationbridge.matching.matchmaking.domain.EventStatus;
import org.innovationbridge.matching.matchmaking.domain.MatchmakingEvent;
import org.innovationbridge.matching.matchmaking.domain.MeetingRequest;
import org.innovationbridge.matching.matchmaking.domain.Participant;
import org.innovationbridge.matching.matchmaking.domain.RequestStatus;
import org.innovationbridge.matching.matchmaking.repository.ParticipantRepository;
import org.innovationbridge.matching.matchmaking.repository.RequestRepository;

import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Meeting requests: a participant (or the organiser for it) asks, the other side accepts or declines; a
 * participant that auto-accepts accepts on the spot.
 */
@ApplicationScoped
public class RequestService {
    private final EventService events;
    private final ParticipantService participantService;
    private final ParticipantRepository participants;
    private final RequestRepository requests;

    public RequestService(EventService events, ParticipantService participantService, ParticipantRepository participants,
                          RequestRepository requests) {
        this.events = events;
        this.participantService = participantService;
        this.participants = participants;
        this.requests = requests;
    }

    public record RequestInput(@NotNull UUID fromParticipantId,
                               @NotNull UUID toParticipantId) {
    }

    @Transactional
    public MeetingRequest create(Caller caller, UUID eventId, RequestInput input) {
        MatchmakingEvent event = events.get(eventId);
        Participant from = participantService.referenced(eventId, input.fromParticipantId(), "fromParticipantId");
        if (!EventService.mayWrite(caller, event) && !caller.represents(from.organisationId)) {
            throw new DomainException.Forbidden("a request is made by the organiser or by the asking participant");
        }
        EventService.requireStatus(event, "status", EventStatus.REGISTRATION, EventStatus.PAIRING);
        Participant to = participantService.referenced(eventId, input.toParticipantId(), "toParticipantId");
        if (to.organisationType == from.organisationType) {
            throw new DomainException.InvalidField("toParticipantId",
                    "must be on the other side (an enterprise meets an institution)");
        }
        if (requests.between(eventId, from.id, to.id).isPresent()) {
            throw new DomainException.Conflict("toParticipantId", "this request has already been made");
        }
        MeetingRequest request = new MeetingRequest();
        request.id = UUID.randomUUID();
        request.eventId = eventId;
        request.fromParticipantId = from.id;
        request.toParticipantId = to.id;
        request.createdAt = OffsetDateTime.now();
        request.status = to.autoAccept ? RequestStatus.ACCEPTED : RequestStatus.REQUESTED;
        request.decidedAt = to.autoAccept ? request.createdAt : null;
        requests.persist(request);
        requests.flush(); // a concurrent twin request fails here, on the unique index
        return request;
    }

    /** Accepts or declines, by the organiser or by the asked participant; a decision is final. */
    @Transactional
    public MeetingRequest decide(Caller caller, UUID eventId, UUID requestId, RequestStatus decision) {
        MatchmakingEvent event = events.get(eventId);
        MeetingRequest request = requests.ofEvent(eventId, requestId)
                .orElseThrow(() -> new DomainException.NotFound("request", requestId));
        Participant to = participants.findById(request.toParticipantId);
        if (!EventService.mayWrite(caller, event) && !caller.represents(to.organisationId)) {
            throw new DomainException.Forbidden("a request is answered by the organiser or by the asked participant");
        }
        if (decision == RequestStatus.REQUESTED) {
            throw new DomainException.InvalidField("decision", "must be ACCEPTED or DECLINED");
        }
        EventService.requireStatus(event, "status", EventStatus.REGISTRATION, EventStatus.PAIRING);
        if (request.status != RequestStatus.REQUESTED) {
            throw new DomainException.Conflict("decision", "the request has already been " + request.status);
        }
        request.status = decision;
        request.decidedAt = OffsetDateTime.now();
        return request;
    }

    /** All requests for the organiser; a participant's user sees those it made or received. */
    public List<MeetingRequest> list(Caller caller, UUID eventId) {
        MatchmakingEvent event = events.get(eventId);
        List<MeetingRequest> all = requests.ofEvent(eventId);
        if (EventService.mayWrite(caller, event)) {
            return all;
        }
        Set<UUID> own = participants.active(eventId).stream().filter(p -> caller.represents(p.organisationId))
                .map(p -> p.id).collect(Collectors.toSet());
        if (own.isEmpty()) {
            throw new DomainException.Forbidden("only the organiser and the event's participants see its requests");
        }
        return all.stream().filter(r -> own.contains(r.fromParticipantId) || own.contains(r.toParticipantId)).toList();
    }
}
