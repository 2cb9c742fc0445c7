package org.innovationbridge.enterprise.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.enterprise.domain.Enterprise;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EnterpriseRepository implements PanacheRepositoryBase<Enterprise, UUID> {
    public Optional<Enterprise> findByCreditCode(String creditCode) {
        return find("creditCode", creditCode).firstResultOptional();
    }

    public Optional<Enterprise> findByOwner(String ownerSub) {
        return find("ownerSub", ownerSub).firstResultOptional();
    }
}
