package org.innovationbridge.research.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.research.domain.ImportJob;
import org.innovationbridge.research.domain.ImportStatus;

import java.time.OffsetDateTime;
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

    /** Marks a job that has not finished as FAILED; false when it had already finished. */
    public boolean fail(UUID jobId, String failure, OffsetDateTime now) {
        return update("status = ?2, failure = ?3, finishedAt = ?4, updatedAt = ?4 where id = ?1 and status in ?5",
                jobId, ImportStatus.FAILED, failure, now, List.of(ImportStatus.QUEUED, ImportStatus.RUNNING)) == 1;
    }
}
