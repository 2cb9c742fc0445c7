package org.innovationbridge.matching.matchmaking.domain;

/** What came of a meeting after the event, from least to most. */
public enum Outcome {
    NO_FURTHER_CONTACT, TALKS_STARTED, INTENT_SIGNED, CONTRACT
}
