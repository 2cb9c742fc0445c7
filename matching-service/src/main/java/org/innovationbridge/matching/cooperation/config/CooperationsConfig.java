package org.innovationbridge.matching.cooperation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How cooperations are followed. */
@ConfigMapping(prefix = "ib.cooperations")
public interface CooperationsConfig {
    /** A cooperation without an update for this long counts as stale when the bureau asks for stale ones. */
    @WithDefault("P30D")
    Duration staleAfter();
}
