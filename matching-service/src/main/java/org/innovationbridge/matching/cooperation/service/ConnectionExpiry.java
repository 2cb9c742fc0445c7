package org.innovationbridge.matching.cooperation.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Marks unanswered requests past their time EXPIRED, so the pair may be asked again. */
@ApplicationScoped
public class ConnectionExpiry {
    private final ConnectionService connections;

    public ConnectionExpiry(ConnectionService connections) {
        this.connections = connections;
    }

    @Scheduled(every = "${ib.connections.sweep-every:1m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        connections.expireOverdue();
    }
}
