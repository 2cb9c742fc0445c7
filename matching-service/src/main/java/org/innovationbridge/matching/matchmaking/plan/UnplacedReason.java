package org.innovationbridge.matching.matchmaking.plan;

/** Why a meeting has no place in the schedule. */
public enum UnplacedReason {
    /** The meeting is locked to a placement outside the event, in a slot one participant is unavailable, or
     * on a table or participant another locked meeting already holds in that slot. */
    LOCKED_CONFLICT,
    /** The enterprise is unavailable in every slot. */
    ENTERPRISE_UNAVAILABLE,
    /** The institution is unavailable in every slot. */
    INSTITUTION_UNAVAILABLE,
    /** Both have available slots, but none in common. */
    NO_COMMON_AVAILABLE_SLOT,
    /** Both have common available slots, but none inside the meeting's window (its session). */
    OUTSIDE_WINDOW,
    /** In every slot both can attend, one of them already has another meeting. */
    PARTICIPANT_BOOKED,
    /** Both are free in some slot, but every such slot has all its tables taken. */
    NO_TABLE_FREE
}
