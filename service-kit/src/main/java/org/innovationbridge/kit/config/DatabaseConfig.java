package org.innovationbridge.kit.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The service's database password, set from its own environment variable (see {@link DatabasePassword}). */
@ConfigMapping(prefix = "ib.database")
public interface DatabaseConfig {
    /** Empty when the variable it comes from is not set. */
    Optional<String> password();
}
