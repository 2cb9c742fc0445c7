package org.innovationbridge.matching.ranking;

/**
 * How much each part of the hybrid ranking counts. Retriever weights scale reciprocal-rank contributions
 * {@code weight / (rrfK + rank)}; a retriever of weight 0 is not asked at all. Structure bonuses are in the same
 * units: at rrfK 60, 0.004 is roughly what separates rank 1 from rank 15 of one retriever.
 */
public record RankingWeights(double segmented, double grams, double semantic, int rrfK, int depth,
                             double sameChain, double sharedField, double cooperationMode, double maturityFit,
                             double sameDistrict) {

    /** The shipped ranking, chosen on the csl-techmatch dev split (see the evaluation command). */
    public static final RankingWeights SHIPPED = new RankingWeights(1.0, 1.0, 1.0, 60, 100,
            0.004, 0.002, 0.002, 0.002, 0.001);

    public static RankingWeights only(double segmented, double grams, double semantic) {
        return new RankingWeights(segmented, grams, semantic, 60, 100, 0, 0, 0, 0, 0);
    }
}
