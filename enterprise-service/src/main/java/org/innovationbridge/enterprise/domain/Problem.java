package org.innovationbridge.enterprise.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** 技术难题 / 技术需求: a technical problem an enterprise wants solved. */
@Entity
public class Problem extends PanacheEntityBase {
    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id")
    public Enterprise enterprise;
    public String title;
    public String description;
    @Column(name = "industry_chain")
    public String industryChain;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "technical_fields")
    public List<String> technicalFields;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> keywords;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "cooperation_modes")
    public List<String> cooperationModes;
    @Column(name = "budget_min")
    public BigDecimal budgetMin;
    @Column(name = "budget_max")
    public BigDecimal budgetMax;
    @Enumerated(EnumType.STRING)
    @Column(name = "expected_maturity")
    public Maturity expectedMaturity;
    public LocalDate deadline;
    @Enumerated(EnumType.STRING)
    public Visibility visibility;
    @Enumerated(EnumType.STRING)
    public ProblemStatus status;
    @Version
    public long version;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
