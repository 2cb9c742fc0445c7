package org.innovationbridge.matching.cooperation.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Limits of connection requests (对接申请). */
@ConfigMapping(prefix = "ib.connections")
public interface ConnectionsConfig {
    /** An unanswered request expires after this long and the pair may be asked again. */
    @WithDefault("P30D")
    Duration expireAfter();

    /** Requests one account may send in an hour: enough for real work, too few to spam every institution. */
    @WithDefault("30")
    int perAccountPerHour();
}
