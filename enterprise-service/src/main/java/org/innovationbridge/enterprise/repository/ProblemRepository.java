package org.innovationbridge.enterprise.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.enterprise.domain.Problem;

import java.util.UUID;

@ApplicationScoped
public class ProblemRepository implements PanacheRepositoryBase<Problem, UUID> {
}
