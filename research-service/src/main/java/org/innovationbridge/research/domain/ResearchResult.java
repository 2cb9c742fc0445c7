package org.innovationbridge.research.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** 科技成果: a research result an institution offers to enterprises. */
@Entity
@Table(name = "result")
public class ResearchResult extends PanacheEntityBase {
    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id")
    public Institution institution;
    public String title;
    /** The normalised title, the natural key of a result without patents (see NaturalKey). */
    @Column(name = "title_key")
    public String titleKey;
    public String summary;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "technical_fields")
    public List<String> technicalFields;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "industry_chains")
    public List<String> industryChains;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> keywords;
    @Enumerated(EnumType.STRING)
    public Maturity maturity;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> patents;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "cooperation_modes")
    public List<String> cooperationModes;
    @Column(name = "indicative_price")
    public BigDecimal indicativePrice;
    @Column(name = "team_lead")
    public String teamLead;
    @Enumerated(EnumType.STRING)
    public ResultStatus status;
    @Version
    public long version;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
