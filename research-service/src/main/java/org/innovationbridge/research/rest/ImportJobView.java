package org.innovationbridge.research.rest;

import org.innovationbridge.research.domain.ImportJob;
import org.innovationbridge.research.domain.ImportStatus;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An import job as a UI polls it: {@code rowsDone} of {@code rowsTotal} is the progress; {@code accepted} is
 * {@code created + updated + unchanged}; {@code rowsDone = accepted + rejected}.
 */
public record ImportJobView(
        UUID id, UUID institutionId, String fileName, String format, String encoding, boolean publish,
        ImportStatus status, int rowsTotal, int rowsDone, int accepted, int created, int updated, int unchanged,
        int rejected, List<String> warnings, String failure, String errorReport,
        OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt, OffsetDateTime updatedAt) {

    static ImportJobView of(ImportJob job) {
        return new ImportJobView(job.id, job.institutionId, job.fileName, job.format, job.encoding, job.publish,
                job.status, job.rowsTotal, job.rowsDone, job.created + job.updated + job.unchanged, job.created,
                job.updated, job.unchanged, job.rejected, job.warnings, job.failure, "/imports/" + job.id + "/errors",
                job.createdAt, job.startedAt, job.finishedAt, job.updatedAt);
    }
}
