package org.innovationbridge.gateway.identity;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.innovationbridge.gateway.config.IdentityConfig;
import org.jboss.logging.Logger;

/**
 * Creates the first admin account ({@code admin}) from {@code IB_ADMIN_PASSWORD} when it does not exist yet; an
 * existing one is left as it is (its password is never reset from the environment). Later admins are created by
 * admins.
 */
@ApplicationScoped
public class FirstAdmin {
    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    void create(@Observes StartupEvent start, IdentityService identity, IdentityConfig config) {
        if (identity.exists(config.firstAdmin().username())) {
            return;
        }
        config.firstAdmin().password().ifPresentOrElse(
                password -> {
                    identity.create(config.firstAdmin().username(), password, Role.ADMIN);
                    LOG.infof("created the first admin account '%s'", config.firstAdmin().username());
                },
                () -> LOG.warnf("IB_ADMIN_PASSWORD is not set, so the first admin '%s' is not created", config.firstAdmin().username()));
    }
}
