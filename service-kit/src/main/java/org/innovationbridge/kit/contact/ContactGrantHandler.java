package org.innovationbridge.kit.contact;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovationbridge.kit.consumer.EventHandler;
import org.innovationbridge.kit.event.EventEnvelope;

import java.util.Set;

/**
 * Keeps the contact grants that name one of our organisations, from matching-service's {@code ib.contact.events},
 * as the consumer {@code <application>.contact-grants}.
 */
@ApplicationScoped
@IfBuildProperty(name = ContactGrants.ENABLED, stringValue = "true")
public class ContactGrantHandler implements EventHandler {
    private final ContactGrants grants;
    private final String name;

    public ContactGrantHandler(ContactGrants grants, @ConfigProperty(name = "quarkus.application.name") String application) {
        this.grants = grants;
        this.name = nameFor(application);
    }

    /** The consumer's name (its group, meters and dead-letter header) in the application of this name. */
    public static String nameFor(String application) {
        return application + ".contact-grants";
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<String> topics() {
        return Set.of(ContactGrantEvent.TOPIC);
    }

    @Override
    public void handle(EventEnvelope event) {
        grants.apply(ContactGrantEvent.of(event));
    }
}
