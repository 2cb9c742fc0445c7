package org.innovationbridge.enterprise.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Entity
public class Enterprise extends PanacheEntityBase {
    @Id
    public UUID id;
    public String name;
    @Column(name = "credit_code")
    public String creditCode;
    public String district;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "industry_chains")
    public List<String> industryChains;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "technical_fields")
    public List<String> technicalFields;
    @Enumerated(EnumType.STRING)
    @Column(name = "size_class")
    public SizeClass sizeClass;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> flags;
    @Column(name = "contact_person")
    public String contactPerson;
    @Column(name = "contact_phone")
    public String contactPhone;
    @Column(name = "contact_email")
    public String contactEmail;
    /** The token subject of the account that created it; null if an admin registered it. */
    @Column(name = "owner_sub")
    public String ownerSub;
    @Version
    public long version;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
