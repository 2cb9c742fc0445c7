package org.innovationbridge.matching.matchmaking.plan;

/**
 * A pair the ranker proposes, with its score.
 *
 * @param enterprise  index of the enterprise participant
 * @param institution index of the institution participant
 * @param score       how good the meeting is, finite and {@code >= 0}; the pairing maximises the sum
 */
public record Candidate(int enterprise, int institution, double score) {

    public Candidate {
        new Pair(enterprise, institution);
        if (!Double.isFinite(score) || score < 0) {
            throw new IllegalArgumentException("candidate score must be finite and >= 0, was " + score);
        }
    }

    /** The pair this candidate proposes. */
    public Pair pair() {
        return new Pair(enterprise, institution);
    }
}
