package org.innovationbridge.research.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Validator;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.innovationbridge.kit.identity.Caller;
import org.innovationbridge.kit.problem.DomainException;
import org.innovationbridge.research.config.ImportConfig;
import org.innovationbridge.research.domain.ImportJob;
import org.innovationbridge.research.domain.ImportRowError;
import org.innovationbridge.research.domain.ImportStatus;
import org.innovationbridge.research.domain.Institution;
import org.innovationbridge.research.domain.ResultStatus;
import org.innovationbridge.research.imports.Column;
import org.innovationbridge.research.imports.CompilationReader;
import org.innovationbridge.research.imports.ImportRefused;
import org.innovationbridge.research.imports.Row;
import org.innovationbridge.research.imports.RowMapper;
import org.innovationbridge.research.imports.RowProblem;
import org.innovationbridge.research.imports.UploadedTable;
import org.innovationbridge.research.repository.ImportJobRepository;
import org.innovationbridge.research.repository.ImportRowErrorRepository;
import org.innovationbridge.research.repository.InstitutionRepository;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Result-compilation uploads. The file is read and checked as a whole while the client waits (a file refused
 * whole is refused with a 4xx at once); its rows are then written by a worker, each accepted row in a transaction
 * of its own together with its outbox event, and the job's counters move in that same transaction.
 */
@ApplicationScoped
public class ImportService {
    private static final Logger LOG = Logger.getLogger(ImportService.class);
    /** Longest stored value of a rejected cell; the report is for finding the cell, not for copying it back. */
    private static final int MAX_VALUE = 500;
    private static final int ERROR_PAGE = 1000;
    /** How long an upload waits for another one to be read before it is refused with 429. */
    private static final Duration READ_WAIT = Duration.ofSeconds(10);

    private final CompilationReader reader;
    private final ResultService results;
    private final ReferenceData reference;
    private final InstitutionRepository institutions;
    private final ImportJobRepository jobs;
    private final ImportRowErrorRepository errors;
    private final Validator validator;
    private final ManagedExecutor workers;
    private final Semaphore reading;
    private final ImportLeases leases;
    private volatile boolean stopping;

    public ImportService(CompilationReader reader, ResultService results, ReferenceData reference,
                         InstitutionRepository institutions, ImportJobRepository jobs, ImportRowErrorRepository errors,
                         Validator validator, ImportConfig config, ImportLeases leases) {
        this.reader = reader;
        this.results = results;
        this.reference = reference;
        this.institutions = institutions;
        this.jobs = jobs;
        this.errors = errors;
        this.validator = validator;
        this.reading = new Semaphore(config.readers());
        this.leases = leases;
        // at most `workers` jobs at once, on Quarkus' worker threads, without the upload request's contexts
        this.workers = ManagedExecutor.builder().maxAsync(config.workers()).maxQueued(config.queued())
                .propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();
    }

