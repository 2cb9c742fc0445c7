package org.innovationbridge.matching.config;

import io.smallrye.config.ConfigMapping;

/**
 * The calibration that turns a hit's evidence into a match strength: a logistic model over the cosine
 * similarity, the retrievers' fused share and the weighted share of the query's words the hit has, and the
 * probabilities from which a hit counts as strong or medium. The fitted values and where they come from are in
 * {@code application.properties}.
 */
@ConfigMapping(prefix = "ib.match-strength")
public interface MatchStrengthConfig {
    double intercept();

    /** Per unit of cosine similarity. */
    double similarity();

    /** When the hit was not among the semantic retriever's candidates (no similarity known). */
    double semanticMissing();

    /** Per 0.01 of the retrievers' fused reciprocal-rank share (structure bonuses excluded). */
    double retrieval();

    /** Per unit of term coverage (0–1). */
    double coverage();

    /** Probability from which a hit is 强. */
    double strongFrom();

    /** Probability from which a hit is 中; below it 弱. */
    double mediumFrom();
}
