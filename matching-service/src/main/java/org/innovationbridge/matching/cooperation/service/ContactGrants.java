package org.innovationbridge.matching.cooperation.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.kit.outbox.OutboxRecorder;
import org.innovationbridge.matching.matchmaking.domain.OrganisationType;
import org.innovationbridge.matching.messaging.OutboxRoutes;

import java.util.List;
import java.util.UUID;

/**
 * Who may read whose contact details, told to the services that own them: an event on ib.contact.events, recorded
 * in the caller's transaction. Version 1 grants, version 2 revokes, so a consumer keeps the newest it has seen.
 */
@ApplicationScoped
public class ContactGrants {
    public static final String GRANTED = "ContactGranted";
    public static final String REVOKED = "ContactRevoked";

    public enum Source {
        CONNECTION, EVENT_MEETING
    }

    public record Party(OrganisationType type, UUID id) {
    }

    /** The payload: each party may read the other's contact details (or no longer, once revoked). */
    public record Grant(UUID grantId, Source source, List<Party> parties) {
    }

    private final OutboxRecorder outbox;

    public ContactGrants(OutboxRecorder outbox) {
        this.outbox = outbox;
    }

    public void grant(UUID grantId, Source source, Party one, Party other) {
        outbox.record(OutboxRoutes.CONTACT_GRANT, grantId, 1, GRANTED, new Grant(grantId, source, List.of(one, other)));
    }

    public void revoke(UUID grantId, Source source, Party one, Party other) {
        outbox.record(OutboxRoutes.CONTACT_GRANT, grantId, 2, REVOKED, new Grant(grantId, source, List.of(one, other)));
    }
}
