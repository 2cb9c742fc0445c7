package org.innovationbridge.enterprise.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.innovationbridge.enterprise.domain.Enterprise;
import org.innovationbridge.enterprise.domain.Problem;
import org.innovationbridge.enterprise.domain.ReferenceItem;
import org.innovationbridge.enterprise.messaging.EnterpriseSnapshot;
import org.innovationbridge.enterprise.messaging.OutboxRoutes;
import org.innovationbridge.enterprise.messaging.EventTypes;
import org.innovationbridge.kit.outbox.OutboxRecorder;
import org.innovationbridge.enterprise.repository.EnterpriseRepository;
import org.innovationbridge.kit.contact.ContactGrants;
import org.innovationbridge.kit.identity.Caller;
import org.innovationbridge.kit.organisation.CreditCode;
import org.innovationbridge.kit.problem.DomainException;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EnterpriseService {
    private final EnterpriseRepository enterprises;
    private final ReferenceData reference;
    private final OutboxRecorder outbox;
    private final ContactGrants grants;

    public EnterpriseService(EnterpriseRepository enterprises, ReferenceData reference, OutboxRecorder outbox,
                             ContactGrants grants) {
        this.enterprises = enterprises;
        this.reference = reference;
        this.outbox = outbox;
        this.grants = grants;
    }

    /** An enterprise user registers its own (one per account); an admin registers one for nobody in particular. */
    @Transactional
    public Enterprise register(EnterpriseInput input, Caller caller) {
        if (!caller.isAdmin() && !caller.hasRole(Caller.ENTERPRISE)) {
            throw new DomainException.Forbidden("only enterprise accounts and admins register enterprises");
        }
        if (!caller.isAdmin()) {
            enterprises.findByOwner(caller.subject()).ifPresent(own -> {
                throw new DomainException.Conflict("owner", "this account already has its enterprise " + own.id);
            });
        }
        CreditCode.problemWith(input.creditCode()).ifPresent(reason -> {
            throw new DomainException.InvalidField("creditCode", reason);
        });
        enterprises.findByCreditCode(input.creditCode()).ifPresent(existing -> {
            throw new DomainException.Conflict("creditCode", "an enterprise with this credit code is already registered");
        });
        Enterprise enterprise = new Enterprise();
        enterprise.id = UUID.randomUUID();
        enterprise.createdAt = Timestamps.now();
        enterprise.ownerSub = caller.isAdmin() ? null : caller.subject();
        apply(enterprise, input);
        enterprises.persistAndFlush(enterprise);
        outbox.record(OutboxRoutes.ENTERPRISE, enterprise.id, enterprise.version,
                EventTypes.ENTERPRISE_REGISTERED, EnterpriseSnapshot.of(enterprise));
        return enterprise;
    }

    @Transactional
    public Enterprise update(UUID id, long expectedVersion, EnterpriseInput input, Caller caller) {
        Enterprise enterprise = find(id).orElseThrow(() -> new DomainException.NotFound("enterprise", id));
        requireManagedBy(enterprise, caller);
        if (enterprise.version != expectedVersion) {
            throw new DomainException.StaleVersion(expectedVersion, enterprise.version);
        }
        if (!enterprise.creditCode.equals(input.creditCode())) {
            throw new DomainException.InvalidField("creditCode", "the credit code of a registered enterprise cannot change");
        }
        apply(enterprise, input);
        enterprises.flush();
        outbox.record(OutboxRoutes.ENTERPRISE, enterprise.id, enterprise.version,
                EventTypes.ENTERPRISE_UPDATED, EnterpriseSnapshot.of(enterprise));
        return enterprise;
    }

    /** Deletes an enterprise that has no problems left; its problems must be deleted (or kept) explicitly first. */
    @Transactional
    public void delete(UUID id, long expectedVersion, Caller caller) {
        Enterprise enterprise = find(id).orElseThrow(() -> new DomainException.NotFound("enterprise", id));
        requireManagedBy(enterprise, caller);
        if (enterprise.version != expectedVersion) {
            throw new DomainException.StaleVersion(expectedVersion, enterprise.version);
        }
        long problems = Problem.count("enterprise.id", id);
        if (problems > 0) {
            throw new DomainException.Conflict("id", "the enterprise still has " + problems + " problem(s); delete them first");
        }
        outbox.record(OutboxRoutes.ENTERPRISE, enterprise.id, enterprise.version + 1,
                EventTypes.ENTERPRISE_DELETED, Map.of("id", enterprise.id));
        enterprises.delete(enterprise);
    }

    /** Enterprises in a district and/or chain whose name contains the text, by name. */
    public PageOf<Enterprise> list(String district, String industryChain, String text, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (district != null) {
            where.add("district = :district");
            params.and("district", district);
        }
        if (industryChain != null) {
            where.add("array_contains(industryChains, :chain)");
            params.and("chain", industryChain);
        }
        if (text != null && !text.isBlank()) {
            where.add("name like :text");
            params.and("text", "%" + Text.escapeLike(text.strip()) + "%");
        }
        var found = enterprises.find(where.isEmpty() ? "" : String.join(" and ", where),
                Sort.by("name").and("id"), params).page(page, size);
        return new PageOf<>(found.list(), found.count(), page, size);
    }

    public Optional<Enterprise> find(UUID id) {
        return enterprises.findByIdOptional(id);
    }

    /** The enterprise this account created; asked by the gateway (with the account's own token) at sign-in. */
    public Optional<Enterprise> ownedBy(String ownerSub, Caller caller) {
        if (!caller.isAdmin() && !caller.is(ownerSub)) {
            throw new DomainException.Forbidden("only the account itself and admins may ask which enterprise it owns");
        }
        return enterprises.findByOwner(ownerSub);
    }

    /** Its owner and admins change an enterprise and its problems; nobody else. */
    static void requireManagedBy(Enterprise enterprise, Caller caller) {
        if (!caller.isAdmin() && !caller.is(enterprise.ownerSub)) {
            throw new DomainException.Forbidden("only the enterprise's own account and admins may change this enterprise and its problems");
        }
    }

    /**
     * Contact details: the owner, organisers and admins, and the matched side: an organisation holding an unrevoked
     * contact grant with this enterprise (an accepted connection, a published meeting).
     */
    public boolean mayContact(Enterprise enterprise, Caller caller) {
        return ownerOrBureau(enterprise, caller) || grants.held(enterprise.id, caller);
    }

    /** The enterprise's own account, organisers and admins. */
    static boolean ownerOrBureau(Enterprise enterprise, Caller caller) {
        return caller.oversees() || caller.is(enterprise.ownerSub);
    }

    private void apply(Enterprise enterprise, EnterpriseInput input) {
        reference.require(ReferenceItem.DISTRICT, input.district(), "district");
        reference.requireAll(ReferenceItem.INDUSTRY_CHAIN, input.industryChains(), "industryChains");
        reference.requireAll(ReferenceItem.TECHNICAL_FIELD, input.technicalFields(), "technicalFields");
        enterprise.name = input.name().strip();
        enterprise.creditCode = input.creditCode();
        enterprise.district = input.district();
        enterprise.industryChains = Text.distinctStripped(input.industryChains());
        enterprise.technicalFields = Text.distinctStripped(input.technicalFields());
        enterprise.sizeClass = input.sizeClass();
        enterprise.flags = Text.distinctStripped(input.flags());
        EnterpriseInput.Contact contact = input.contact();
        enterprise.contactPerson = contact == null ? null : contact.person();
        enterprise.contactPhone = contact == null ? null : contact.phone();
        enterprise.contactEmail = contact == null ? null : contact.email();
        enterprise.updatedAt = Timestamps.now();
    }
}
