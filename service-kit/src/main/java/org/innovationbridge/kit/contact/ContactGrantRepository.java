package org.innovationbridge.kit.contact;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.UUID;

/**
 * The service's {@code contact_grant} table (each service creates it in its own migrations), in SQL: its one write
 * is an upsert guarded by the version, which an entity cannot say.
 */
@ApplicationScoped
@IfBuildProperty(name = ContactGrants.ENABLED, stringValue = "true")
public class ContactGrantRepository {
    private final EntityManager em;

    public ContactGrantRepository(EntityManager em) {
        this.em = em;
    }

    /** Writes the grant's state unless a row of the same or a newer version is there; true if it wrote. */
    public boolean upsertIfNewer(UUID grantId, UUID ownerId, UUID granteeId, OrganisationType granteeType,
                                 long version, boolean revoked) {
        return em.createNativeQuery("""
                        insert into contact_grant (grant_id, owner_id, grantee_id, grantee_type, version, revoked, updated_at)
                        values (:grant, :owner, :grantee, :type, :version, :revoked, now())
                        on conflict (grant_id, owner_id) do update set grantee_id = excluded.grantee_id,
                            grantee_type = excluded.grantee_type, version = excluded.version, revoked = excluded.revoked,
                            updated_at = excluded.updated_at
                        where contact_grant.version < excluded.version""")
                .setParameter("grant", grantId).setParameter("owner", ownerId).setParameter("grantee", granteeId)
                .setParameter("type", granteeType.name()).setParameter("version", version)
                .setParameter("revoked", revoked)
                .executeUpdate() == 1;
    }

    public boolean unrevoked(UUID ownerId, UUID granteeId, OrganisationType granteeType) {
        return !em.createNativeQuery("""
                        select 1 from contact_grant
                        where owner_id = :owner and grantee_id = :grantee and grantee_type = :type and not revoked
                        limit 1""")
                .setParameter("owner", ownerId).setParameter("grantee", granteeId)
                .setParameter("type", granteeType.name())
                .getResultList().isEmpty();
    }
}
