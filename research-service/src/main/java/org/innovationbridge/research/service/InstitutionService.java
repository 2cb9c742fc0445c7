package org.innovationbridge.research.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.innovationbridge.research.domain.Institution;
import org.innovationbridge.research.domain.ReferenceItem;
import org.innovationbridge.research.messaging.EventEnvelope;
import org.innovationbridge.research.messaging.EventTypes;
import org.innovationbridge.research.messaging.InstitutionSnapshot;
import org.innovationbridge.research.messaging.OutboxRecorder;
import org.innovationbridge.research.repository.InstitutionRepository;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class InstitutionService {
    private final InstitutionRepository institutions;
    private final ReferenceData reference;
    private final OutboxRecorder outbox;

    public InstitutionService(InstitutionRepository institutions, ReferenceData reference, OutboxRecorder outbox) {
        this.institutions = institutions;
        this.reference = reference;
        this.outbox = outbox;
    }

    @Transactional
    public Institution register(InstitutionInput input) {
        Institution institution = new Institution();
        institution.id = UUID.randomUUID();
        institution.createdAt = Timestamps.now();
        apply(institution, input);
        institutions.persistAndFlush(institution);
        outbox.record(EventEnvelope.INSTITUTION, institution.id, institution.version,
                EventTypes.INSTITUTION_REGISTERED, InstitutionSnapshot.of(institution));
        return institution;
    }

    @Transactional
    public Institution update(UUID id, long expectedVersion, InstitutionInput input) {
        Institution institution = find(id).orElseThrow(() -> new DomainException.NotFound("institution", id));
        if (institution.version != expectedVersion) {
            throw new DomainException.StaleVersion(expectedVersion, institution.version);
        }
        apply(institution, input);
        institutions.flush();
        outbox.record(EventEnvelope.INSTITUTION, institution.id, institution.version,
                EventTypes.INSTITUTION_UPDATED, InstitutionSnapshot.of(institution));
        return institution;
    }

    public Optional<Institution> find(UUID id) {
        return institutions.findByIdOptional(id);
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
