package org.innovationbridge.matching.matchmaking.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.matching.matchmaking.domain.Participant;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {
    /** Participants still taking part, in registration order. */
    public List<Participant> active(UUID eventId) {
        return list("eventId = ?1 and cancelledAt is null order by createdAt, id", eventId);
    }

    public Optional<Participant> activeByOrganisation(UUID eventId, UUID organisationId) {
        return find("eventId = ?1 and organisationId = ?2 and cancelledAt is null", eventId, organisationId)
                .firstResultOptional();
    }

    public Optional<Participant> ofEvent(UUID eventId, UUID participantId) {
        return find("eventId = ?1 and id = ?2", eventId, participantId).firstResultOptional();
    }
}
