package org.innovationbridge.matching.matchmaking.domain;

/** A meeting request — asked, then accepted or declined by the other side. */
public enum RequestStatus {
    REQUESTED, ACCEPTED, DECLINED
}
