package org.innovationbridge.matching.matchmaking.plan;

/** Why a meeting is in the pairing, in falling priority. */
public enum MeetingSource {
    /** The organiser required the pair to meet. */
    MUST_MEET,
    /** One participant asked for the meeting and the other accepted. */
    REQUEST,
    /** Chosen for its ranker score. */
    RANKED
}
