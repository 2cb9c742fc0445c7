package org.innovationbridge.research.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.research.domain.ResearchResult;

import java.util.UUID;

@ApplicationScoped
public class ResultRepository implements PanacheRepositoryBase<ResearchResult, UUID> {
}
