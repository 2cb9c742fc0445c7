package org.innovationbridge.matching.matchmaking.plan;

/** The two sides of a matchmaking event; every meeting has one participant of each. */
public enum Side {
    ENTERPRISE,
    INSTITUTION
}
