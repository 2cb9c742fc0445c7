package org.innovationbridge.matching.matchmaking.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.kit.identity.Caller;
import org.innovationbridge.kit.problem.DomainException;
import org.innovationbridge.matching.matchmaking.domain.EventKind;
import org.innovationbridge.matching.matchmaking.domain.MatchmakingEvent;
import org.innovationbridge.matching.matchmaking.domain.OrganisationType;
import org.innovationbridge.matching.matchmaking.domain.Participant;
import org.innovationbridge.matching.matchmaking.repository.ParticipantRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A participant's own agenda: its scheduled meetings in slot order, for its user, its organiser and admins. */
@ApplicationScoped
public class AgendaService {
    private final EventService events;
    private final ParticipantRepository participants;
    private final PairingListing listing;

    public AgendaService(EventService events, ParticipantRepository participants, PairingListing listing) {
        this.events = events;
        this.participants = participants;
        this.listing = listing;
    }

    public record Entry(UUID meetingId, int slot, String start, String end, int table, String roomUrl,
                        UUID counterpartParticipantId, String counterpart, String topic, boolean locked) {
    }

    public record Agenda(UUID eventId, String eventName, EventKind kind, String venue, LocalDate date,
                         UUID participantId, String participantName, OrganisationType organisationType,
                         List<Entry> meetings) {
    }

    public Agenda of(Caller caller, UUID eventId, UUID participantId) {
        MatchmakingEvent event = events.get(eventId);
        Participant participant = participants.ofEvent(eventId, participantId).filter(Participant::active)
                .orElseThrow(() -> new DomainException.NotFound("participant", participantId));
        if (!EventService.mayWrite(caller, event) && !caller.represents(participant.organisationId)) {
            throw new DomainException.Forbidden("an agenda is shown to its participant and the event's organiser");
        }
        boolean enterprise = participant.organisationType == OrganisationType.ENTERPRISE;
        List<Entry> entries = listing.agenda(event, participant).stream().map(m -> new Entry(m.id(), m.slot(),
                m.slotStart(), event.startOf(m.slot()).plusMinutes(event.slotMinutes).toString(), m.table(), m.roomUrl(),
                enterprise ? m.institutionParticipantId() : m.enterpriseParticipantId(),
                enterprise ? m.institutionName() : m.enterpriseName(), m.topic(), m.locked())).toList();
        return new Agenda(event.id, event.name, event.kind, event.venue, event.date, participant.id, participant.name,
                participant.organisationType, entries);
    }
}
