package org.innovationbridge.research.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.research.config.ImportConfig;
import org.innovationbridge.research.repository.ImportJobRepository;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Leases of unfinished import jobs. An instance renews the heartbeat of every job it holds; any instance marks a
 * job FAILED at the row it reached once its heartbeat is older than the lease, which is what is left of a job
 * whose instance was killed outright (a graceful stop marks its jobs itself). The re-upload then resumes: rows
 * already imported are matched, not duplicated.
 */
@ApplicationScoped
public class ImportLeases {
    private static final Logger LOG = Logger.getLogger(ImportLeases.class);

    private final ImportJobRepository jobs;
    private final ImportConfig config;
    private final Set<UUID> held = ConcurrentHashMap.newKeySet();

    public ImportLeases(ImportJobRepository jobs, ImportConfig config) {
        this.jobs = jobs;
        this.config = config;
    }

    void hold(UUID jobId) {
        held.add(jobId);
    }

    void release(UUID jobId) {
        held.remove(jobId);
    }

    @Scheduled(every = "${ib.import.heartbeat-every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void renew() {
        List<UUID> holding = List.copyOf(held);
        QuarkusTransaction.requiringNew().run(() -> jobs.heartbeat(holding));
    }

    @Scheduled(every = "${ib.import.sweep-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledSweep() {
        sweep();
    }

    /** Marks abandoned jobs FAILED; returns how many. */
    public int sweep() {
        int failed = QuarkusTransaction.requiringNew().call(() -> jobs.failAbandoned(config.lease(), Timestamps.now()));
        if (failed > 0) {
            LOG.warnf("%d import job(s) abandoned by a stopped instance marked FAILED", failed);
        }
        return failed;
    }
}
