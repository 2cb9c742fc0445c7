package org.innovationbridge.research.rest;

import org.innovationbridge.research.domain.Maturity;
import org.innovationbridge.research.domain.ResearchResult;
import org.innovationbridge.research.domain.ResultStatus;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A research result as the API returns it, with the owning institution's name and district. */
public record ResultView(
        UUID id, UUID institutionId, String institutionName, String district, String title, String summary,
        List<String> industryChains, List<String> technicalFields, List<String> keywords, Maturity maturity,
        List<String> patents, List<String> cooperationModes, BigDecimal indicativePrice, String teamLead,
        ResultStatus status, Set<ResultStatus> allowedTransitions, long version, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static ResultView of(ResearchResult r) {
        return new ResultView(r.id, r.institution.id, r.institution.name, r.institution.region, r.title, r.summary,
                r.industryChains, r.technicalFields, r.keywords, r.maturity, r.patents, r.cooperationModes,
                r.indicativePrice, r.teamLead, r.status, r.status.next(), r.version, r.createdAt, r.updatedAt);
    }
}
