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
    /** A disabled account can neither sign in nor refresh. */
    public boolean disabled;
    /** Travels in each token as {@code pwdv}; raised by a password change or a disabling, so older tokens stop refreshing. */
    @Column(name = "token_generation")
    public int tokenGeneration;

    public Role role() {
        return Role.ofClaim(roleClaim).orElseThrow();
    }
}
