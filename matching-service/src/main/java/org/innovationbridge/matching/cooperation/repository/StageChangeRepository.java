package org.innovationbridge.matching.cooperation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.matching.cooperation.domain.StageChange;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class StageChangeRepository implements PanacheRepositoryBase<StageChange, UUID> {
    public List<StageChange> of(UUID cooperationId) {
        return list("cooperationId = ?1 order by at, id", cooperationId);
    }
}
