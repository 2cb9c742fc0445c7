package org.innovationbridge.matching.cooperation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.innovationbridge.kit.identity.Caller;
import org.innovationbridge.kit.outbox.OutboxRecorder;
import org.innovationbridge.kit.problem.DomainException;
import org.innovationbridge.matching.cooperation.config.CooperationsConfig;
import org.innovationbridge.matching.cooperation.domain.Cooperation;
import org.innovationbridge.matching.cooperation.domain.CooperationOrigin;
import org.innovationbridge.matching.cooperation.domain.CooperationStage;
import org.innovationbridge.matching.cooperation.domain.FollowUp;
import org.innovationbridge.matching.cooperation.domain.Party;
import org.innovationbridge.matching.cooperation.domain.StageChange;
import org.innovationbridge.matching.cooperation.repository.CooperationRepository;
import org.innovationbridge.matching.cooperation.repository.FollowUpRepository;
import org.innovationbridge.matching.cooperation.repository.StageChangeRepository;
import org.innovationbridge.matching.messaging.OutboxRoutes;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Cooperation projects: opened by an accepted connection or a promising event meeting, moved forward by either
 * party, followed by the bureau. Every change records its outbox event in the same transaction.
 */
@ApplicationScoped
public class CooperationService {
    /** Event types on the cooperation topic. */
    public static final String OPENED = "CooperationOpened";
    public static final String STAGE_CHANGED = "CooperationStageChanged";
    public static final String KEY_PROJECT_CHANGED = "CooperationKeyProjectChanged";

    private final CooperationRepository cooperations;
    private final StageChangeRepository history;
    private final FollowUpRepository followUps;
    private final OutboxRecorder outbox;
    private final CooperationsConfig config;

    public CooperationService(CooperationRepository cooperations, StageChangeRepository history,
                              FollowUpRepository followUps, OutboxRecorder outbox, CooperationsConfig config) {
        this.cooperations = cooperations;
        this.history = history;
        this.followUps = followUps;
        this.outbox = outbox;
        this.config = config;
    }

    /** What the outbox carries for each change: the cooperation as it now is, without any account. */
    public record CooperationEvent(UUID cooperationId, CooperationOrigin origin, UUID originId, String title,
                                   List<Party> parties, CooperationStage stage, boolean keyProject,
                                   BigDecimal contractAmount, String cooperationMode, String reason,
                                   OffsetDateTime at) {
    }

    /** A cooperation with what the caller may see of it; follow-ups are null for anyone but the bureau. */
    public record Detail(Cooperation cooperation, List<StageChange> history, List<FollowUp> followUps) {
    }

