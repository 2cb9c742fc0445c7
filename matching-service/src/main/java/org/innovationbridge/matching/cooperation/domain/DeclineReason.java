package org.innovationbridge.matching.cooperation.domain;

/** Why a receiver declines, from a fixed list the requester can read (婉拒原因). */
public enum DeclineReason {
    NOT_RELEVANT, NO_CAPACITY, ALREADY_COOPERATING, INSUFFICIENT_INFORMATION, OTHER
}
