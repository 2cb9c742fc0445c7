package org.innovationbridge.matching.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.innovationbridge.matching.ranking.Strength;

/** When a newly indexed problem or result is announced with its best counterparts. */
@ConfigMapping(prefix = "ib.match-found")
public interface MatchFoundConfig {
    @WithDefault("true")
    boolean enabled();

    /** At most this many counterparts are announced per arrival. */
    @WithDefault("5")
    int top();

    /** Only counterparts of at least this calibrated strength are announced (and so reach feeds and inboxes). */
    @WithDefault("STRONG")
    Strength minStrength();
}
