package org.innovationbridge.matching.matchmaking.domain;

/** An organiser's rule about one pair. */
public enum RuleKind {
    MUST_MEET, BLOCK
}
