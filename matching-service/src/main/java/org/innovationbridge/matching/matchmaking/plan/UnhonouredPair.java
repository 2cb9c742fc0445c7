package org.innovationbridge.matching.matchmaking.plan;

/**
 * A must-meet or accepted request that the pairing could not include.
 *
 * @param enterprise  index of the enterprise participant
 * @param institution index of the institution participant
 * @param source      {@link MeetingSource#MUST_MEET} or {@link MeetingSource#REQUEST}
 * @param reason      the first limit that stands in the way
 */
public record UnhonouredPair(int enterprise, int institution, MeetingSource source, UnhonouredReason reason) {
}
