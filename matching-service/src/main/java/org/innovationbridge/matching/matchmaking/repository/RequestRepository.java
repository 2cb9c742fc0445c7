package org.innovationbridge.matching.matchmaking.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.matching.matchmaking.domain.MeetingRequest;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RequestRepository implements PanacheRepositoryBase<MeetingRequest, UUID> {
    public List<MeetingRequest> ofEvent(UUID eventId) {
        return list("eventId = ?1 order by createdAt, id", eventId);
    }

    public Optional<MeetingRequest> ofEvent(UUID eventId, UUID requestId) {
        return find("eventId = ?1 and id = ?2", eventId, requestId).firstResultOptional();
    }

    public Optional<MeetingRequest> between(UUID eventId, UUID from, UUID to) {
        return find("eventId = ?1 and fromParticipantId = ?2 and toParticipantId = ?3", eventId, from, to)
                .firstResultOptional();
    }
}
