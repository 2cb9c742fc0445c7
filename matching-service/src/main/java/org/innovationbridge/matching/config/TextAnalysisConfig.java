package org.innovationbridge.matching.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where Chinese text is analysed: in this service (default), or by a cluster that has the smartcn plugin. */
@ConfigMapping(prefix = "ib.text-analysis")
public interface TextAnalysisConfig {
    enum Mode {
        /** Segmented here with Lucene's smartcn; the cluster only splits on whitespace (works on any cluster). */
        SERVICE,
        /** Raw text goes to the cluster, whose smartcn and cjk analyzers segment it (needs analysis-smartcn). */
        SERVER
    }

    @WithDefault("service")
    Mode mode();
}
