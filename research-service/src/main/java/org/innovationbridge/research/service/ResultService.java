package org.innovationbridge.research.service;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.innovationbridge.research.domain.CooperationMode;
import org.innovationbridge.research.domain.Institution;
import org.innovationbridge.research.domain.ReferenceItem;
import org.innovationbridge.research.domain.ResearchResult;
import org.innovationbridge.research.domain.ResultStatus;
import org.innovationbridge.research.messaging.EventEnvelope;
import org.innovationbridge.research.messaging.EventTypes;
import org.innovationbridge.research.messaging.OutboxRecorder;
import org.innovationbridge.research.messaging.ResultSnapshot;
import org.innovationbridge.research.repository.InstitutionRepository;
import org.innovationbridge.research.repository.ResultRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    @Transactional
    public ResearchResult create(ResultInput input) {
        Institution institution = institutions.findByIdOptional(input.institutionId())
                .orElseThrow(() -> new DomainException.InvalidField("institutionId", "no institution with this id"));
        ResearchResult result = new ResearchResult();
        result.id = UUID.randomUUID();
        result.institution = institution;
        result.status = ResultStatus.DRAFT;
        result.createdAt = Timestamps.now();
        apply(result, input);
        results.persistAndFlush(result);
        record(result, EventTypes.RESULT_CREATED);
        return result;
    }

    @Transactional
    public ResearchResult update(UUID id, long expectedVersion, ResultInput input) {
        ResearchResult result = current(id, expectedVersion);
        if (!result.institution.id.equals(input.institutionId())) {
            throw new DomainException.InvalidField("institutionId", "a result cannot move to another institution");
        }
        if (result.status == ResultStatus.WITHDRAWN) {
            throw new DomainException.Conflict("status", "a WITHDRAWN result can no longer be edited");
        }
        apply(result, input);
        results.flush();
        record(result, EventTypes.RESULT_UPDATED);
        return result;
    }

    @Transactional
    public ResearchResult changeStatus(UUID id, long expectedVersion, ResultStatus target) {
        ResearchResult result = current(id, expectedVersion);
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
    public void delete(UUID id, long expectedVersion) {
        ResearchResult result = current(id, expectedVersion);
        // The deletion's version is one past the last one consumers saw, so it outranks every earlier event.
        outbox.record(EventEnvelope.RESULT, result.id, result.version + 1, EventTypes.RESULT_DELETED,
                Map.of("id", result.id));
        results.delete(result);
    }

    public Optional<ResearchResult> find(UUID id) {
        return results.findByIdOptional(id);
    }

    public PageOf<ResearchResult> list(Filter filter, int page, int size, Sort sort) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
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

    private ResearchResult current(UUID id, long expectedVersion) {
        ResearchResult result = results.findByIdOptional(id)
                .orElseThrow(() -> new DomainException.NotFound("result", id));
        if (result.version != expectedVersion) {
            throw new DomainException.StaleVersion(expectedVersion, result.version);
        }
        return result;
    }

    private void apply(ResearchResult result, ResultInput input) {
        reference.requireAll(ReferenceItem.INDUSTRY_CHAIN, input.industryChains(), "industryChains");
        reference.requireAll(ReferenceItem.TECHNICAL_FIELD, input.technicalFields(), "technicalFields");
        checkPatents(input.patents());
        result.title = input.title().strip();
        result.summary = input.summary().strip();
        result.industryChains = Text.distinctStripped(input.industryChains());
        result.technicalFields = Text.distinctStripped(input.technicalFields());
        result.keywords = Text.distinctStripped(input.keywords());
        result.maturity = input.maturity();
        result.patents = Text.distinctStripped(input.patents()).stream().map(PatentNumber::normalise).distinct().toList();
        result.cooperationModes = input.cooperationModes() == null ? List.of()
                : input.cooperationModes().stream().distinct().map(CooperationMode::name).toList();
        // the column's scale, so the event carries the number later reads return (300.00, not 300)
        result.indicativePrice = input.indicativePrice() == null ? null : input.indicativePrice().setScale(2);
        result.teamLead = input.teamLead() == null || input.teamLead().isBlank() ? null : input.teamLead().strip();
        result.updatedAt = Timestamps.now();
    }

    /** Names the first bad patent number by its position in the request. */
    private static void checkPatents(List<String> patents) {
        if (patents == null) {
            return;
        }
        for (int i = 0; i < patents.size(); i++) {
            String field = "patents[" + i + "]";
            PatentNumber.problemWith(PatentNumber.normalise(patents.get(i))).ifPresent(reason -> {
                throw new DomainException.InvalidField(field, reason);
            });
        }
    }

    private void record(ResearchResult result, String eventType) {
        outbox.record(EventEnvelope.RESULT, result.id, result.version, eventType, ResultSnapshot.of(result));
    }
}
