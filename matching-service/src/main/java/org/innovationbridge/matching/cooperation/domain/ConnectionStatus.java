package org.innovationbridge.matching.cooperation.domain;

/** A request is open (PENDING) until the receiver answers, the requester withdraws it or it expires. */
public enum ConnectionStatus {
    PENDING, ACCEPTED, DECLINED, WITHDRAWN, EXPIRED
}
