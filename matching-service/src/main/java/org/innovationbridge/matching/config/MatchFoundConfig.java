package org.innovationbridge.matching.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When a newly indexed problem or result is announced with its best counterparts. */
@ConfigMapping(prefix = "ib.match-found")
public interface MatchFoundConfig {
    @WithDefault("true")
    boolean enabled();

    /** At most this many counterparts are announced per arrival. */
    @WithDefault("5")
    int top();

    /** Only counterparts at least this similar (cosine of the embeddings) are announced. */
    @WithDefault("0.6")
    double minSimilarity();
}
