package org.innovationbridge.matching.matchmaking.plan;

/**
 * A participant that gets fewer meetings than its (effective) minimum.
 *
 * @param side     which side the participant is on
 * @param index    the participant's index on that side
 * @param min      its effective minimum
 * @param meetings how many meetings it got
 */
public record MinShortfall(Side side, int index, int min, int meetings) {
}
