package org.innovationbridge.research.service;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.innovationbridge.kit.identity.Caller;
import org.innovationbridge.kit.problem.DomainException;
import org.innovationbridge.research.domain.CooperationMode;
import org.innovationbridge.research.domain.Institution;
import org.innovationbridge.research.domain.Maturity;
import org.innovationbridge.research.domain.ReferenceItem;
import org.innovationbridge.research.domain.ResearchResult;
import org.innovationbridge.research.domain.ResultStatus;
import org.innovationbridge.research.messaging.OutboxRoutes;
import org.innovationbridge.research.messaging.EventTypes;
import org.innovationbridge.kit.outbox.OutboxRecorder;
import org.innovationbridge.research.messaging.ResultSnapshot;
import org.innovationbridge.research.repository.InstitutionRepository;
import org.innovationbridge.research.repository.ResultRepository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ResultService {
    private final ResultRepository results;
    private final InstitutionRepository institutions;
    private final ReferenceData reference;
    private final OutboxRecorder outbox;

    public ResultService(ResultRepository results, InstitutionRepository institutions, ReferenceData reference,
                         OutboxRecorder outbox) {
        this.results = results;
        this.institutions = institutions;
        this.reference = reference;
        this.outbox = outbox;
    }

    /** Filters of the result list; null means "any". */
    public record Filter(String industryChain, String technicalField, UUID institutionId, ResultStatus status,
                         String text) {
    }

    /** What an import did with one row. */
    public enum ImportOutcome { CREATED, UPDATED, UNCHANGED }

    @Transactional
    public ResearchResult create(ResultInput input, Caller caller) {
        institutions.findByIdOptional(input.institutionId())
                .ifPresent(institution -> InstitutionService.requireManagedBy(institution, caller));
        return create(input.institutionId(), Fields.of(input, reference.live()), ResultStatus.DRAFT);
    }

    @Transactional
    public ResearchResult update(UUID id, long expectedVersion, ResultInput input, Caller caller) {
        ResearchResult result = current(id, expectedVersion, caller);
        if (!result.institution.id.equals(input.institutionId())) {
            throw new DomainException.InvalidField("institutionId", "a result cannot move to another institution");
        }
        if (result.status == ResultStatus.WITHDRAWN) {
            throw new DomainException.Conflict("status", "a WITHDRAWN result can no longer be edited");
        }
        Fields.of(input, reference.live()).applyTo(result);
        results.flush();
        record(result, EventTypes.RESULT_UPDATED);
        return result;
    }

    /**
     * Writes one row of a compilation: creates the result its natural key does not find yet (as {@code statusIfNew}),
     * updates the one it finds when the row differs, and leaves it alone when the row says what it already holds.
     * Concurrent imports of the same key (another upload, another instance) wait for each other on a lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ImportOutcome importRow(ResultInput input, ResultStatus statusIfNew, ReferenceData.Codes codes) {
        Fields fields = Fields.of(input, codes);
        NaturalKey key = NaturalKey.of(fields.title(), fields.patents());
        results.lockNaturalKey(input.institutionId(), key);
        List<ResearchResult> matches = results.findByNaturalKey(input.institutionId(), key);
        if (matches.size() > 1) {
            throw new DomainException.Conflict(key.kind() == NaturalKey.Kind.PATENT ? "patents" : "title",
                    matches.size() + " results of this institution have the " + key.describe()
                            + "; the row cannot tell which one to update");
        }
        if (matches.isEmpty()) {
            create(input.institutionId(), fields, statusIfNew);
            return ImportOutcome.CREATED;
        }
        ResearchResult existing = matches.get(0);
        // found by its title, a result whose title was only retyped (blanks, widths, case) is not changed by that
        if (fields.sameAs(existing, key.kind() == NaturalKey.Kind.TITLE)) {
            return ImportOutcome.UNCHANGED;
        }
        if (existing.status == ResultStatus.WITHDRAWN) {
            throw new DomainException.Conflict("status", "the result with the " + key.describe()
                    + " is WITHDRAWN and can no longer be edited");
        }
        fields.applyTo(existing);
        results.flush();
        record(existing, EventTypes.RESULT_UPDATED);
        return ImportOutcome.UPDATED;
    }

    /**
     * Every reference-data and patent-number problem of an input, in field order; the checks bean validation
     * cannot do. Empty when the input may be written.
     */
    public static List<FieldProblem> problemsWith(ResultInput input, ReferenceData.Codes codes) {
        List<FieldProblem> problems = new ArrayList<>();
        unknownCodes(codes, ReferenceItem.INDUSTRY_CHAIN, input.industryChains(), "industryChains", problems);
        unknownCodes(codes, ReferenceItem.TECHNICAL_FIELD, input.technicalFields(), "technicalFields", problems);
        List<String> patents = input.patents();
        for (int i = 0; patents != null && i < patents.size(); i++) {
            int index = i;
            PatentNumber.problemWith(PatentNumber.normalise(patents.get(i)))
                    .ifPresent(reason -> problems.add(new FieldProblem("patents", index, reason)));
        }
        return problems;
    }

    @Transactional
    public ResearchResult changeStatus(UUID id, long expectedVersion, ResultStatus target, Caller caller) {
        ResearchResult result = current(id, expectedVersion, caller);
        if (!result.status.canMoveTo(target)) {
            throw new DomainException.Conflict("status", "cannot move from " + result.status + " to " + target
                    + "; allowed: " + result.status.next());
        }
        result.status = target;
        result.updatedAt = Timestamps.now();
        results.flush();
        record(result, EventTypes.RESULT_STATUS_CHANGED);
        return result;
    }

    @Transactional
    public void delete(UUID id, long expectedVersion, Caller caller) {
        ResearchResult result = current(id, expectedVersion, caller);
        // The deletion's version is one past the last one consumers saw, so it outranks every earlier event.
        outbox.record(OutboxRoutes.RESULT, result.id, result.version + 1, EventTypes.RESULT_DELETED,
                Map.of("id", result.id));
        results.delete(result);
    }

    /** A published result is anyone's to read; a draft or a withdrawn one only its institution's account's and admins'. */
    public static boolean mayRead(ResearchResult result, Caller caller) {
        return result.status == ResultStatus.PUBLISHED || caller.isAdmin() || caller.is(result.institution.ownerSub);
    }

    /** The result, if this caller may read it: to anyone else an unlisted result does not exist. */
    public Optional<ResearchResult> find(UUID id, Caller caller) {
        return results.findByIdOptional(id).filter(result -> mayRead(result, caller));
    }

    public PageOf<ResearchResult> list(Filter filter, int page, int size, Sort sort, Caller caller) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (!caller.isAdmin()) {
            where.add(caller.subject() == null ? "r.status = :listed" : "(r.status = :listed or r.institution.ownerSub = :me)");
            params.and("listed", ResultStatus.PUBLISHED);
            if (caller.subject() != null) {
                params.and("me", caller.subject());
            }
        }
        if (filter.industryChain() != null) {
            where.add("array_contains(r.industryChains, :chain)");
            params.and("chain", filter.industryChain());
        }
        if (filter.technicalField() != null) {
            where.add("array_contains(r.technicalFields, :field)");
            params.and("field", filter.technicalField());
        }
        if (filter.institutionId() != null) {
            where.add("r.institution.id = :institution");
            params.and("institution", filter.institutionId());
        }
        if (filter.status() != null) {
            where.add("r.status = :status");
            params.and("status", filter.status());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("(r.title like :text or r.summary like :text)");
            params.and("text", "%" + Text.escapeLike(filter.text().strip()) + "%");
        }
        String query = "from ResearchResult r" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        var found = results.find(query, sort, params).page(Page.of(page, size));
        return new PageOf<>(found.list(), found.count(), page, size);
    }

    private ResearchResult create(UUID institutionId, Fields fields, ResultStatus status) {
        Institution institution = institutions.findByIdOptional(institutionId)
                .orElseThrow(() -> new DomainException.InvalidField("institutionId", "no institution with this id"));
        ResearchResult result = new ResearchResult();
        result.id = UUID.randomUUID();
        result.institution = institution;
        result.status = status;
        result.createdAt = Timestamps.now();
        fields.applyTo(result);
        results.persistAndFlush(result);
        record(result, EventTypes.RESULT_CREATED);
        return result;
    }

    /** The result, if the caller may change it (checked before the version, so others learn nothing of it). */
    private ResearchResult current(UUID id, long expectedVersion, Caller caller) {
        ResearchResult result = find(id, caller).orElseThrow(() -> new DomainException.NotFound("result", id));
        InstitutionService.requireManagedBy(result.institution, caller);
        if (result.version != expectedVersion) {
            throw new DomainException.StaleVersion(expectedVersion, result.version);
        }
        return result;
    }

    private static void unknownCodes(ReferenceData.Codes codes, String kind, List<String> values, String field,
                                     List<FieldProblem> problems) {
        for (int i = 0; values != null && i < values.size(); i++) {
            String code = values.get(i);
            if (code != null && !codes.exists(kind, code)) {
                problems.add(new FieldProblem(field, i, "unknown " + kind + " '" + code + "'"));
            }
        }
    }

    private void record(ResearchResult result, String eventType) {
        outbox.record(OutboxRoutes.RESULT, result.id, result.version, eventType, ResultSnapshot.of(result));
    }

    /**
     * An input checked against reference data and patent rules and normalised as it is stored, so that a write
     * and an "is anything different?" comparison see the same values.
     */
    private record Fields(String title, String titleKey, String summary, List<String> industryChains,
                          List<String> technicalFields, List<String> keywords, Maturity maturity, List<String> patents,
                          List<String> cooperationModes, BigDecimal indicativePrice, String teamLead) {

        /** Refuses the first problem the input has, naming its field. */
        static Fields of(ResultInput input, ReferenceData.Codes codes) {
            problemsWith(input, codes).stream().findFirst().ifPresent(problem -> {
                throw new DomainException.InvalidField(problem.path(), problem.reason());
            });
            String title = input.title().strip();
            return new Fields(title, NaturalKey.normaliseTitle(title), input.summary().strip(),
                    Text.distinctStripped(input.industryChains()), Text.distinctStripped(input.technicalFields()),
                    Text.distinctStripped(input.keywords()), input.maturity(),
                    Text.distinctStripped(input.patents()).stream().map(PatentNumber::normalise).distinct().toList(),
                    input.cooperationModes() == null ? List.of()
                            : input.cooperationModes().stream().distinct().map(CooperationMode::name).toList(),
                    // the column's scale, so the event carries the number later reads return (300.00, not 300)
                    input.indicativePrice() == null ? null : input.indicativePrice().setScale(2),
                    input.teamLead() == null || input.teamLead().isBlank() ? null : input.teamLead().strip());
        }

        void applyTo(ResearchResult result) {
            result.title = title;
            result.titleKey = titleKey;
            result.summary = summary;
            result.industryChains = industryChains;
            result.technicalFields = technicalFields;
            result.keywords = keywords;
            result.maturity = maturity;
            result.patents = patents;
            result.cooperationModes = cooperationModes;
            result.indicativePrice = indicativePrice;
            result.teamLead = teamLead;
            result.updatedAt = Timestamps.now();
        }

        boolean sameAs(ResearchResult result, boolean titleByKey) {
            return (titleByKey ? titleKey.equals(result.titleKey) : title.equals(result.title))
                    && summary.equals(result.summary)
                    && industryChains.equals(result.industryChains) && technicalFields.equals(result.technicalFields)
                    && keywords.equals(result.keywords) && maturity == result.maturity
                    && patents.equals(result.patents) && cooperationModes.equals(result.cooperationModes)
                    && (indicativePrice == null ? result.indicativePrice == null
                    : result.indicativePrice != null && indicativePrice.compareTo(result.indicativePrice) == 0)
                    && Objects.equals(teamLead, result.teamLead);
        }
    }
}