    /** Reads the upload (refusing it whole if it must be), records the job and queues its rows. */
    public ImportJob start(UUID institutionId, Path file, String fileName, boolean publish, Caller caller) {
        Institution institution = QuarkusTransaction.requiringNew().call(() -> institutions.findByIdOptional(institutionId))
                .orElseThrow(() -> new DomainException.NotFound("institution", institutionId));
        InstitutionService.requireManagedBy(institution, caller);
        UploadedTable table = read(file, fileName);
        ImportJob job = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob created = new ImportJob();
            created.id = UUID.randomUUID();
            created.institutionId = institutionId;
            created.fileName = fileName == null || fileName.isBlank() ? "upload" : shorten(fileName.strip(), 255);
            created.format = table.format().name();
            created.encoding = table.encoding();
            created.publish = publish;
            created.status = ImportStatus.QUEUED;
            created.rowsTotal = table.rows().size();
            created.warnings = table.warnings();
            created.createdAt = Timestamps.now();
            created.updatedAt = created.createdAt;
            created.heartbeatAt = created.createdAt;
            jobs.persist(created);
            return created;
        });
        leases.hold(job.id);
        try {
            workers.execute(() -> run(job.id, table, institutionId, publish));
        } catch (RejectedExecutionException e) {
            leases.release(job.id);
            QuarkusTransaction.requiringNew().run(() -> jobs.fail(job.id, "refused: too many imports waiting", Timestamps.now()));
            throw new ImportRefused(ImportRefused.Reason.BUSY,
                    "too many imports are waiting on this instance; upload the file again in a minute");
        }
        return job;
    }

    private UploadedTable read(Path file, String fileName) {
        try {
            if (!reading.tryAcquire(READ_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ImportRefused(ImportRefused.Reason.BUSY,
                        "too many uploads are being read on this instance; upload the file again in a minute");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportRefused(ImportRefused.Reason.BUSY, "the service is stopping; upload the file again");
        }
        try {
            return reader.read(file, fileName);
        } finally {
            reading.release();
        }
    }

    /** A job, to its institution's account and admins only: its rows and errors are the institution's unpublished data. */
    public Optional<ImportJob> find(UUID jobId, Caller caller) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<ImportJob> job = jobs.findByIdOptional(jobId);
            job.flatMap(found -> institutions.findByIdOptional(found.institutionId))
                    .ifPresent(institution -> InstitutionService.requireManagedBy(institution, caller));
            return job;
        });
    }

    /** Hands every error of a job to {@code each} in row order, a page per transaction. */
    public void forEachError(UUID jobId, Consumer<ImportRowError> each) {
        long after = 0;
        List<ImportRowError> page;
        do {
            long from = after;
            page = QuarkusTransaction.requiringNew().call(() -> errors.pageAfter(jobId, from, ERROR_PAGE));
            page.forEach(each);
            after = page.isEmpty() ? after : page.get(page.size() - 1).id;
        } while (page.size() == ERROR_PAGE);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        // running jobs stop after their current row and are marked FAILED; queued ones are marked without starting
        stopping = true;
        workers.shutdown();
        if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
            workers.shutdownNow();
        }
    }

    /** What the rows of one job share while it runs. */
    private record Job(UUID id, UploadedTable table, RowMapper mapper, ReferenceData.Snapshot reference,
                       ResultStatus statusIfNew, Map<NaturalKey, Integer> firstRowOfKey) {
    }

    private void run(UUID jobId, UploadedTable table, UUID institutionId, boolean publish) {
        int rowNumber = 0;
        try {
            if (!QuarkusTransaction.requiringNew().call(() ->
                    !stopping && jobs.move(jobId, ImportStatus.QUEUED, ImportStatus.RUNNING, Timestamps.now()))) {
                failed(jobId, "the service stopped before the import started; upload the file again");
                return;
            }
            ReferenceData.Snapshot snapshot = reference.snapshot();
            Job job = new Job(jobId, table, new RowMapper(table, snapshot, validator, institutionId), snapshot,
                    publish ? ResultStatus.PUBLISHED : ResultStatus.DRAFT, new HashMap<>());
            for (Row row : table.rows()) {
                if (stopping) {
                    failed(jobId, "the service stopped at row " + row.number() + "; upload the file again"
                            + " (rows already imported are matched, not duplicated)");
                    return;
                }
                rowNumber = row.number();
                importRow(job, row);
            }
            QuarkusTransaction.requiringNew().run(() ->
                    jobs.move(jobId, ImportStatus.RUNNING, ImportStatus.DONE, Timestamps.now()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "import %s failed at row %d", jobId, rowNumber);
            failed(jobId, "the import stopped at row " + rowNumber + " because of an error of the service;"
                    + " upload the file again (rows already imported are matched, not duplicated)");
        } finally {
            leases.release(jobId);
        }
    }

    private void importRow(Job job, Row row) {
        RowMapper.Checked checked = job.mapper().check(row);
        if (!checked.problems().isEmpty()) {
            reject(job, row, checked.problems());
            return;
        }
        NaturalKey key = NaturalKey.of(checked.input().title(), checked.input().patents());
        Integer earlier = job.firstRowOfKey().putIfAbsent(key, row.number());
        if (earlier != null) {
            Column column = key.kind() == NaturalKey.Kind.PATENT ? Column.PATENTS : Column.TITLE;
            reject(job, row, List.of(new RowProblem(column, job.mapper().valueAt(row, column, 0),
                    "the same result as row " + earlier + " (same " + key.describe() + "); each result once per file")));
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                ResultService.ImportOutcome outcome = results.importRow(checked.input(), job.statusIfNew(), job.reference());
                jobs.countRow(job.id(), switch (outcome) {
                    case CREATED -> ImportJobRepository.Counter.CREATED;
                    case UPDATED -> ImportJobRepository.Counter.UPDATED;
                    case UNCHANGED -> ImportJobRepository.Counter.UNCHANGED;
                }, Timestamps.now());
            });
        } catch (DomainException.Conflict | DomainException.InvalidField e) {
            String field = e instanceof DomainException.Conflict conflict ? conflict.field
                    : ((DomainException.InvalidField) e).field;
            Column column = Column.forField(field.replaceAll("\\[.*", "")).orElse(Column.TITLE);
            reject(job, row, List.of(new RowProblem(column, job.table().cell(row, column).display(), e.getMessage())));
        } catch (OptimisticLockException e) {
            reject(job, row, List.of(new RowProblem(Column.TITLE, job.table().cell(row, Column.TITLE).display(),
                    "the result was changed by someone else at the same time; upload the file again")));
        }
    }

    /** A rejected row writes nothing but its problems, and counts as done. */
    private void reject(Job job, Row row, List<RowProblem> problems) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (RowProblem problem : problems) {
                ImportRowError error = new ImportRowError();
                error.jobId = job.id();
                error.rowNumber = row.number();
                error.columnName = shorten(job.table().header(row, problem.column()), 200);
                error.value = problem.value() == null ? null : shorten(problem.value(), MAX_VALUE);
                error.reason = shorten(problem.reason(), 1000);
                errors.persist(error);
            }
            jobs.countRow(job.id(), ImportJobRepository.Counter.REJECTED, Timestamps.now());
        });
    }

    private void failed(UUID jobId, String why) {
        try {
            QuarkusTransaction.requiringNew().run(() -> jobs.fail(jobId, why, Timestamps.now()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "could not mark import %s as failed", jobId);
        }
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
