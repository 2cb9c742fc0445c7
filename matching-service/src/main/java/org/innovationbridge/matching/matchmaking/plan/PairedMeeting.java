package org.innovationbridge.matching.matchmaking.plan;

/**
 * One meeting chosen by the pairing.
 *
 * @param enterprise  index of the enterprise participant
 * @param institution index of the institution participant
 * @param score       the pair's candidate score, {@code 0} for a must-meet or request that was no candidate
 * @param source      why it was included
 */
public record PairedMeeting(int enterprise, int institution, double score, MeetingSource source) {

    /** The pair that meets. */
    public Pair pair() {
        return new Pair(enterprise, institution);
    }
}
