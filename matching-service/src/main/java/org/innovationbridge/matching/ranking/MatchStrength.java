package org.innovationbridge.matching.ranking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.innovationbridge.matching.config.MatchStrengthConfig;

/**
 * The calibrated strength of a hit: the probability, from a logistic model fitted on a labelled retrieval set,
 * that the hit is what the query was looking for, cut into 强 / 中 / 弱. Ranks alone cannot say this (the first
 * hit of a query nothing fits is still first), so the model also reads the absolute evidence: how similar the
 * meanings are and how much of the query's vocabulary the hit shares.
 */
public record MatchStrength(double intercept, double similarity, double semanticMissing, double retrieval,
                            double coverage, double strongFrom, double mediumFrom) {

    public MatchStrength {
        if (!(mediumFrom > 0 && mediumFrom < strongFrom && strongFrom < 1)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < mediumFrom < strongFrom < 1, got "
                    + mediumFrom + " and " + strongFrom);
        }
    }

    /** The evidence the model reads: cosine (null when unknown), the retrievers' fused share, term coverage. */
    public double probability(Double cosine, double retrieverShare, double termCoverage) {
        double z = intercept + (cosine == null ? semanticMissing : similarity * cosine)
                + retrieval * retrieverShare * 100 + coverage * termCoverage;
        return 1 / (1 + Math.exp(-z));
    }

    public Strength level(double probability) {
        return probability >= strongFrom ? Strength.STRONG
                : probability >= mediumFrom ? Strength.MEDIUM : Strength.WEAK;
    }

    /** A record cannot be proxied, so the configured model is a singleton. */
    @ApplicationScoped
    static class Configured {
        @Produces
        @Singleton
        MatchStrength fromConfig(MatchStrengthConfig config) {
            return new MatchStrength(config.intercept(), config.similarity(), config.semanticMissing(),
                    config.retrieval(), config.coverage(), config.strongFrom(), config.mediumFrom());
        }
    }
}
