package org.innovationbridge.matching.cooperation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.matching.cooperation.domain.Connection;
import org.innovationbridge.matching.cooperation.domain.ConnectionStatus;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ConnectionRepository implements PanacheRepositoryBase<Connection, UUID> {
    /** The open request between two items, whichever of them asked. */
    public Optional<Connection> openBetween(UUID oneItem, UUID otherItem) {
        return find("status = ?1 and ((fromItemId = ?2 and toItemId = ?3) or (fromItemId = ?3 and toItemId = ?2))",
                ConnectionStatus.PENDING, oneItem, otherItem).firstResultOptional();
    }

    public long sentBySince(UUID account, OffsetDateTime since) {
        return count("requesterAccount = ?1 and createdAt > ?2", account, since);
    }

    /** An organisation's requests, newest first: sent, received or both; all organisations' when null. */
    public List<Connection> of(UUID organisation, boolean sent, boolean received, ConnectionStatus status, int page,
                               int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        if (organisation != null) {
            query.append(sent && received ? " and (requesterId = :org or receiverId = :org)"
                    : sent ? " and requesterId = :org" : " and receiverId = :org");
        }
        if (status != null) {
            query.append(" and status = :status");
        }
        Map<String, Object> parameters = new HashMap<>();
        if (organisation != null) {
            parameters.put("org", organisation);
        }
        if (status != null) {
            parameters.put("status", status);
        }
        return find(query + " order by createdAt desc, id", parameters).page(page, size).list();
    }

    /** Open requests asked before the cut-off become EXPIRED; returns how many. */
    public int expireOlderThan(OffsetDateTime cutoff) {
        return update("status = ?1, version = version + 1 where status = ?2 and createdAt < ?3",
                ConnectionStatus.EXPIRED, ConnectionStatus.PENDING, cutoff);
    }
}
