package org.innovationbridge.matching.matchmaking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.innovationbridge.kit.identity.Caller;
import org.innovationbridge.kit.problem.DomainException;
import org.innovationbridge.matching.matchmaking.domain.BlockReason;
import org.innovationbridge.matching.matchmaking.domain.EventStatus;
import org.innovationbridge.matching.matchmaking.domain.MatchmakingEvent;
import org.innovationbridge.matching.matchmaking.domain.PairRule;
import org.innovationbridge.matching.matchmaking.domain.Participant;
import org.innovationbridge.matching.matchmaking.domain.RuleKind;
import org.innovationbridge.matching.matchmaking.repository.PairRuleRepository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The organiser's must-meets and blocks; a pair cannot be both. */
@ApplicationScoped
public class RuleService {
    private final EventService events;
    private final ParticipantService participants;
    private final PairRuleRepository rules;

    public RuleService(EventService events, ParticipantService participants, PairRuleRepository rules) {
        this.events = events;
        this.participants = participants;
        this.rules = rules;
    }

    public record MustMeetInput(@NotNull UUID participantA, @NotNull UUID participantB) {
    }

    public record BlockInput(@NotNull UUID participantA, @NotNull UUID participantB, @NotNull BlockReason reason) {
    }

    @Transactional
    public PairRule mustMeet(Caller caller, UUID eventId, MustMeetInput input) {
        return add(caller, eventId, RuleKind.MUST_MEET, input.participantA(), input.participantB(), null);
    }

    @Transactional
    public PairRule block(Caller caller, UUID eventId, BlockInput input) {
        return add(caller, eventId, RuleKind.BLOCK, input.participantA(), input.participantB(), input.reason());
    }

    public List<PairRule> list(Caller caller, UUID eventId, RuleKind kind) {
        events.writable(caller, eventId);
        return rules.ofEvent(eventId, kind);
    }

    private PairRule add(Caller caller, UUID eventId, RuleKind kind, UUID a, UUID b, BlockReason reason) {
        MatchmakingEvent event = events.writable(caller, eventId);
        EventService.requireStatus(event, "status", EventStatus.DRAFT, EventStatus.REGISTRATION, EventStatus.PAIRING);
        Participant first = participants.referenced(eventId, a, "participantA");
        Participant second = participants.referenced(eventId, b, "participantB");
        if (first.organisationType == second.organisationType) {
            throw new DomainException.InvalidField("participantB",
                    "must be on the other side (an enterprise meets an institution)");
        }
        if (rules.exists(eventId, kind, a, b)) {
            throw new DomainException.Conflict("participantB", "this pair already has this rule");
        }
        RuleKind other = kind == RuleKind.BLOCK ? RuleKind.MUST_MEET : RuleKind.BLOCK;
        if (rules.exists(eventId, other, a, b)) {
            throw new DomainException.Conflict("participantB", "this pair is already a " + other
                    + "; a pair cannot be both");
        }
        PairRule rule = new PairRule();
        rule.id = UUID.randomUUID();
        rule.eventId = eventId;
        rule.kind = kind;
        rule.participantA = a;
        rule.participantB = b;
        rule.reason = reason;
        rule.createdAt = OffsetDateTime.now();
        rules.persist(rule);
        rules.flush(); // a concurrent twin rule fails here, on the unique index
        return rule;
    }
}
