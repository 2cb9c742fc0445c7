package org.innovationbridge.matching.cooperation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.matching.cooperation.domain.ConnectionMessage;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MessageRepository implements PanacheRepositoryBase<ConnectionMessage, UUID> {
    public List<ConnectionMessage> thread(UUID connectionId) {
        return list("connectionId = ?1 order by sentAt, id", connectionId);
    }

    /** Marks the other side's unread messages read by this organisation; returns how many. */
    public int markRead(UUID connectionId, UUID reader, OffsetDateTime at) {
        return update("readAt = ?1 where connectionId = ?2 and authorId <> ?3 and readAt is null", at, connectionId, reader);
    }
}
