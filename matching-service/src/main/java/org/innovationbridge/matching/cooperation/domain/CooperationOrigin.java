package org.innovationbridge.matching.cooperation.domain;

/** Where a cooperation began: an accepted connection request or a meeting at a matchmaking event. */
public enum CooperationOrigin {
    CONNECTION, EVENT_MEETING
}
