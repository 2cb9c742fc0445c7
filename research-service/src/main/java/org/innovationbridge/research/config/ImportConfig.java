package org.innovationbridge.research.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "ib.import")
public interface ImportConfig {
    /** Most data rows one upload may have; a longer file is refused whole, before anything is written. */
    @WithDefault("20000")
    int maxRows();

    /** Uploads read at the same time on this instance (reading holds the file's rows in memory). */
    @WithDefault("2")
    int readers();

    /** Jobs that run at the same time on this instance. */
    @WithDefault("2")
    int workers();

    /** Jobs that may wait for a worker; beyond that an upload is refused with 429 (each holds its rows in memory). */
    @WithDefault("8")
    int queued();

    /** How often an instance renews the heartbeat of the jobs it holds (queued or running). */
    @WithDefault("10s")
    Duration heartbeatEvery();

    /**
     * How old an unfinished job's heartbeat may get before the job counts as abandoned (its instance was killed)
     * and is marked FAILED; several heartbeats long, so a busy instance is never taken for a dead one.
     */
    @WithDefault("2m")
    Duration lease();

    /** How often abandoned jobs are looked for. */
    @WithDefault("30s")
    Duration sweepEvery();
}
