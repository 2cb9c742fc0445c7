package org.innovationbridge.matching.matchmaking.plan;

/**
 * An (enterprise, institution) pair by index: a possible, required, requested or blocked meeting.
 *
 * @param enterprise  index of the enterprise participant, {@code >= 0}
 * @param institution index of the institution participant, {@code >= 0}
 */
public record Pair(int enterprise, int institution) {

    public Pair {
        if (enterprise < 0) {
            throw new IllegalArgumentException("enterprise index must be >= 0, was " + enterprise);
        }
        if (institution < 0) {
            throw new IllegalArgumentException("institution index must be >= 0, was " + institution);
        }
    }
}
