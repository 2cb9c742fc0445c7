package org.innovationbridge.research.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.research.service.ContactGrants;
import org.innovationbridge.kit.consumer.EventHandler;
import org.innovationbridge.kit.event.EventEnvelope;

import java.util.Set;

/** Keeps the contact grants that name one of our institutions, from matching-service's {@code ib.contact.events}. */
@ApplicationScoped
public class ContactGrantHandler implements EventHandler {
    public static final String NAME = "research-service.contact-grants";

    private final ContactGrants grants;

    public ContactGrantHandler(ContactGrants grants) {
        this.grants = grants;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.CONTACT_EVENTS);
    }

    @Override
    public void handle(EventEnvelope event) {
        grants.apply(ContactGrantEvent.of(event));
    }
}
