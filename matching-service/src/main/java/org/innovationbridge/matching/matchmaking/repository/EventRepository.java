package org.innovationbridge.matching.matchmaking.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.matching.matchmaking.domain.MatchmakingEvent;

import java.util.UUID;

@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<MatchmakingEvent, UUID> {
}
