package org.innovationbridge.matching.cooperation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.innovationbridge.matching.matchmaking.domain.OrganisationType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A cooperation project between two organisations, followed stage by stage. */
@Entity
@Table(name = "coop_cooperation")
public class Cooperation {
    @Id
    public UUID id;
    @Version
    public long version;
    @Enumerated(EnumType.STRING)
    public CooperationOrigin origin;
    @Column(name = "origin_id")
    public UUID originId;
    public String title;
    @Enumerated(EnumType.STRING)
    @Column(name = "party_a_type")
    public OrganisationType partyAType;
    @Column(name = "party_a_id")
    public UUID partyAId;
    @Column(name = "party_a_name")
    public String partyAName;
    @Enumerated(EnumType.STRING)
    @Column(name = "party_b_type")
    public OrganisationType partyBType;
    @Column(name = "party_b_id")
    public UUID partyBId;
    @Column(name = "party_b_name")
    public String partyBName;
    @Enumerated(EnumType.STRING)
    public CooperationStage stage;
    @Column(name = "key_project")
    public boolean keyProject;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "last_update_at")
    public OffsetDateTime lastUpdateAt;

    public List<Party> parties() {
        return List.of(new Party(partyAType, partyAId, partyAName), new Party(partyBType, partyBId, partyBName));
    }

    public boolean involves(UUID organisation) {
        return organisation.equals(partyAId) || organisation.equals(partyBId);
    }
}
