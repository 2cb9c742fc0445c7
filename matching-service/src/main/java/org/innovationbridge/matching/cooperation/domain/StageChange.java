package org.innovationbridge.matching.cooperation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One dated step of a cooperation's history. Who moved it is kept as role and organisation name, never as an
 * account id, so the history can be shown as it is stored.
 */
@Entity
@Table(name = "coop_stage_change")
public class StageChange {
    @Id
    public UUID id;
    @Column(name = "cooperation_id")
    public UUID cooperationId;
    @Enumerated(EnumType.STRING)
    public CooperationStage stage;
    public OffsetDateTime at;
    @Column(name = "by_role")
    public String byRole;
    @Column(name = "by_organisation")
    public String byOrganisation;
    public String note;
    @Column(name = "contract_amount")
    public BigDecimal contractAmount;
    @Column(name = "cooperation_mode")
    public String cooperationMode;
    public String reason;
}
