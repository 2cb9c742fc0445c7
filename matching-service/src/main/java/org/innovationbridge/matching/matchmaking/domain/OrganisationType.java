package org.innovationbridge.matching.matchmaking.domain;

/** Which side of the market a participant is on. */
public enum OrganisationType {
    ENTERPRISE, INSTITUTION
}
