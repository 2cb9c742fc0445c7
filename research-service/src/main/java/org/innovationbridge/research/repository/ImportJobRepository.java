package org.innovationbridge.research.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.research.domain.ImportJob;
import org.innovationbridge.research.domain.ImportStatus;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Import jobs. Progress is written with single-statement updates, so a row's transaction adds its count to
 * what is committed without reading the job first.
 */
@ApplicationScoped
public class ImportJobRepository implements PanacheRepositoryBase<ImportJob, UUID> {

    /** The counter a processed row adds one to, besides rowsDone. */
    public enum Counter {
        CREATED("created"), UPDATED("updated"), UNCHANGED("unchanged"), REJECTED("rejected");

        private final String property;

        Counter(String property) {
            this.property = property;
        }
    }

    public void countRow(UUID jobId, Counter counter, OffsetDateTime now) {
        update("rowsDone = rowsDone + 1, " + counter.property + " = " + counter.property + " + 1, updatedAt = ?2"
                + " where id = ?1", jobId, now);
    }

    /** Moves a job from one status to another; false when it was no longer in {@code from}. */
    public boolean move(UUID jobId, ImportStatus from, ImportStatus to, OffsetDateTime now) {
        String started = to == ImportStatus.RUNNING ? ", startedAt = ?4" : ", finishedAt = ?4";
        return update("status = ?3, updatedAt = ?4" + started + " where id = ?1 and status = ?2",
                jobId, from, to, now) == 1;
    }

    /** Renews the heartbeat of these unfinished jobs on the database's clock: this instance still holds them. */
    public void heartbeat(Collection<UUID> jobIds) {
        if (!jobIds.isEmpty()) {
            update("heartbeatAt = current_timestamp where id in ?1 and status in ?2", jobIds,
                    List.of(ImportStatus.QUEUED, ImportStatus.RUNNING));
        }
    }

    /**
     * Marks FAILED every unfinished job whose heartbeat is older than the lease (on the database's clock, like the
     * heartbeat), saying how far it got; returns how many it marked. The rows it imported stay, and a re-upload of
     * the file matches them.
     */
    public int failAbandoned(Duration lease, OffsetDateTime now) {
        return getEntityManager().createNativeQuery("update import_job set status = 'FAILED', finished_at = ?1,"
                        + " updated_at = ?1, failure = 'the instance running the import stopped after ' || rows_done"
                        + " || ' of ' || rows_total || ' rows; upload the file again (rows already imported are matched,"
                        + " not duplicated)' where status in ('QUEUED', 'RUNNING')"
                        + " and heartbeat_at < now() - make_interval(secs => ?2)")
                .setParameter(1, now).setParameter(2, lease.toMillis() / 1000.0).executeUpdate();
    }

    /** Marks a job that has not finished as FAILED; false when it had already finished. */
    public boolean fail(UUID jobId, String failure, OffsetDateTime now) {
        return update("status = ?2, failure = ?3, finishedAt = ?4, updatedAt = ?4 where id = ?1 and status in ?5",
                jobId, ImportStatus.FAILED, failure, now, List.of(ImportStatus.QUEUED, ImportStatus.RUNNING)) == 1;
    }
}
