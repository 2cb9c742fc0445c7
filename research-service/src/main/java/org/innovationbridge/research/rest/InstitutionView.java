package org.innovationbridge.research.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.innovationbridge.research.domain.Institution;
import org.innovationbridge.research.domain.InstitutionType;
import org.innovationbridge.research.service.InstitutionInput;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An institution as the API returns it; {@code contact} is only present in answers to its own writes. */
public record InstitutionView(
        UUID id, String name, InstitutionType type, String region,
        @JsonInclude(JsonInclude.Include.NON_NULL) InstitutionInput.Contact contact,
        long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static InstitutionView of(Institution i, boolean withContact) {
        return new InstitutionView(i.id, i.name, i.type, i.region,
                withContact ? new InstitutionInput.Contact(i.contactPerson, i.contactPhone, i.contactEmail) : null,
                i.version, i.createdAt, i.updatedAt);
    }
}
