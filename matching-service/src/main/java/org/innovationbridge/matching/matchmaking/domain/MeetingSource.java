package org.innovationbridge.matching.matchmaking.domain;

/** Why a meeting is in the pairing — both sides agreed to a request, the organiser required it, or it ranked well. */
public enum MeetingSource {
    REQUEST, MUST_MEET, RANKED
}
