package org.innovationbridge.matching.matchmaking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.innovationbridge.kit.identity.Caller;
import org.innovationbridge.kit.problem.DomainException;
import org.innovationbridge.matching.matchmaking.domain.EventStatus;
import org.innovationbridge.matching.matchmaking.domain.MatchmakingEvent;
import org.innovationbridge.matching.matchmaking.domain.Meeting;
import org.innovationbridge.matching.matchmaking.domain.MeetingRequest;
import org.innovationbridge.matching.matchmaking.domain.MeetingSource;
import org.innovationbridge.matching.matchmaking.domain.OrganisationType;
import org.innovationbridge.matching.matchmaking.domain.PairRule;
import org.innovationbridge.matching.matchmaking.domain.Participant;
import org.innovationbridge.matching.matchmaking.domain.RequestStatus;
import org.innovationbridge.matching.matchmaking.domain.RuleKind;
import org.innovationbridge.matching.matchmaking.plan.Candidate;
import org.innovationbridge.matching.matchmaking.plan.MeetingLimits;
import org.innovationbridge.matching.matchmaking.plan.Pair;
import org.innovationbridge.matching.matchmaking.plan.PairedMeeting;
import org.innovationbridge.matching.matchmaking.plan.Pairing;
import org.innovationbridge.matching.matchmaking.plan.PairingProblem;
import org.innovationbridge.matching.matchmaking.plan.PairingResult;
import org.innovationbridge.matching.matchmaking.plan.Placement;
import org.innovationbridge.matching.matchmaking.plan.Schedule;
import org.innovationbridge.matching.matchmaking.plan.ScheduleProblem;
import org.innovationbridge.matching.matchmaking.plan.Scheduler;
import org.innovationbridge.matching.matchmaking.plan.UnplacedMeeting;
import org.innovationbridge.matching.matchmaking.repository.EventRepository;
import org.innovationbridge.matching.matchmaking.repository.MeetingRepository;
import org.innovationbridge.matching.matchmaking.repository.PairRuleRepository;
import org.innovationbridge.matching.matchmaking.repository.ParticipantRepository;
import org.innovationbridge.matching.matchmaking.repository.RequestRepository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Pairing and scheduling of one event: maps participants and meetings to the indexes of the {@code plan}
 * package, runs it, and stores what it chose. Re-planning after a cancellation or a late registration keeps
 * every meeting that still can be kept where it was, and locked meetings where they are.
 */
@ApplicationScoped
public class PlanningService {
    private final EventService events;
    private final EventRepository eventRows;
    private final ParticipantRepository participants;
    private final RequestRepository requests;
    private final PairRuleRepository rules;
    private final MeetingRepository meetings;
    private final CandidateScorer scorer;
    private final PairingListing listing;
    private final PairingAnnouncer announcer;

    public PlanningService(EventService events, EventRepository eventRows, ParticipantRepository participants,
                           RequestRepository requests, PairRuleRepository rules, MeetingRepository meetings,
                           CandidateScorer scorer, PairingListing listing, PairingAnnouncer announcer) {
        this.events = events;
        this.eventRows = eventRows;
        this.participants = participants;
        this.requests = requests;
        this.rules = rules;
        this.meetings = meetings;
        this.scorer = scorer;
        this.listing = listing;
        this.announcer = announcer;
    }

    /** What a re-plan did: meetings dropped with the cancelled participant, and placed meetings that moved. */
    public record Replan(int cancelledMeetings, int addedMeetings, int moved) {
    }

    /** Chooses the event's meetings afresh (any schedule is dropped with the old meetings). */
    @Transactional
    public PairingListing.PairingView pair(Caller caller, UUID eventId) {
        MatchmakingEvent event = events.writable(caller, eventId);
        EventService.requireStatus(event, "status", EventStatus.PAIRING);
        Sides sides = sides(event);
        PairingProblem problem = problem(event, sides, List.of());
        PairingResult optimal = Pairing.optimal(problem);
        PairingResult greedy = Pairing.greedy(problem);
        meetings.deleteCurrent(eventId);
        meetings.flush();
        for (PairedMeeting chosen : optimal.meetings()) {
            meetings.persist(meeting(event, sides, chosen));
        }
        event.totalScore = optimal.totalScore();
        event.greedyTotalScore = greedy.totalScore();
        event.pairedAt = OffsetDateTime.now();
        event.scheduledAt = null;
        event.slotsUsed = null;
        event.lowerBound = null;
        event.updatedAt = event.pairedAt;
        meetings.flush();
        return listing.of(event);
    }

