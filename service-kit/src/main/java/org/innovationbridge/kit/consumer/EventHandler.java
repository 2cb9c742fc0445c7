package org.innovationbridge.kit.consumer;

import org.innovationbridge.kit.event.EventEnvelope;

import java.util.Set;

/**
 * What a service gives the kit's consumer: a bean of this type per thing it keeps from other services' topics. The
 * kit runs one poll loop per handler, calls {@link #handle} in a transaction of its own for every event, and commits
 * the offsets only after that transaction committed; a replay after a crash therefore reaches the handler again, so
 * the handler must be idempotent (compare the aggregate version with what it holds).
 */
public interface EventHandler {
    /** The consumer group (and the name of its thread, meters and health entry); stable across releases. */
    String name();

    /** The topics it reads, without {@code ib.kafka.topic-prefix}; the service creates them (its outbox routing). */
    Set<String> topics();

    /**
     * Applies one event inside the kit's transaction. An event that can never be applied (a payload this version
     * cannot read) throws {@link UnusableEvent}: it goes to the dead-letter topic and the partition moves on. Any
     * other exception rolls back and the event is read again after a back-off.
     */
    void handle(EventEnvelope event);
}
