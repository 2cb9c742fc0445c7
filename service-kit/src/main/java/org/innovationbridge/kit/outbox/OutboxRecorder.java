package org.innovationbridge.kit.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Writes events into the outbox inside the caller's transaction, so the change and its event commit together.
 * Plain JDBC on the service's datasource: within a JTA transaction it hands out the connection the transaction
 * already holds, and the service's persistence unit needs no outbox entity.
 */
@ApplicationScoped
public class OutboxRecorder {
    private final DataSource db;
    private final ObjectMapper json;

    public OutboxRecorder(DataSource db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(String aggregateType, UUID aggregateId, long aggregateVersion, String eventType, Object payload) {
        UUID eventId = UUID.randomUUID();
        try (Connection connection = db.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into outbox_event (event_id, aggregate_type,"
                     + " aggregate_id, aggregate_version, event_type, payload, occurred_at) values (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, eventId);
            insert.setString(2, aggregateType);
            insert.setObject(3, aggregateId);
            insert.setLong(4, aggregateVersion);
            insert.setString(5, eventType);
            insert.setString(6, json.valueToTree(payload).toString());
            insert.setObject(7, OffsetDateTime.now());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("outbox event not recorded: " + e.getMessage(), e);
        }
        return eventId;
    }
}
