package org.innovationbridge.enterprise.service;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.innovationbridge.enterprise.domain.CooperationMode;
import org.innovationbridge.enterprise.domain.Enterprise;
import org.innovationbridge.enterprise.domain.Problem;
import org.innovationbridge.enterprise.domain.ProblemStatus;
import org.innovationbridge.enterprise.domain.ReferenceItem;
import org.innovationbridge.enterprise.domain.Visibility;
import org.innovationbridge.enterprise.messaging.OutboxRoutes;
import org.innovationbridge.enterprise.messaging.EventTypes;
import org.innovationbridge.kit.outbox.OutboxRecorder;
import org.innovationbridge.enterprise.messaging.ProblemSnapshot;
import org.innovationbridge.enterprise.repository.EnterpriseRepository;
import org.innovationbridge.enterprise.repository.ProblemRepository;
import org.innovationbridge.kit.identity.Caller;
import org.innovationbridge.kit.problem.DomainException;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProblemService {
    private final ProblemRepository problems;
    private final EnterpriseRepository enterprises;
    private final ReferenceData reference;
    private final OutboxRecorder outbox;

    public ProblemService(ProblemRepository problems, EnterpriseRepository enterprises, ReferenceData reference,
                          OutboxRecorder outbox) {
        this.problems = problems;
        this.enterprises = enterprises;
        this.reference = reference;
        this.outbox = outbox;
    }

    /** Filters of the problem list; null means "any". */
    public record Filter(String industryChain, String technicalField, String district, ProblemStatus status,
                         UUID enterpriseId, String text) {
    }

    /** Listed problems are public; a draft or a withdrawn one is unlisted. */
    private static final List<ProblemStatus> LISTED =
            List.of(ProblemStatus.PUBLISHED, ProblemStatus.IN_TALKS, ProblemStatus.SOLVED);

    /** Whether a problem is listed: everyone may read it (a confidential one without its enterprise). */
    public static boolean listed(ProblemStatus status) {
        return LISTED.contains(status);
    }

    /** A listed problem is anyone's to read; an unlisted one only its enterprise's account's and admins'. */
    public static boolean mayRead(Problem problem, Caller caller) {
        return listed(problem.status) || caller.isAdmin() || caller.is(problem.enterprise.ownerSub);
    }

    /** Who a confidential problem's enterprise is: its owner, organisers and admins know; nobody else. */
    public static boolean revealsEnterprise(Problem problem, Caller caller) {
        return problem.visibility != Visibility.CONFIDENTIAL || EnterpriseService.ownerOrBureau(problem.enterprise, caller);
    }

    @Transactional
    public Problem create(ProblemInput input, Caller caller) {
        Enterprise enterprise = enterprises.findByIdOptional(input.enterpriseId())
                .orElseThrow(() -> new DomainException.InvalidField("enterpriseId", "no enterprise with this id"));
        EnterpriseService.requireManagedBy(enterprise, caller);
        Problem problem = new Problem();
        problem.id = UUID.randomUUID();
        problem.enterprise = enterprise;
        problem.status = ProblemStatus.DRAFT;
        problem.createdAt = Timestamps.now();
        apply(problem, input);
        problems.persistAndFlush(problem);
        record(problem, EventTypes.PROBLEM_CREATED);
        return problem;
    }

    @Transactional
    public Problem update(UUID id, long expectedVersion, ProblemInput input, Caller caller) {
        Problem problem = current(id, expectedVersion, caller);
        if (!problem.enterprise.id.equals(input.enterpriseId())) {
            throw new DomainException.InvalidField("enterpriseId", "a problem cannot move to another enterprise");
        }
        if (problem.status == ProblemStatus.SOLVED || problem.status == ProblemStatus.WITHDRAWN) {
            throw new DomainException.Conflict("status", "a " + problem.status + " problem can no longer be edited");
        }
        apply(problem, input);
        problems.flush();
        record(problem, EventTypes.PROBLEM_UPDATED);
        return problem;
    }

    @Transactional
    public Problem changeStatus(UUID id, long expectedVersion, ProblemStatus target, Caller caller) {
        Problem problem = current(id, expectedVersion, caller);
        if (!problem.status.canMoveTo(target)) {
            throw new DomainException.Conflict("status", "cannot move from " + problem.status + " to " + target
                    + "; allowed: " + problem.status.next());
        }
        problem.status = target;
        problem.updatedAt = Timestamps.now();
        problems.flush();
        record(problem, EventTypes.PROBLEM_STATUS_CHANGED);
        return problem;
    }

    @Transactional
    public void delete(UUID id, long expectedVersion, Caller caller) {
        Problem problem = current(id, expectedVersion, caller);
        // The deletion's version is one past the last one consumers saw, so it outranks every earlier event.
        outbox.record(OutboxRoutes.PROBLEM, problem.id, problem.version + 1, EventTypes.PROBLEM_DELETED,
                Map.of("id", problem.id));
        problems.delete(problem);
    }

    /** The problem, if this caller may read it: to anyone else an unlisted problem does not exist. */
    public Optional<Problem> find(UUID id, Caller caller) {
        return problems.findByIdOptional(id).filter(problem -> mayRead(problem, caller));
    }

    public PageOf<Problem> list(Filter filter, int page, int size, Sort sort, Caller caller) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.industryChain() != null) {
            where.add("p.industryChain = :chain");
            params.and("chain", filter.industryChain());
        }
        if (filter.technicalField() != null) {
            where.add("array_contains(p.technicalFields, :field)");
            params.and("field", filter.technicalField());
        }
        if (filter.district() != null) {
            where.add("p.enterprise.district = :district");
            params.and("district", filter.district());
        }
        if (filter.status() != null) {
            where.add("p.status = :status");
            params.and("status", filter.status());
        }
        if (filter.enterpriseId() != null) {
            where.add("p.enterprise.id = :enterprise");
            params.and("enterprise", filter.enterpriseId());
            boolean reveals = caller.oversees() || enterprises.findByIdOptional(filter.enterpriseId())
                    .map(e -> caller.is(e.ownerSub)).orElse(false);
            if (!reveals) {
                // listing by enterprise would otherwise tie its confidential problems to it
                where.add("p.visibility <> :confidential");
                params.and("confidential", Visibility.CONFIDENTIAL);
            }
        }
        if (!caller.isAdmin()) {
            where.add(caller.subject() == null ? "p.status in :listed" : "(p.status in :listed or p.enterprise.ownerSub = :me)");
            params.and("listed", LISTED);
            if (caller.subject() != null) {
                params.and("me", caller.subject());
            }
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("(p.title like :text or p.description like :text)");
            params.and("text", "%" + Text.escapeLike(filter.text().strip()) + "%");
        }
        String query = "from Problem p" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        var found = problems.find(query, sort, params).page(Page.of(page, size));
        return new PageOf<>(found.list(), found.count(), page, size);
    }

    /** The problem, if the caller may change it (checked before the version, so others learn nothing of it). */
    private Problem current(UUID id, long expectedVersion, Caller caller) {
        Problem problem = find(id, caller).orElseThrow(() -> new DomainException.NotFound("problem", id));
        if (!caller.isAdmin() && !caller.is(problem.enterprise.ownerSub)) {
            // names no enterprise: a confidential problem's owner is not the caller's to learn
            throw new DomainException.Forbidden("only the problem's own enterprise account and admins may change it");
        }
        if (problem.version != expectedVersion) {
            throw new DomainException.StaleVersion(expectedVersion, problem.version);
        }
        return problem;
    }

    private void apply(Problem problem, ProblemInput input) {
        reference.require(ReferenceItem.INDUSTRY_CHAIN, input.industryChain(), "industryChain");
        reference.requireAll(ReferenceItem.TECHNICAL_FIELD, input.technicalFields(), "technicalFields");
        if (input.budgetMin() != null && input.budgetMax() != null && input.budgetMin().compareTo(input.budgetMax()) > 0) {
            throw new DomainException.InvalidField("budgetMax", "must not be below budgetMin");
        }
        problem.title = input.title().strip();
        problem.description = input.description().strip();
        problem.industryChain = input.industryChain();
        problem.technicalFields = Text.distinctStripped(input.technicalFields());
        problem.keywords = Text.distinctStripped(input.keywords());
        problem.cooperationModes = input.cooperationModes() == null ? List.of()
                : input.cooperationModes().stream().distinct().map(CooperationMode::name).toList();
        problem.budgetMin = input.budgetMin();
        problem.budgetMax = input.budgetMax();
        problem.expectedMaturity = input.expectedMaturity();
        problem.deadline = input.deadline();
        problem.visibility = input.visibility() == null ? Visibility.PUBLIC : input.visibility();
        problem.updatedAt = Timestamps.now();
    }

    private void record(Problem problem, String eventType) {
        outbox.record(OutboxRoutes.PROBLEM, problem.id, problem.version, eventType, ProblemSnapshot.of(problem));
    }
}
