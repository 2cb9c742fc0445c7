package org.innovationbridge.matching.matchmaking.plan;

/**
 * A meeting the schedule could not place.
 *
 * @param meeting index of the meeting in {@link ScheduleProblem#meetings()}
 * @param reason  why it has no place
 */
public record UnplacedMeeting(int meeting, UnplacedReason reason) {
}
