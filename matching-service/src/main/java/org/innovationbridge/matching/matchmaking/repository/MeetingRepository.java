package org.innovationbridge.matching.matchmaking.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.matching.matchmaking.domain.Meeting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, UUID> {
    /** The meetings of the current pairing (cancelled ones left out), placed ones by slot and table first. */
    public List<Meeting> current(UUID eventId) {
        return list("eventId = ?1 and cancelledAt is null order by slot nulls last, table nulls last, score desc, id",
                eventId);
    }

    public Optional<Meeting> ofEvent(UUID eventId, UUID meetingId) {
        return find("eventId = ?1 and id = ?2", eventId, meetingId).firstResultOptional();
    }

    /** Drops the pairing's meetings before a new pairing replaces them. */
    public void deleteCurrent(UUID eventId) {
        delete("eventId = ?1 and cancelledAt is null", eventId);
    }
}