    public PairingListing.PairingView pairing(Caller caller, UUID eventId) {
        return listing.of(events.writable(caller, eventId));
    }

    /** Places the current meetings into slots and tables; locked meetings stay where they are. */
    @Transactional
    public PairingListing.ScheduleView schedule(Caller caller, UUID eventId) {
        MatchmakingEvent event = events.writable(caller, eventId);
        EventService.requireStatus(event, "status", EventStatus.PAIRING);
        if (event.pairedAt == null) {
            throw new DomainException.Conflict("pairing", "generate the pairing before scheduling", List.of());
        }
        place(event, false);
        return listing.schedule(event);
    }

    public PairingListing.ScheduleView scheduleOf(Caller caller, UUID eventId) {
        return listing.schedule(events.writable(caller, eventId));
    }

    /**
     * A cancellation: the participant's meetings are dropped, the places they free may go to its former
     * counterparts and others (the kept meetings stay as they are), and the schedule is re-planned keeping every
     * placement that is still valid.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Replan cancelled(MatchmakingEvent event, Participant participant) {
        OffsetDateTime now = OffsetDateTime.now();
        int dropped = 0;
        for (Meeting meeting : meetings.current(event.id)) {
            if (meeting.involves(participant.id)) {
                meeting.cancelledAt = now;
                dropped++;
            }
        }
        meetings.flush();
        int added = event.pairedAt == null ? 0 : refill(event);
        int moved = event.scheduledAt == null ? 0 : place(event, true);
        if (dropped + added > 0) {
            announceIfPublished(event);
        }
        return new Replan(dropped, added, moved);
    }

    /**
     * A late registration: the current meetings are kept, new ones join them where the limits leave room, and the
     * schedule is re-planned around the kept placements.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Replan registered(MatchmakingEvent event) {
        int added = refill(event);
        int moved = event.scheduledAt == null ? 0 : place(event, true);
        if (added > 0) {
            announceIfPublished(event);
        }
        return new Replan(0, added, moved);
    }

    /** Re-pairs with every current meeting required (as the plan's must-meets); stores and counts the new ones. */
    private int refill(MatchmakingEvent event) {
        Sides sides = sides(event);
        List<Meeting> kept = meetings.current(event.id);
        List<Pair> keep = kept.stream().map(m -> new Pair(sides.enterpriseIndex.get(m.enterpriseParticipantId),
                sides.institutionIndex.get(m.institutionParticipantId))).toList();
        PairingResult result = Pairing.optimal(problem(event, sides, keep));
        Set<Pair> existing = new HashSet<>(keep);
        int added = 0;
        double total = kept.stream().mapToDouble(m -> m.score).sum();
        for (PairedMeeting chosen : result.meetings()) {
            if (!existing.contains(chosen.pair())) {
                Meeting meeting = meeting(event, sides, chosen);
                meetings.persist(meeting);
                total += meeting.score;
                added++;
            }
        }
        event.totalScore = total;
        meetings.flush();
        return added;
    }

    @Transactional
    public PairingListing.MeetingView lock(Caller caller, UUID eventId, UUID meetingId, boolean locked) {
        MatchmakingEvent event = events.writable(caller, eventId);
        EventService.requireStatus(event, "status", EventStatus.PAIRING, EventStatus.PUBLISHED);
        Meeting meeting = meetings.ofEvent(eventId, meetingId).filter(m -> m.cancelledAt == null)
                .orElseThrow(() -> new DomainException.NotFound("meeting", meetingId));
        if (locked && !meeting.placed()) {
            throw new DomainException.Conflict("locked", "only a scheduled meeting can be locked to its place");
        }
        meeting.locked = locked;
        return listing.view(event, meeting, listing.everyone(eventId));
    }