    /**
     * Opens the cooperation of one origin in the caller's transaction, or returns the one already opened for it,
     * so a redelivered accept or a re-recorded outcome never adds a second.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Cooperation open(CooperationOrigin origin, UUID originId, Party a, Party b, String title,
                            CooperationStage firstStage, Caller by) {
        return cooperations.byOrigin(origin, originId)
                .orElseGet(() -> create(origin, originId, a, b, title, firstStage, null, by));
    }

    private Cooperation create(CooperationOrigin origin, UUID originId, Party a, Party b, String title,
                               CooperationStage firstStage, String note, Caller by) {
        if (firstStage.isFinal()) {
            throw new IllegalArgumentException("a cooperation cannot open in the final stage " + firstStage);
        }
        OffsetDateTime now = OffsetDateTime.now();
        Cooperation cooperation = new Cooperation();
        cooperation.id = UUID.randomUUID();
        cooperation.origin = origin;
        cooperation.originId = originId;
        cooperation.title = title;
        cooperation.partyAType = a.type();
        cooperation.partyAId = a.id();
        cooperation.partyAName = a.name();
        cooperation.partyBType = b.type();
        cooperation.partyBId = b.id();
        cooperation.partyBName = b.name();
        cooperation.stage = firstStage;
        cooperation.createdAt = now;
        cooperation.lastUpdateAt = now;
        cooperations.persist(cooperation);
        StageChange first = step(cooperation, firstStage, by, now);
        first.note = note;
        history.persist(first);
        cooperations.flush(); // the version the event carries is the one this change produces
        publish(cooperation, OPENED, first);
        return cooperation;
    }

    /**
     * Moves an opened cooperation on to a later stage, as an event outcome does; a stage it has already reached
     * or passed, or a final one, leaves it as it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Cooperation advance(CooperationOrigin origin, UUID originId, Party a, Party b, String title,
                               CooperationStage stage, String note, Caller by) {
        Optional<Cooperation> existing = cooperations.byOrigin(origin, originId);
        if (existing.isEmpty()) {
            return create(origin, originId, a, b, title, stage, note, by);
        }
        Cooperation cooperation = existing.get();
        if (cooperation.stage.isFinal() || cooperation.stage.ordinal() >= stage.ordinal()) {
            return cooperation;
        }
        StageChange change = step(cooperation, stage, by, OffsetDateTime.now());
        change.note = note;
        apply(cooperation, change);
        return cooperation;
    }

    public Detail read(Caller caller, UUID id) {
        Cooperation cooperation = visible(caller, id);
        return detail(caller, cooperation);
    }

    public List<Cooperation> list(Caller caller, Boolean keyProject, CooperationStage stage, Integer staleDays,
                                  boolean stale) {
        UUID organisation = caller.oversees() ? null : caller.organisation().orElse(null);
        if (!caller.oversees() && organisation == null) {
            return List.of();
        }
        Duration staleAfter = staleDays != null ? Duration.ofDays(staleDays) : stale ? config.staleAfter() : null;
        OffsetDateTime since = staleAfter == null ? null : OffsetDateTime.now().minus(staleAfter);
        return cooperations.search(organisation, keyProject, stage, since);
    }

    @Transactional
    public Detail move(Caller caller, UUID id, long expectedVersion, StageInput input) {
        Cooperation cooperation = visible(caller, id);
        if (caller.organisation().filter(cooperation::involves).isEmpty()) {
            throw new DomainException.Forbidden("only the two parties move a cooperation");
        }
        checkVersion(cooperation, expectedVersion);
        CooperationStage target = input.stage();
        if (cooperation.stage.isFinal()) {
            throw new DomainException.Conflict("stage", "the cooperation is " + cooperation.stage
                    + ", which is final", List.of());
        }
        if (target != CooperationStage.TERMINATED && target.ordinal() <= cooperation.stage.ordinal()) {
            throw new DomainException.Conflict("stage", "a cooperation moves forward only; it is "
                    + cooperation.stage, later(cooperation.stage));
        }
        if (target == CooperationStage.CONTRACT_SIGNED) {
            if (input.contractAmount() == null) {
                throw new DomainException.InvalidField("contractAmount", "is required for CONTRACT_SIGNED (万元, > 0)");
            }
            if (input.cooperationMode() == null) {
                throw new DomainException.InvalidField("cooperationMode", "is required for CONTRACT_SIGNED");
            }
        } else if (input.contractAmount() != null || input.cooperationMode() != null) {
            throw new DomainException.InvalidField(input.contractAmount() != null ? "contractAmount" : "cooperationMode",
                    "belongs to CONTRACT_SIGNED only");
        }
        if (target == CooperationStage.TERMINATED && blank(input.reason())) {
            throw new DomainException.InvalidField("reason", "is required for TERMINATED");
        }
        if (target != CooperationStage.TERMINATED && !blank(input.reason())) {
            throw new DomainException.InvalidField("reason", "belongs to TERMINATED only");
        }
        StageChange change = step(cooperation, target, caller, OffsetDateTime.now());
        change.note = strip(input.note());
        change.contractAmount = input.contractAmount();
        change.cooperationMode = input.cooperationMode() == null ? null : input.cooperationMode().name();
        change.reason = strip(input.reason());
        apply(cooperation, change);
        return detail(caller, cooperation);
    }

    @Transactional
    public Detail markKeyProject(Caller caller, UUID id, boolean key) {
        Cooperation cooperation = overseen(caller, id);
        if (cooperation.keyProject != key) {
            cooperation.keyProject = key;
            cooperation.lastUpdateAt = OffsetDateTime.now();
            cooperations.flush();
            publish(cooperation, KEY_PROJECT_CHANGED, null);
        }
        return detail(caller, cooperation);
    }

    @Transactional
    public Detail followUp(Caller caller, UUID id, String note) {
        Cooperation cooperation = overseen(caller, id);
        FollowUp followUp = new FollowUp();
        followUp.id = UUID.randomUUID();
        followUp.cooperationId = cooperation.id;
        followUp.note = note.strip();
        followUp.at = OffsetDateTime.now();
        followUps.persist(followUp);
        return detail(caller, cooperation);
    }

    private void apply(Cooperation cooperation, StageChange change) {
        cooperation.stage = change.stage;
        cooperation.lastUpdateAt = change.at;
        history.persist(change);
        cooperations.flush();
        publish(cooperation, STAGE_CHANGED, change);
    }

    private void publish(Cooperation cooperation, String type, StageChange change) {
        outbox.record(OutboxRoutes.COOPERATION, cooperation.id, cooperation.version, type,
                new CooperationEvent(cooperation.id, cooperation.origin, cooperation.originId, cooperation.title,
                        cooperation.parties(), cooperation.stage, cooperation.keyProject,
                        change == null ? null : change.contractAmount, change == null ? null : change.cooperationMode,
                        change == null ? null : change.reason, cooperation.lastUpdateAt));
    }

    private Detail detail(Caller caller, Cooperation cooperation) {
        return new Detail(cooperation, history.of(cooperation.id),
                caller.oversees() ? followUps.of(cooperation.id) : null);
    }

    /** The cooperation if the caller is one of its parties or the bureau; to anyone else it does not exist. */
    private Cooperation visible(Caller caller, UUID id) {
        return cooperations.findByIdOptional(id)
                .filter(c -> caller.oversees() || caller.organisation().filter(c::involves).isPresent())
                .orElseThrow(() -> new DomainException.NotFound("cooperation", id));
    }

    private Cooperation overseen(Caller caller, UUID id) {
        Cooperation cooperation = visible(caller, id);
        if (!caller.oversees()) {
            throw new DomainException.Forbidden("only organisers and admins follow cooperations");
        }
        return cooperation;
    }

    private static StageChange step(Cooperation cooperation, CooperationStage stage, Caller by, OffsetDateTime at) {
        StageChange change = new StageChange();
        change.id = UUID.randomUUID();
        change.cooperationId = cooperation.id;
        change.stage = stage;
        change.at = at;
        change.byRole = by.role();
        change.byOrganisation = by.organisation().flatMap(org -> cooperation.parties().stream()
                .filter(p -> p.id().equals(org)).map(Party::name).findFirst()).orElse(null);
        return change;
    }

    private static void checkVersion(Cooperation cooperation, long expected) {
        if (expected != cooperation.version) {
            throw new DomainException.StaleVersion(expected, cooperation.version);
        }
    }

    private static List<String> later(CooperationStage stage) {
        return Arrays.stream(CooperationStage.values()).filter(s -> s.ordinal() > stage.ordinal())
                .map(Enum::name).toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return blank(value) ? null : value.strip();
    }
}
