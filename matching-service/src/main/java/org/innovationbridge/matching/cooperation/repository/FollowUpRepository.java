package org.innovationbridge.matching.cooperation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.matching.cooperation.domain.FollowUp;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FollowUpRepository implements PanacheRepositoryBase<FollowUp, UUID> {
    public List<FollowUp> of(UUID cooperationId) {
        return list("cooperationId = ?1 order by at, id", cooperationId);
    }
}
