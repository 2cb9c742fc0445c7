package org.innovationbridge.matching.cooperation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A note the bureau keeps while following a cooperation (跟踪推动); the two parties never see it. */
@Entity
@Table(name = "coop_follow_up")
public class FollowUp {
    @Id
    public UUID id;
    @Column(name = "cooperation_id")
    public UUID cooperationId;
    public String note;
    public OffsetDateTime at;
}
