package org.innovationbridge.matching.cooperation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.matching.cooperation.domain.Cooperation;
import org.innovationbridge.matching.cooperation.domain.CooperationOrigin;
import org.innovationbridge.matching.cooperation.domain.CooperationStage;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CooperationRepository implements PanacheRepositoryBase<Cooperation, UUID> {
    public Optional<Cooperation> byOrigin(CooperationOrigin origin, UUID originId) {
        return find("origin = ?1 and originId = ?2", origin, originId).firstResultOptional();
    }

    /** The cooperations matching every given filter (a null filter is left out), least recently updated last. */
    public List<Cooperation> search(UUID organisation, Boolean keyProject, CooperationStage stage,
                                    OffsetDateTime notUpdatedSince) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (organisation != null) {
            where.add("(partyAId = :org or partyBId = :org)");
            parameters.and("org", organisation);
        }
        if (keyProject != null) {
            where.add("keyProject = :key");
            parameters.and("key", keyProject);
        }
        if (stage != null) {
            where.add("stage = :stage");
            parameters.and("stage", stage);
        }
        if (notUpdatedSince != null) {
            where.add("lastUpdateAt < :since");
            parameters.and("since", notUpdatedSince);
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by lastUpdateAt desc, id";
        return list(where.isEmpty() ? "from Cooperation " + query : query, parameters);
    }
}
