package org.innovationbridge.matching.matchmaking.plan;

/** Why a must-meet or accepted request is not in the pairing. */
public enum UnhonouredReason {
    /** The pair is blocked; blocks always win. */
    BLOCKED,
    /** The enterprise already has its maximum number of meetings (all of equal or higher priority). */
    ENTERPRISE_AT_MAX,
    /** The institution already has its maximum number of meetings (all of equal or higher priority). */
    INSTITUTION_AT_MAX,
    /** Every place of the event (slots × tables) is taken by meetings of equal or higher priority. */
    EVENT_FULL
}
