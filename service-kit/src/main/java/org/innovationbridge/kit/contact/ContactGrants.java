package org.innovationbridge.kit.contact;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovationbridge.kit.contact.ContactGrantEvent.Party;
import org.innovationbridge.kit.identity.Caller;

import java.util.Optional;
import java.util.UUID;

/**
 * Which organisations may read the contact details of an organisation this service owns, because a connection or a
 * meeting matched them. Present only where {@value #ENABLED} is true; {@value #OWNER} names the type this service
 * owns.
 */
@ApplicationScoped
@IfBuildProperty(name = ContactGrants.ENABLED, stringValue = "true")
public class ContactGrants {
    public static final String ENABLED = "ib.contact-grants.enabled";
    public static final String OWNER = "ib.contact-grants.owner";

    private final ContactGrantRepository grants;
    private final OrganisationType owner;

    public ContactGrants(ContactGrantRepository grants, @ConfigProperty(name = OWNER) OrganisationType owner) {
        this.grants = grants;
        this.owner = owner;
    }

    /**
     * Records the grant for each of its parties that is of our type, in the consumer's transaction; an event not
     * newer than what is held changes nothing, so replays and redeliveries are harmless.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ContactGrantEvent event) {
        for (Party party : event.parties()) {
            if (party.type() == owner) {
                Party grantee = event.counterpartOf(party);
                grants.upsertIfNewer(event.grantId(), party.id(), grantee.id(), grantee.type(), event.version(),
                        event.revoked());
            }
        }
    }

    /** Whether the caller acts for an organisation holding an unrevoked grant with this one of ours. */
    public boolean held(UUID ownedId, Caller caller) {
        Optional<OrganisationType> type = OrganisationType.of(caller);
        return type.isPresent() && caller.organisation().isPresent()
                && grants.unrevoked(ownedId, caller.organisation().get(), type.get());
    }
}
