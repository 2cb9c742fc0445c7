package org.innovationbridge.research.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.research.domain.ResearchResult;
import org.innovationbridge.research.service.NaturalKey;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ResultRepository implements PanacheRepositoryBase<ResearchResult, UUID> {

    /** Results of an institution with this natural key; more than one only if the API created look-alikes. */
    public List<ResearchResult> findByNaturalKey(UUID institutionId, NaturalKey key) {
        // array_get(patents, 1) is SQL's patents[1], the expression result_first_patent_idx indexes
        String matches = key.kind() == NaturalKey.Kind.TITLE ? "titleKey = ?2" : "array_get(patents, 1) = ?2";
        return list("institution.id = ?1 and " + matches + " order by createdAt", institutionId, key.value());
    }

    /** Serialises writers of one natural key until the transaction ends, whichever instance they run on. */
    public void lockNaturalKey(UUID institutionId, NaturalKey key) {
        getEntityManager().createNativeQuery("select true from pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "result:" + institutionId + ":" + key.kind() + ":" + key.value())
                .getSingleResult();
    }
}
