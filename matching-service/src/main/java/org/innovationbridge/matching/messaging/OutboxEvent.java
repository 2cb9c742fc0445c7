package org.innovationbridge.matching.messaging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of the transactional outbox: an event committed with its change, waiting for the relay. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "aggregate_type")
    public String aggregateType;
    @Column(name = "aggregate_id")
    public UUID aggregateId;
    @Column(name = "aggregate_version")
    public long aggregateVersion;
    @Column(name = "event_type")
    public String eventType;
    public String payload;
    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
}
