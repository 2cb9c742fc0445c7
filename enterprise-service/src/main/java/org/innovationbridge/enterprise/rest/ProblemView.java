package org.innovationbridge.enterprise.rest;

import org.innovationbridge.enterprise.domain.Problem;
import org.innovationbridge.enterprise.domain.ProblemStatus;
import org.innovationbridge.enterprise.domain.Visibility;
import org.innovationbridge.enterprise.service.ProblemService;
import org.innovationbridge.kit.identity.Caller;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A technical problem as the API returns it. {@code enterpriseId} and {@code enterpriseName} are null in others' views of confidential problems. */
public record ProblemView(
        UUID id, UUID enterpriseId, String enterpriseName, String title, String description, String industryChain,
        List<String> technicalFields, List<String> keywords, List<String> cooperationModes, BigDecimal budgetMin,
        BigDecimal budgetMax, String expectedMaturity, LocalDate deadline, Visibility visibility,
        ProblemStatus status, Set<ProblemStatus> allowedTransitions, long version, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** The owner's view: everything. */
    static ProblemView full(Problem p) {
        return of(p, false);
    }

    /** What this caller may see: a confidential problem without the enterprise behind it, unless it may know. */
    static ProblemView forCaller(Problem p, Caller caller) {
        return of(p, !ProblemService.revealsEnterprise(p, caller));
    }

    private static ProblemView of(Problem p, boolean anonymous) {
        return new ProblemView(p.id, anonymous ? null : p.enterprise.id, anonymous ? null : p.enterprise.name,
                p.title, p.description, p.industryChain, p.technicalFields, p.keywords, p.cooperationModes,
                p.budgetMin, p.budgetMax, p.expectedMaturity == null ? null : p.expectedMaturity.name(), p.deadline,
                p.visibility, p.status, p.status.next(), p.version, p.createdAt, p.updatedAt);
    }
}
