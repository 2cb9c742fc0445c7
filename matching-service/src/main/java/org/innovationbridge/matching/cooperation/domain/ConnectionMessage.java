package org.innovationbridge.matching.cooperation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One message of an accepted connection's thread; read_at is when the other side first read it. */
@Entity
@Table(name = "cx_message")
public class ConnectionMessage {
    @Id
    public UUID id;
    @Column(name = "connection_id")
    public UUID connectionId;
    @Column(name = "author_id")
    public UUID authorId;
    public String text;
    @Column(name = "sent_at")
    public OffsetDateTime sentAt;
    @Column(name = "read_at")
    public OffsetDateTime readAt;
}
