package org.innovationbridge.research.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.research.domain.ImportRowError;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ImportRowErrorRepository implements PanacheRepositoryBase<ImportRowError, Long> {

    /** The next page of a job's errors in the order they were found (row order), after the id given. */
    public List<ImportRowError> pageAfter(UUID jobId, long afterId, int size) {
        return find("jobId = ?1 and id > ?2 order by id", jobId, afterId).page(Page.ofSize(size)).list();
    }
}
