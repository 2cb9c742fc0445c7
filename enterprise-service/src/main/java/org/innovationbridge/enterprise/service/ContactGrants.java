package org.innovationbridge.enterprise.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.innovationbridge.enterprise.messaging.ContactGrantEvent;
import org.innovationbridge.enterprise.messaging.ContactGrantEvent.Party;
import org.innovationbridge.enterprise.repository.ContactGrantRepository;
import org.innovationbridge.kit.identity.Caller;

import java.util.Optional;
import java.util.UUID;

/** Which organisations may read an enterprise's contact details because a connection or a meeting matched them. */
@ApplicationScoped
public class ContactGrants {
    private final ContactGrantRepository grants;

    public ContactGrants(ContactGrantRepository grants) {
        this.grants = grants;
    }

    /**
     * Records the grant for each of its parties that is an enterprise (ours), in the consumer's transaction; an
     * event not newer than what is held changes nothing, so replays and redeliveries are harmless.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ContactGrantEvent event) {
        for (Party party : event.parties()) {
            if (Party.ENTERPRISE.equals(party.type())) {
                Party grantee = event.counterpartOf(party);
                grants.upsertIfNewer(event.grantId(), party.id(), grantee.id(), grantee.type(), event.version(),
                        event.revoked());
            }
        }
    }

    /** Whether the caller acts for an organisation holding an unrevoked grant with this enterprise. */
    public boolean held(UUID enterpriseId, Caller caller) {
        Optional<String> type = typeOf(caller);
        return type.isPresent() && caller.organisation().isPresent()
                && grants.unrevoked(enterpriseId, caller.organisation().get(), type.get());
    }

    /** The organisation type an account acts for; organisers and admins act for none. */
    private static Optional<String> typeOf(Caller caller) {
        if (caller.hasRole(Caller.ENTERPRISE)) {
            return Optional.of(Party.ENTERPRISE);
        }
        return caller.hasRole(Caller.INSTITUTION) ? Optional.of(Party.INSTITUTION) : Optional.empty();
    }
}
