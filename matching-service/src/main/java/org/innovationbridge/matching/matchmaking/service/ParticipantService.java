package org.innovationbridge.matching.matchmaking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.innovationbridge.kit.identity.Caller;
import org.innovationbridge.kit.problem.DomainException;
import org.innovationbridge.matching.matchmaking.domain.EventStatus;
import org.innovationbridge.matching.matchmaking.domain.MatchmakingEvent;
import org.innovationbridge.matching.matchmaking.domain.OrganisationType;
import org.innovationbridge.matching.matchmaking.domain.Participant;
import org.innovationbridge.matching.matchmaking.repository.ParticipantRepository;
import org.innovationbridge.matching.search.DocumentKind;
import org.innovationbridge.matching.search.MatchDocument;
import org.innovationbridge.matching.search.SearchIndex;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/** Registration and cancellation; names and titles come from the owners, problems and results indexes. */
@ApplicationScoped
public class ParticipantService {
    private final EventService events;
    private final ParticipantRepository participants;
    private final SearchIndex index;
    private final PlanningService planning;

    public ParticipantService(EventService events, ParticipantRepository participants, SearchIndex index,
                              PlanningService planning) {
        this.events = events;
        this.participants = participants;
        this.index = index;
        this.planning = planning;
    }

    /** Registers a participant; once the event is paired, its meetings are added and the schedule re-planned around the rest. */
    @Transactional
    public Participant add(Caller caller, UUID eventId, ParticipantInput input) {
        MatchmakingEvent event = events.writable(caller, eventId);
        EventService.requireStatus(event, "status", EventStatus.DRAFT, EventStatus.REGISTRATION, EventStatus.PAIRING,
                EventStatus.PUBLISHED);
        if (participants.activeByOrganisation(eventId, input.organisationId()).isPresent()) {
            throw new DomainException.Conflict("organisationId", "this organisation is already registered");
        }
        MatchDocument owner = index.get(DocumentKind.OWNER, input.organisationId().toString())
                .filter(doc -> !doc.deleted())
                .orElseThrow(() -> new DomainException.InvalidField("organisationId",
                        "no enterprise or institution " + input.organisationId() + " is known"));
        Participant participant = new Participant();
        participant.id = UUID.randomUUID();
        participant.eventId = eventId;
        participant.organisationType = input.organisationType();
        participant.organisationId = input.organisationId();
        participant.name = owner.title();
        items(input, participant);
        participant.minMeetings = input.minMeetings() == null ? event.defaultMinMeetings : input.minMeetings();
        participant.maxMeetings = input.maxMeetings() == null
                ? Math.max(event.defaultMaxMeetings, participant.minMeetings) : input.maxMeetings();
        if (participant.minMeetings > participant.maxMeetings) {
            throw new DomainException.InvalidField("minMeetings",
                    "must not exceed maxMeetings (" + participant.maxMeetings + ")");
        }
        if (participant.maxMeetings > event.slotCount) {
            throw new DomainException.InvalidField("maxMeetings",
                    "must not exceed the event's slots (" + event.slotCount + ")");
        }
        List<Integer> unavailable = input.unavailableSlots() == null ? List.of() : input.unavailableSlots();
        for (int i = 0; i < unavailable.size(); i++) {
            if (unavailable.get(i) < 1 || unavailable.get(i) > event.slotCount) {
                throw new DomainException.InvalidField("unavailableSlots[" + i + "]",
                        "must be a slot between 1 and " + event.slotCount);
            }
        }
        participant.unavailableSlots = new ArrayList<>(new TreeSet<>(unavailable));
        participant.autoAccept = Boolean.TRUE.equals(input.autoAccept());
        participant.createdAt = OffsetDateTime.now();
        participants.persist(participant);
        participants.flush(); // a concurrent twin registration fails here, on the unique index
        if (event.pairedAt != null) {
            planning.registered(event);
        }
        return participant;
    }

    public List<Participant> list(Caller caller, UUID eventId) {
        events.writable(caller, eventId);
        return participants.active(eventId);
    }

    /** Cancels a participation: its meetings are dropped, the freed places refilled and the schedule re-planned around the gap. */
    @Transactional
    public PlanningService.Replan cancel(Caller caller, UUID eventId, UUID participantId) {
        MatchmakingEvent event = events.writable(caller, eventId);
        EventService.requireStatus(event, "status", EventStatus.DRAFT, EventStatus.REGISTRATION, EventStatus.PAIRING,
                EventStatus.PUBLISHED);
        Participant participant = participants.ofEvent(eventId, participantId).filter(Participant::active)
                .orElseThrow(() -> new DomainException.NotFound("participant", participantId));
        participant.cancelledAt = OffsetDateTime.now();
        participants.flush();
        return planning.cancelled(event, participant);
    }

    /** The participant, active, of this event; a reference from a request body is a 400 naming {@code field}. */
    public Participant referenced(UUID eventId, UUID participantId, String field) {
        return participants.ofEvent(eventId, participantId).filter(Participant::active)
                .orElseThrow(() -> new DomainException.InvalidField(field,
                        "no participant " + participantId + " takes part in this event"));
    }

    private void items(ParticipantInput input, Participant participant) {
        DocumentKind kind = input.organisationType() == OrganisationType.ENTERPRISE ? DocumentKind.PROBLEM : DocumentKind.RESULT;
        String noun = kind == DocumentKind.PROBLEM ? "problem" : "result";
        List<String> ids = input.itemIds().stream().map(UUID::toString).toList();
        Map<String, MatchDocument> found = index.getAll(kind, ids);
        List<String> itemIds = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String field = "itemIds[" + i + "]";
            MatchDocument doc = found.get(ids.get(i));
            if (doc == null || doc.deleted()) {
                throw new DomainException.InvalidField(field, "no " + noun + " " + ids.get(i) + " is known");
            }
            if (!input.organisationId().toString().equals(doc.ownerId())) {
                throw new DomainException.InvalidField(field, noun + " " + ids.get(i) + " belongs to another organisation");
            }
            if (!doc.listed()) {
                throw new DomainException.InvalidField(field, noun + " " + ids.get(i) + " is not published");
            }
            if (itemIds.contains(ids.get(i))) {
                throw new DomainException.InvalidField(field, noun + " " + ids.get(i) + " is listed twice");
            }
            itemIds.add(ids.get(i));
            titles.add(doc.title());
        }
        participant.itemIds = itemIds;
        participant.itemTitles = titles;
    }
}
