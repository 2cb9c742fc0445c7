package org.innovationbridge.matching.matchmaking.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.matching.matchmaking.domain.PairRule;
import org.innovationbridge.matching.matchmaking.domain.RuleKind;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PairRuleRepository implements PanacheRepositoryBase<PairRule, UUID> {
    public List<PairRule> ofEvent(UUID eventId, RuleKind kind) {
        return list("eventId = ?1 and kind = ?2 order by createdAt, id", eventId, kind);
    }

    public boolean exists(UUID eventId, RuleKind kind, UUID a, UUID b) {
        return count("eventId = ?1 and kind = ?2 and ((participantA = ?3 and participantB = ?4)"
                + " or (participantA = ?4 and participantB = ?3))", eventId, kind, a, b) > 0;
    }
}
