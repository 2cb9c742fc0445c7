package org.innovationbridge.research.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.innovationbridge.research.messaging.ContactGrantEvent;
import org.innovationbridge.research.messaging.ContactGrantEvent.Party;
import org.innovationbridge.research.repository.ContactGrantRepository;
import org.innovationbridge.kit.identity.Caller;

import java.util.Optional;
import java.util.UUID;

/** Which organisations may read an institution's contact details because a connection or a meeting matched them. */
@ApplicationScoped
public class ContactGrants {
    private final ContactGrantRepository grants;

    public ContactGrants(ContactGrantRepository grants) {
        this.grants = grants;
    }

    /**
     * Records the grant for each of its parties that is an institution (ours), in the consumer's transaction; an
     * event not newer than what is held changes nothing, so replays and redeliveries are harmless.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ContactGrantEvent event) {
        for (Party party : event.parties()) {
            if (Party.INSTITUTION.equals(party.type())) {
                Party grantee = event.counterpartOf(party);
                grants.upsertIfNewer(event.grantId(), party.id(), grantee.id(), grantee.type(), event.version(),
                        event.revoked());
            }
        }
    }

    /** Whether the caller acts for an organisation holding an unrevoked grant with this institution. */
    public boolean held(UUID institutionId, Caller caller) {
        Optional<String> type = typeOf(caller);
        return type.isPresent() && caller.organisation().isPresent()
                && grants.unrevoked(institutionId, caller.organisation().get(), type.get());
    }

    /** The organisation type an account acts for; organisers and admins act for none. */
    private static Optional<String> typeOf(Caller caller) {
        if (caller.hasRole(Caller.ENTERPRISE)) {
            return Optional.of(Party.ENTERPRISE);
        }
        return caller.hasRole(Caller.INSTITUTION) ? Optional.of(Party.INSTITUTION) : Optional.empty();
    }
}
