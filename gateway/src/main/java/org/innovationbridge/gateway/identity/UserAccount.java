package org.innovationbridge.gateway.identity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "user_account")
public class UserAccount extends PanacheEntityBase {
    @Id
    public UUID id;
    public String username;
    @Column(name = "password_hash")
    public String passwordHash;
    /** Stored as the claim name ({@code enterprise}, …) so the table reads like the tokens. */
    @Column(name = "role")
    public String roleClaim;
    @Column(name = "organisation_id")
    public UUID organisationId;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public Role role() {
        return Role.ofClaim(roleClaim).orElseThrow();
    }
}
