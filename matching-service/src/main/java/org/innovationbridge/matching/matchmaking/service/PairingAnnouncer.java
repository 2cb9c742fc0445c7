package org.innovationbridge.matching.matchmaking.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.kit.outbox.OutboxRecorder;
import org.innovationbridge.matching.cooperation.service.ContactGrants;
import org.innovationbridge.matching.matchmaking.domain.MatchmakingEvent;
import org.innovationbridge.matching.matchmaking.domain.OrganisationType;
import org.innovationbridge.matching.messaging.OutboxRoutes;

/**
 * A published (or re-planned published) pairing list, into the outbox in the caller's transaction; with it, each
 * placed meeting lets its two sides read each other's contact details. A meeting granted before is granted again
 * at the same version, which its consumers ignore.
 */
@ApplicationScoped
public class PairingAnnouncer {
    private final PairingListing listing;
    private final OutboxRecorder outbox;
    private final ContactGrants grants;

    public PairingAnnouncer(PairingListing listing, OutboxRecorder outbox, ContactGrants grants) {
        this.listing = listing;
        this.outbox = outbox;
        this.grants = grants;
    }

    public void announce(MatchmakingEvent event, String eventType) {
        PairingListing.PairingView view = listing.of(event);
        outbox.record(OutboxRoutes.MATCHMAKING_EVENT, event.id, event.version, eventType, view);
        for (PairingListing.MeetingView meeting : view.meetings()) {
            if (meeting.slot() != null) {
                grants.grant(meeting.id(), ContactGrants.Source.EVENT_MEETING,
                        new ContactGrants.Party(OrganisationType.ENTERPRISE, meeting.enterpriseOrganisationId()),
                        new ContactGrants.Party(OrganisationType.INSTITUTION, meeting.institutionOrganisationId()));
            }
        }
    }
}
