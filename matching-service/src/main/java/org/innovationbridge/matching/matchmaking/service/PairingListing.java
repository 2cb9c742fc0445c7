package org.innovationbridge.matching.matchmaking.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.matching.matchmaking.domain.MatchmakingEvent;
import org.innovationbridge.matching.matchmaking.domain.Meeting;
import org.innovationbridge.matching.matchmaking.domain.MeetingRequest;
import org.innovationbridge.matching.matchmaking.domain.MeetingSource;
import org.innovationbridge.matching.matchmaking.domain.OrganisationType;
import org.innovationbridge.matching.matchmaking.domain.Outcome;
import org.innovationbridge.matching.matchmaking.domain.PairRule;
import org.innovationbridge.matching.matchmaking.domain.Participant;
import org.innovationbridge.matching.matchmaking.domain.RequestStatus;
import org.innovationbridge.matching.matchmaking.domain.RuleKind;
import org.innovationbridge.matching.matchmaking.repository.MeetingRepository;
import org.innovationbridge.matching.matchmaking.repository.PairRuleRepository;
import org.innovationbridge.matching.matchmaking.repository.ParticipantRepository;
import org.innovationbridge.matching.matchmaking.repository.RequestRepository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads an event's pairing and schedule as lists: for the API, the exports and the published event alike. */
@ApplicationScoped
public class PairingListing {
    public static final String PUBLISHED = "pairing.published";
    public static final String REPLANNED = "pairing.replanned";

    private final ParticipantRepository participants;
    private final MeetingRepository meetings;
    private final RequestRepository requests;
    private final PairRuleRepository rules;

    public PairingListing(ParticipantRepository participants, MeetingRepository meetings, RequestRepository requests,
                          PairRuleRepository rules) {
        this.participants = participants;
        this.meetings = meetings;
        this.requests = requests;
        this.rules = rules;
    }

    /** One meeting with both sides named; slot, table and room once scheduled. */
    public record MeetingView(UUID id, UUID enterpriseParticipantId, UUID enterpriseOrganisationId,
                              String enterpriseName, UUID institutionParticipantId, UUID institutionOrganisationId,
                              String institutionName, String problemId, String resultId, String topic, double score,
                              List<String> reasons, MeetingSource source, Integer slot, String slotStart,
                              Integer table, String roomUrl, boolean locked, String unplacedReason, Outcome outcome,
                              String outcomeNote) {
    }

    /** A must-meet or accepted request that is not in the pairing, and the limit in its way. */
    public record Unhonoured(UUID enterpriseParticipantId, UUID institutionParticipantId, MeetingSource source,
                             String reason) {
    }

    /** A participant with fewer meetings than it asked for at least. */
    public record Shortfall(UUID participantId, String name, int minMeetings, int meetings) {
    }

    public record PairingView(UUID eventId, String eventName, LocalDate date, String status, int meetingCount,
                              double totalScore, Double greedyTotalScore, List<MeetingView> meetings,
                              List<Unhonoured> unhonoured, List<Shortfall> shortfalls, OffsetDateTime pairedAt) {
    }

    public record ScheduleView(UUID eventId, int slots, int tables, Integer slotsUsed, Integer lowerBound,
                               boolean reachesLowerBound, List<MeetingView> meetings, List<MeetingView> unplaced,
                               OffsetDateTime scheduledAt) {
    }

    public PairingView of(MatchmakingEvent event) {
        Map<UUID, Participant> byId = everyone(event.id);
        List<Meeting> current = meetings.current(event.id);
        List<MeetingView> views = current.stream().map(m -> view(event, m, byId)).toList();
        double total = current.stream().mapToDouble(m -> m.score).sum();
        return new PairingView(event.id, event.name, event.date, event.status.name(), views.size(), total,
                event.greedyTotalScore, views, unhonoured(event, current, byId), shortfalls(event, current), event.pairedAt);
    }

    public ScheduleView schedule(MatchmakingEvent event) {
        Map<UUID, Participant> byId = everyone(event.id);
        List<MeetingView> placed = new ArrayList<>();
        List<MeetingView> unplaced = new ArrayList<>();
        for (Meeting meeting : meetings.current(event.id)) {
            (meeting.placed() ? placed : unplaced).add(view(event, meeting, byId));
        }
        boolean reaches = event.slotsUsed != null && event.slotsUsed.equals(event.lowerBound) && unplaced.isEmpty();
        return new ScheduleView(event.id, event.slotCount, event.tables, event.slotsUsed, event.lowerBound, reaches,
                placed, unplaced, event.scheduledAt);
    }