    /**
     * Runs the scheduler over the current meetings and stores the placements; returns how many previously placed
     * meetings moved. {@code keepPrevious} turns the current placements into the previous schedule to re-plan.
     */
    private int place(MatchmakingEvent event, boolean keepPrevious) {
        Sides sides = sides(event);
        List<Meeting> current = meetings.current(event.id);
        List<Pair> pairs = new ArrayList<>();
        Map<Integer, Placement> locked = new HashMap<>();
        Map<Integer, Placement> previous = new HashMap<>();
        for (int i = 0; i < current.size(); i++) {
            Meeting m = current.get(i);
            pairs.add(new Pair(sides.enterpriseIndex.get(m.enterpriseParticipantId),
                    sides.institutionIndex.get(m.institutionParticipantId)));
            if (m.placed()) {
                Placement at = new Placement(m.slot - 1, m.table - 1);
                if (m.locked) {
                    locked.put(i, at);
                }
                if (keepPrevious) {
                    previous.put(i, at);
                }
            }
        }
        ScheduleProblem problem = ScheduleProblem.of(event.slotCount, event.tables, sides.enterprises.size(),
                        sides.institutions.size(), pairs)
                .withUnavailable(unavailable(sides.enterprises), unavailable(sides.institutions))
                .withLocked(locked)
                .withPrevious(previous);
        Schedule schedule = Scheduler.schedule(problem);
        Map<Integer, String> reasons = new HashMap<>();
        for (UnplacedMeeting unplaced : schedule.unplaced()) {
            reasons.put(unplaced.meeting(), unplaced.reason().name());
        }
        for (int i = 0; i < current.size(); i++) {
            Meeting m = current.get(i);
            Placement at = schedule.placements().get(i);
            m.slot = at == null ? null : at.slot() + 1;
            m.table = at == null ? null : at.table() + 1;
            m.unplacedReason = at == null ? reasons.getOrDefault(i, "UNPLACED") : null;
            if (at == null) {
                m.locked = false;
            }
        }
        event.slotsUsed = schedule.slotsUsed();
        event.lowerBound = schedule.lowerBound();
        event.scheduledAt = OffsetDateTime.now();
        event.updatedAt = event.scheduledAt;
        meetings.flush();
        return schedule.moved();
    }

    private void announceIfPublished(MatchmakingEvent event) {
        if (event.status == EventStatus.PUBLISHED) {
            event.updatedAt = OffsetDateTime.now();
            eventRows.flush();
            announcer.announce(event, PairingListing.REPLANNED);
        }
    }

    private PairingProblem problem(MatchmakingEvent event, Sides sides, List<Pair> required) {
        Map<CandidateScorer.Key, CandidateScorer.Scored> scored = scorer.score(sides.enterprises, sides.institutions);
        sides.scored = scored;
        List<Candidate> candidates = new ArrayList<>();
        for (CandidateScorer.Scored s : scored.values()) {
            candidates.add(new Candidate(sides.enterpriseIndex.get(s.enterprise()),
                    sides.institutionIndex.get(s.institution()), s.score()));
        }
        List<Pair> mustMeets = new ArrayList<>(required);
        List<Pair> blocked = new ArrayList<>();
        for (PairRule rule : rules.ofEvent(event.id, RuleKind.MUST_MEET)) {
            sides.pair(rule.participantA, rule.participantB).ifPresent(mustMeets::add);
        }
        for (PairRule rule : rules.ofEvent(event.id, RuleKind.BLOCK)) {
            sides.pair(rule.participantA, rule.participantB).ifPresent(blocked::add);
        }
        List<Pair> accepted = new ArrayList<>();
        for (MeetingRequest request : requests.ofEvent(event.id)) {
            if (request.status == RequestStatus.ACCEPTED) {
                sides.pair(request.fromParticipantId, request.toParticipantId).ifPresent(accepted::add);
            }
        }
        sides.mustMeets = new HashSet<>(mustMeets.subList(required.size(), mustMeets.size()));
        sides.requests = new HashSet<>(accepted);
        return new PairingProblem(limits(sides.enterprises), limits(sides.institutions), candidates, mustMeets,
                accepted, blocked, event.slotCount, event.tables);
    }

