package org.innovationbridge.enterprise.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.innovationbridge.enterprise.domain.Enterprise;
import org.innovationbridge.enterprise.domain.ReferenceItem;
import org.innovationbridge.enterprise.messaging.EnterpriseSnapshot;
import org.innovationbridge.enterprise.messaging.EventEnvelope;
import org.innovationbridge.enterprise.messaging.EventTypes;
import org.innovationbridge.enterprise.messaging.OutboxRecorder;
import org.innovationbridge.enterprise.repository.EnterpriseRepository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EnterpriseService {
    private final EnterpriseRepository enterprises;
    private final ReferenceData reference;
    private final OutboxRecorder outbox;

    public EnterpriseService(EnterpriseRepository enterprises, ReferenceData reference, OutboxRecorder outbox) {
        this.enterprises = enterprises;
        this.reference = reference;
        this.outbox = outbox;
    }

    @Transactional
    public Enterprise register(EnterpriseInput input) {
        CreditCode.problemWith(input.creditCode()).ifPresent(reason -> {
            throw new DomainException.InvalidField("creditCode", reason);
        });
        enterprises.findByCreditCode(input.creditCode()).ifPresent(existing -> {
            throw new DomainException.Conflict("creditCode", "an enterprise with this credit code is already registered");
        });
        Enterprise enterprise = new Enterprise();
        enterprise.id = UUID.randomUUID();
        enterprise.createdAt = OffsetDateTime.now();
        apply(enterprise, input);
        enterprises.persistAndFlush(enterprise);
        outbox.record(EventEnvelope.ENTERPRISE, enterprise.id, enterprise.version,
                EventTypes.ENTERPRISE_REGISTERED, EnterpriseSnapshot.of(enterprise));
        return enterprise;
    }

    @Transactional
    public Enterprise update(UUID id, long expectedVersion, EnterpriseInput input) {
        Enterprise enterprise = find(id).orElseThrow(() -> new DomainException.NotFound("enterprise", id));
        if (enterprise.version != expectedVersion) {
            throw new DomainException.StaleVersion(expectedVersion, enterprise.version);
        }
        if (!enterprise.creditCode.equals(input.creditCode())) {
            throw new DomainException.InvalidField("creditCode", "the credit code of a registered enterprise cannot change");
        }
        apply(enterprise, input);
        enterprises.flush();
        outbox.record(EventEnvelope.ENTERPRISE, enterprise.id, enterprise.version,
                EventTypes.ENTERPRISE_UPDATED, EnterpriseSnapshot.of(enterprise));
        return enterprise;
    }

    public Optional<Enterprise> find(UUID id) {
        return enterprises.findByIdOptional(id);
    }

    private void apply(Enterprise enterprise, EnterpriseInput input) {
        reference.require(ReferenceItem.DISTRICT, input.district(), "district");
        reference.requireAll(ReferenceItem.INDUSTRY_CHAIN, input.industryChains(), "industryChains");
        reference.requireAll(ReferenceItem.TECHNICAL_FIELD, input.technicalFields(), "technicalFields");
        enterprise.name = input.name().strip();
        enterprise.creditCode = input.creditCode();
        enterprise.district = input.district();
        enterprise.industryChains = orEmpty(input.industryChains());
        enterprise.technicalFields = orEmpty(input.technicalFields());
        enterprise.sizeClass = input.sizeClass();
        enterprise.flags = orEmpty(input.flags());
        EnterpriseInput.Contact contact = input.contact();
        enterprise.contactPerson = contact == null ? null : contact.person();
        enterprise.contactPhone = contact == null ? null : contact.phone();
        enterprise.contactEmail = contact == null ? null : contact.email();
        enterprise.updatedAt = OffsetDateTime.now();
    }

    static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).distinct().toList();
    }
}
