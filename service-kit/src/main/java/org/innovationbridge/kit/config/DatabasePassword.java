package org.innovationbridge.kit.config;

import io.quarkus.runtime.Startup;
import io.smallrye.config.Expressions;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A service never connects with a password anyone can read in its sources. Each service sets
 * {@code ib.database.password} from its own environment variable (e.g. {@code ${ENTERPRISE_DB_PASSWORD}}, with a
 * default only in the dev and test profiles) and its datasource from that property. Without the variable the
 * service stops at start with a message that names it, instead of connecting with an empty password that a
 * database trusting local connections would accept.
 */
@Startup
@ApplicationScoped
public class DatabasePassword {
    static final String PROPERTY = "ib.database.password";

    public DatabasePassword(DatabaseConfig database) {
        if (database.password().filter(password -> !password.isBlank()).isEmpty()) {
            String source = Expressions.withoutExpansion(
                    () -> ConfigProvider.getConfig().getConfigValue(PROPERTY).getRawValue());
            throw new IllegalStateException("no database password: " + PROPERTY + " comes from " + source
                    + ", which is not set; set that environment variable");
        }
    }
}
