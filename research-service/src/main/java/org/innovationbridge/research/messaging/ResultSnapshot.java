package org.innovationbridge.research.messaging;

import org.innovationbridge.research.domain.ResearchResult;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Payload of result events. The matching-service reads these exact names (its EventTranslator), so renaming
 * a component breaks the contract; {@code district} is the owning institution's region.
 */
public record ResultSnapshot(
        UUID id, UUID institutionId, String institutionName, String district, String title, String summary,
        List<String> industryChains, List<String> technicalFields, List<String> keywords,
        List<String> cooperationModes, String maturity, List<String> patents, BigDecimal indicativePrice,
        String teamLead, String status, OffsetDateTime updatedAt) {

    public static ResultSnapshot of(ResearchResult r) {
        return new ResultSnapshot(r.id, r.institution.id, r.institution.name, r.institution.region, r.title,
                r.summary, r.industryChains, r.technicalFields, r.keywords, r.cooperationModes, r.maturity.name(),
                r.patents, r.indicativePrice, r.teamLead, r.status.name(), r.updatedAt);
    }
}
