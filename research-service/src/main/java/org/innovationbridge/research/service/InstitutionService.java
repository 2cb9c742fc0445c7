package org.innovationbridge.research.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.innovationbridge.kit.contact.ContactGrants;
import org.innovationbridge.kit.identity.Caller;
import org.innovationbridge.kit.problem.DomainException;
import org.innovationbridge.research.domain.Institution;
import org.innovationbridge.research.domain.ReferenceItem;
import org.innovationbridge.research.messaging.OutboxRoutes;
import org.innovationbridge.research.messaging.EventTypes;
import org.innovationbridge.research.messaging.InstitutionSnapshot;
import org.innovationbridge.kit.outbox.OutboxRecorder;
import org.innovationbridge.research.repository.InstitutionRepository;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class InstitutionService {
    private final InstitutionRepository institutions;
    private final ReferenceData reference;
    private final OutboxRecorder outbox;
    private final ContactGrants grants;

    public InstitutionService(InstitutionRepository institutions, ReferenceData reference, OutboxRecorder outbox,
                              ContactGrants grants) {
        this.institutions = institutions;
        this.reference = reference;
        this.outbox = outbox;
        this.grants = grants;
    }

    /** An institution account registers its own (one per account); an admin registers one for nobody in particular. */
    @Transactional
    public Institution register(InstitutionInput input, Caller caller) {
        if (!caller.isAdmin() && !caller.hasRole(Caller.INSTITUTION)) {
            throw new DomainException.Forbidden("only institution accounts and admins register institutions");
        }
        if (!caller.isAdmin()) {
            institutions.findByOwner(caller.subject()).ifPresent(own -> {
                throw new DomainException.Conflict("owner", "this account already has its institution " + own.id);
            });
        }
        Institution institution = new Institution();
        institution.id = UUID.randomUUID();
        institution.createdAt = Timestamps.now();
        institution.ownerSub = caller.isAdmin() ? null : caller.subject();
        apply(institution, input);
        institutions.persistAndFlush(institution);
        outbox.record(OutboxRoutes.INSTITUTION, institution.id, institution.version,
                EventTypes.INSTITUTION_REGISTERED, InstitutionSnapshot.of(institution));
        return institution;
    }

    @Transactional
    public Institution update(UUID id, long expectedVersion, InstitutionInput input, Caller caller) {
        Institution institution = find(id).orElseThrow(() -> new DomainException.NotFound("institution", id));
        requireManagedBy(institution, caller);
        if (institution.version != expectedVersion) {
            throw new DomainException.StaleVersion(expectedVersion, institution.version);
        }
        apply(institution, input);
        institutions.flush();
        outbox.record(OutboxRoutes.INSTITUTION, institution.id, institution.version,
                EventTypes.INSTITUTION_UPDATED, InstitutionSnapshot.of(institution));
        return institution;
    }

    public Optional<Institution> find(UUID id) {
        return institutions.findByIdOptional(id);
    }

    /** The institution this account created; asked by the gateway (with the account's own token) at sign-in. */
    public Optional<Institution> ownedBy(String ownerSub, Caller caller) {
        if (!caller.isAdmin() && !caller.is(ownerSub)) {
            throw new DomainException.Forbidden("only the account itself and admins may ask which institution it owns");
        }
        return institutions.findByOwner(ownerSub);
    }

    /** Its owner and admins change an institution, its results and its uploads; nobody else. */
    public static void requireManagedBy(Institution institution, Caller caller) {
        if (!caller.isAdmin() && !caller.is(institution.ownerSub)) {
            throw new DomainException.Forbidden("only the institution's own account and admins may change this institution, its results and its uploads");
        }
    }

    /**
     * Contact details: the owner, organisers and admins, and the matched side: an organisation holding an unrevoked
     * contact grant with this institution (an accepted connection, a published meeting).
     */
    public boolean mayContact(Institution institution, Caller caller) {
        return caller.oversees() || caller.is(institution.ownerSub) || grants.held(institution.id, caller);
    }

    private void apply(Institution institution, InstitutionInput input) {
        reference.require(ReferenceItem.DISTRICT, input.region(), "region");
        institution.name = input.name().strip();
        institution.type = input.type();
        institution.region = input.region();
        InstitutionInput.Contact contact = input.contact();
        institution.contactPerson = contact == null ? null : contact.person();
        institution.contactPhone = contact == null ? null : contact.phone();
        institution.contactEmail = contact == null ? null : contact.email();
        institution.updatedAt = Timestamps.now();
    }
}