    /** The placed meetings of one participant in slot order: its agenda. */
    public List<MeetingView> agenda(MatchmakingEvent event, Participant participant) {
        Map<UUID, Participant> byId = everyone(event.id);
        return meetings.current(event.id).stream().filter(m -> m.involves(participant.id) && m.placed())
                .map(m -> view(event, m, byId)).toList();
    }

    public Map<UUID, Participant> everyone(UUID eventId) {
        return participants.list("eventId", eventId).stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
    }

    public MeetingView view(MatchmakingEvent event, Meeting m, Map<UUID, Participant> byId) {
        Participant enterprise = byId.get(m.enterpriseParticipantId);
        Participant institution = byId.get(m.institutionParticipantId);
        return new MeetingView(m.id, enterprise.id, enterprise.organisationId, enterprise.name, institution.id,
                institution.organisationId, institution.name, m.problemId, m.resultId, m.topic, m.score, m.reasons,
                m.source, m.slot, m.slot == null ? null : event.startOf(m.slot).toString(), m.table,
                m.table == null ? null : event.roomUrl(m.table), m.locked, m.unplacedReason, m.outcome, m.outcomeNote);
    }

    private List<Unhonoured> unhonoured(MatchmakingEvent event, List<Meeting> current, Map<UUID, Participant> byId) {
        if (event.pairedAt == null) {
            return List.of();
        }
        Map<UUID, Integer> count = counts(current);
        List<PairRule> blocks = rules.ofEvent(event.id, RuleKind.BLOCK);
        List<Unhonoured> missing = new ArrayList<>();
        for (PairRule rule : rules.ofEvent(event.id, RuleKind.MUST_MEET)) {
            addIfMissing(missing, event, rule.participantA, rule.participantB, MeetingSource.MUST_MEET, current, count,
                    blocks, byId);
        }
        for (MeetingRequest request : requests.ofEvent(event.id)) {
            if (request.status == RequestStatus.ACCEPTED) {
                addIfMissing(missing, event, request.fromParticipantId, request.toParticipantId, MeetingSource.REQUEST,
                        current, count, blocks, byId);
            }
        }
        return missing;
    }

    private static void addIfMissing(List<Unhonoured> missing, MatchmakingEvent event, UUID a, UUID b,
                                     MeetingSource source, List<Meeting> current, Map<UUID, Integer> count,
                                     List<PairRule> blocks, Map<UUID, Participant> byId) {
        Participant first = byId.get(a);
        Participant second = byId.get(b);
        if (!first.active() || !second.active()) {
            return;
        }
        Participant enterprise = first.organisationType == OrganisationType.ENTERPRISE ? first : second;
        Participant institution = enterprise == first ? second : first;
        if (current.stream().anyMatch(m -> m.involves(enterprise.id) && m.involves(institution.id))
                || missing.stream().anyMatch(u -> u.enterpriseParticipantId().equals(enterprise.id)
                && u.institutionParticipantId().equals(institution.id))) {
            return;
        }
        String reason;
        if (blocks.stream().anyMatch(r -> r.involves(enterprise.id) && r.involves(institution.id))) {
            reason = "BLOCKED";
        } else if (count.getOrDefault(enterprise.id, 0) >= Math.min(enterprise.maxMeetings, event.slotCount)) {
            reason = "ENTERPRISE_AT_MAX";
        } else if (count.getOrDefault(institution.id, 0) >= Math.min(institution.maxMeetings, event.slotCount)) {
            reason = "INSTITUTION_AT_MAX";
        } else {
            reason = "EVENT_FULL";
        }
        missing.add(new Unhonoured(enterprise.id, institution.id, source, reason));
    }

    private List<Shortfall> shortfalls(MatchmakingEvent event, List<Meeting> current) {
        if (event.pairedAt == null) {
            return List.of();
        }
        Map<UUID, Integer> count = counts(current);
        List<Shortfall> shortfalls = new ArrayList<>();
        for (Participant p : participants.active(event.id)) {
            int min = Math.min(p.minMeetings, Math.min(p.maxMeetings, event.slotCount));
            int got = count.getOrDefault(p.id, 0);
            if (got < min) {
                shortfalls.add(new Shortfall(p.id, p.name, min, got));
            }
        }
        return shortfalls;
    }

    private static Map<UUID, Integer> counts(List<Meeting> current) {
        Map<UUID, Integer> count = new HashMap<>();
        for (Meeting m : current) {
            count.merge(m.enterpriseParticipantId, 1, Integer::sum);
            count.merge(m.institutionParticipantId, 1, Integer::sum);
        }
        return count;
    }
}
