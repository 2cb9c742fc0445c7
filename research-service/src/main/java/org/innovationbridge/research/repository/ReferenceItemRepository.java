package org.innovationbridge.research.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.research.domain.ReferenceItem;

import java.util.List;

@ApplicationScoped
public class ReferenceItemRepository implements PanacheRepositoryBase<ReferenceItem, ReferenceItem.Key> {
    public List<ReferenceItem> listKind(String kind) {
        return list("kind = ?1 order by code", kind);
    }

    public boolean exists(String kind, String code) {
        return count("kind = ?1 and code = ?2", kind, code) > 0;
    }
}
