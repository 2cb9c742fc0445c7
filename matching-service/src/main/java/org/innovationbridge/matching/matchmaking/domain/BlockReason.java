package org.innovationbridge.matching.matchmaking.domain;

/** Why two participants must never be paired. */
public enum BlockReason {
    SAME_GROUP, MET_BEFORE, CONFLICT_OF_INTEREST
}
