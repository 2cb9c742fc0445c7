package org.innovationbridge.research.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.research.domain.Institution;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class InstitutionRepository implements PanacheRepositoryBase<Institution, UUID> {
    public Optional<Institution> findByOwner(String ownerSub) {
        return find("ownerSub", ownerSub).firstResultOptional();
    }
}
