package org.innovationbridge.enterprise.messaging;

import org.innovationbridge.enterprise.domain.Problem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Payload of problem events: everything the matcher needs to index and rank a problem. */
public record ProblemSnapshot(
        UUID id, UUID enterpriseId, String enterpriseName, String district, String title, String description,
        String industryChain, List<String> technicalFields, List<String> keywords, List<String> cooperationModes,
        BigDecimal budgetMin, BigDecimal budgetMax, String expectedMaturity, LocalDate deadline,
        String visibility, String status, OffsetDateTime updatedAt) {

    public static ProblemSnapshot of(Problem p) {
        return new ProblemSnapshot(p.id, p.enterprise.id, p.enterprise.name, p.enterprise.district, p.title,
                p.description, p.industryChain, p.technicalFields, p.keywords, p.cooperationModes, p.budgetMin,
                p.budgetMax, p.expectedMaturity == null ? null : p.expectedMaturity.name(), p.deadline,
                p.visibility.name(), p.status.name(), p.updatedAt);
    }
}
