package org.innovationbridge.matching.matchmaking.domain;

/** How the event meets — at a venue, online (virtual rooms), or both. */
public enum EventKind {
    ON_SITE, ONLINE, HYBRID
}