    private Meeting meeting(MatchmakingEvent event, Sides sides, PairedMeeting chosen) {
        Participant enterprise = sides.enterprises.get(chosen.enterprise());
        Participant institution = sides.institutions.get(chosen.institution());
        CandidateScorer.Scored scored = sides.scored.get(new CandidateScorer.Key(enterprise.id, institution.id));
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.eventId = event.id;
        meeting.enterpriseParticipantId = enterprise.id;
        meeting.institutionParticipantId = institution.id;
        meeting.problemId = scored == null ? enterprise.itemIds.get(0) : scored.problemId();
        meeting.resultId = scored == null ? institution.itemIds.get(0) : scored.resultId();
        meeting.topic = enterprise.titleOf(meeting.problemId) + " ↔ " + institution.titleOf(meeting.resultId);
        meeting.score = scored == null ? 0 : scored.score();
        // the plan reports a kept meeting of a re-plan as a must-meet; its source is whatever the rules say
        MeetingSource source = sides.mustMeets.contains(chosen.pair()) ? MeetingSource.MUST_MEET
                : sides.requests.contains(chosen.pair()) ? MeetingSource.REQUEST : MeetingSource.RANKED;
        meeting.source = source;
        List<String> reasons = new ArrayList<>();
        if (source == MeetingSource.MUST_MEET) {
            reasons.add("组织方指定必须会面");
        } else if (source == MeetingSource.REQUEST) {
            reasons.add("约见请求已接受");
        }
        if (scored != null) {
            reasons.addAll(scored.reasons());
        }
        meeting.reasons = reasons;
        meeting.locked = false;
        meeting.createdAt = OffsetDateTime.now();
        return meeting;
    }

    private static List<MeetingLimits> limits(List<Participant> side) {
        return side.stream().map(p -> new MeetingLimits(p.minMeetings, p.maxMeetings)).toList();
    }

    private static Map<Integer, Set<Integer>> unavailable(List<Participant> side) {
        Map<Integer, Set<Integer>> off = new HashMap<>();
        for (int i = 0; i < side.size(); i++) {
            if (!side.get(i).unavailableSlots.isEmpty()) {
                off.put(i, new HashSet<>(side.get(i).unavailableSlots.stream().map(slot -> slot - 1).toList()));
            }
        }
        return off;
    }

    private Sides sides(MatchmakingEvent event) {
        List<Participant> active = participants.active(event.id);
        return new Sides(active.stream().filter(p -> p.organisationType == OrganisationType.ENTERPRISE).toList(),
                active.stream().filter(p -> p.organisationType == OrganisationType.INSTITUTION).toList());
    }

    /** The event's active participants by side, and their indexes in the plan's problems. */
    private static final class Sides {
        final List<Participant> enterprises;
        final List<Participant> institutions;
        final Map<UUID, Integer> enterpriseIndex = new HashMap<>();
        final Map<UUID, Integer> institutionIndex = new HashMap<>();
        Map<CandidateScorer.Key, CandidateScorer.Scored> scored = Map.of();
        Set<Pair> mustMeets = Set.of();
        Set<Pair> requests = Set.of();

        Sides(List<Participant> enterprises, List<Participant> institutions) {
            this.enterprises = enterprises;
            this.institutions = institutions;
            for (int i = 0; i < enterprises.size(); i++) {
                enterpriseIndex.put(enterprises.get(i).id, i);
            }
            for (int i = 0; i < institutions.size(); i++) {
                institutionIndex.put(institutions.get(i).id, i);
            }
        }

        /** The pair of two participants in either order, if both are still active and on opposite sides. */
        Optional<Pair> pair(UUID a, UUID b) {
            Integer e = enterpriseIndex.containsKey(a) ? enterpriseIndex.get(a) : enterpriseIndex.get(b);
            Integer i = institutionIndex.containsKey(a) ? institutionIndex.get(a) : institutionIndex.get(b);
            return e == null || i == null ? Optional.empty() : Optional.of(new Pair(e, i));
        }
    }
}
