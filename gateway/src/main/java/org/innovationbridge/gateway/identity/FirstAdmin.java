package org.innovationbridge.gateway.identity;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.innovationbridge.gateway.config.IdentityConfig;
import org.jboss.logging.Logger;

/** Creates the first admin from {@code IB_ADMIN_PASSWORD} when no admin exists; later admins are created by admins. */
@ApplicationScoped
public class FirstAdmin {
    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    void create(@Observes StartupEvent start, IdentityService identity, IdentityConfig config) {
        if (identity.anyWithRole(Role.ADMIN)) {
            return;
        }
        config.firstAdmin().password().ifPresentOrElse(
                password -> {
                    identity.create(config.firstAdmin().username(), password, Role.ADMIN);
                    LOG.infof("created the first admin account '%s'", config.firstAdmin().username());
                },
                () -> LOG.warn("no admin account exists and IB_ADMIN_PASSWORD is not set: nobody can create organisers"));
    }
}
