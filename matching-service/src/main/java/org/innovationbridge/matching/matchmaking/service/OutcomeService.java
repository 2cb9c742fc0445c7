package org.innovationbridge.matching.matchmaking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.innovationbridge.kit.identity.Caller;
import org.innovationbridge.kit.problem.DomainException;
import org.innovationbridge.matching.cooperation.domain.CooperationOrigin;
import org.innovationbridge.matching.cooperation.domain.CooperationStage;
import org.innovationbridge.matching.cooperation.domain.Party;
import org.innovationbridge.matching.cooperation.service.CooperationService;
import org.innovationbridge.matching.matchmaking.domain.EventStatus;
import org.innovationbridge.matching.matchmaking.domain.MatchmakingEvent;
import org.innovationbridge.matching.matchmaking.domain.Meeting;
import org.innovationbridge.matching.matchmaking.domain.Outcome;
import org.innovationbridge.matching.matchmaking.domain.Participant;
import org.innovationbridge.matching.matchmaking.repository.MeetingRepository;
import org.innovationbridge.matching.search.DocumentKind;
import org.innovationbridge.matching.search.MatchDocument;
import org.innovationbridge.matching.search.SearchIndex;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * After the event: what came of each meeting, and the event's report. A meeting counts as held once it has
 * an outcome; it converts when it reached a signed intent or a contract. An outcome from talks onwards opens (or
 * advances) the meeting's cooperation, so what came of the event is followed in one place.
 */
@ApplicationScoped
public class OutcomeService {
    private static final String NO_CHAIN = "unknown";

    private final EventService events;
    private final MeetingRepository meetings;
    private final PairingListing listing;
    private final SearchIndex index;
    private final CooperationService cooperations;

    public OutcomeService(EventService events, MeetingRepository meetings, PairingListing listing, SearchIndex index,
                          CooperationService cooperations) {
        this.events = events;
        this.meetings = meetings;
        this.listing = listing;
        this.index = index;
        this.cooperations = cooperations;
    }

    public record OutcomeInput(@NotNull Outcome outcome, @Size(max = 2000) String note) {
    }

    /** Counts of one group of held meetings. */
    public record Tally(int held, Map<Outcome, Integer> outcomes, int converted, double conversionRate) {
    }

    public record ChainTally(String chain, Tally tally) {
    }

    public record Report(UUID eventId, String eventName, String status, int scheduledMeetings, int meetingsHeld,
                         Map<Outcome, Integer> outcomes, int converted, double conversionRate,
                         List<ChainTally> byChain) {
    }

    @Transactional
    public PairingListing.MeetingView record(Caller caller, UUID eventId, UUID meetingId, OutcomeInput input) {
        MatchmakingEvent event = events.writable(caller, eventId);
        EventService.requireStatus(event, "status", EventStatus.PUBLISHED, EventStatus.COMPLETED);
        Meeting meeting = meetings.ofEvent(eventId, meetingId).filter(m -> m.cancelledAt == null)
                .orElseThrow(() -> new DomainException.NotFound("meeting", meetingId));
        if (!meeting.placed()) {
            throw new DomainException.Conflict("outcome", "the meeting was never scheduled, so it was not held");
        }
        meeting.outcome = input.outcome();
        meeting.outcomeNote = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        meeting.outcomeAt = OffsetDateTime.now();
        Map<UUID, Participant> everyone = listing.everyone(eventId);
        stageOf(meeting.outcome).ifPresent(stage -> follow(caller, event, meeting, everyone, stage));
        return listing.view(event, meeting, everyone);
    }

    /** The cooperation stage an outcome has reached; none before talks started. */
    private static Optional<CooperationStage> stageOf(Outcome outcome) {
        return Optional.ofNullable(switch (outcome) {
            case NO_FURTHER_CONTACT -> null;
            case TALKS_STARTED -> CooperationStage.NEGOTIATING;
            case INTENT_SIGNED -> CooperationStage.INTENT_SIGNED;
            case CONTRACT -> CooperationStage.CONTRACT_SIGNED;
        });
    }

    private void follow(Caller caller, MatchmakingEvent event, Meeting meeting, Map<UUID, Participant> everyone,
                        CooperationStage stage) {
        Participant enterprise = everyone.get(meeting.enterpriseParticipantId);
        Participant institution = everyone.get(meeting.institutionParticipantId);
        String title = meeting.topic == null || meeting.topic.isBlank() ? event.name : meeting.topic;
        cooperations.advance(CooperationOrigin.EVENT_MEETING, meeting.id,
                new Party(enterprise.organisationType, enterprise.organisationId, enterprise.name),
                new Party(institution.organisationType, institution.organisationId, institution.name),
                title, stage, meeting.outcomeNote, caller);
    }

    public Report report(Caller caller, UUID eventId) {
        MatchmakingEvent event = events.writable(caller, eventId);
        List<Meeting> placed = meetings.current(eventId).stream().filter(Meeting::placed).toList();
        List<Meeting> held = placed.stream().filter(m -> m.outcome != null).toList();
        Map<String, MatchDocument> problems = index.getAll(DocumentKind.PROBLEM,
                held.stream().map(m -> m.problemId).filter(Objects::nonNull).distinct().toList());
        Map<String, List<Meeting>> perChain = new TreeMap<>();
        for (Meeting meeting : held) {
            MatchDocument problem = problems.get(meeting.problemId);
            List<String> chains = problem == null || problem.industryChains() == null || problem.industryChains().isEmpty()
                    ? List.of(NO_CHAIN) : problem.industryChains();
            chains.forEach(chain -> perChain.computeIfAbsent(chain, c -> new ArrayList<>()).add(meeting));
        }
        Tally all = tally(held);
        List<ChainTally> byChain = perChain.entrySet().stream()
                .map(e -> new ChainTally(e.getKey(), tally(e.getValue()))).toList();
        return new Report(event.id, event.name, event.status.name(), placed.size(), all.held(), all.outcomes(),
                all.converted(), all.conversionRate(), byChain);
    }

    private static Tally tally(List<Meeting> held) {
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            outcomes.put(outcome, 0);
        }
        int converted = 0;
        for (Meeting meeting : held) {
            outcomes.merge(meeting.outcome, 1, Integer::sum);
            if (meeting.outcome == Outcome.INTENT_SIGNED || meeting.outcome == Outcome.CONTRACT) {
                converted++;
            }
        }
        double rate = held.isEmpty() ? 0 : (double) converted / held.size();
        return new Tally(held.size(), outcomes, converted, rate);
    }
}
