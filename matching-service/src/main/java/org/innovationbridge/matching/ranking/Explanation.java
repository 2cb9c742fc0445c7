package org.innovationbridge.matching.ranking;

import java.util.List;

/**
 * Why a hit ranks where it does: the query's meaningful words found in it (the weightiest few, and the weighted
 * share of the query's words it has), the semantic similarity (cosine), each retriever's rank and contribution,
 * the structured facts that agreed, and the calibrated strength of the match ({@link MatchStrength}).
 */
public record Explanation(List<String> matchedTerms, double termCoverage, Double similarity, Part segmented,
                          Part grams, Part semantic, Structure structure, Strength strength) {

    /** One retriever's view: its rank and raw score (null when it did not return the hit) and the fused share. */
    public record Part(Integer rank, Double score, double contribution) {
    }

    /** The structured facts both sides share, e.g. {@code industryChain:new-materials}, and their bonus. */
    public record Structure(List<String> agreed, double contribution) {
    }
}
