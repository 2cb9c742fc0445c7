package org.innovationbridge.research.messaging;

import org.innovationbridge.research.domain.Institution;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Payload of institution events: the public facts of an institution. Contact details never leave this service. */
public record InstitutionSnapshot(UUID id, String name, String type, String region, OffsetDateTime updatedAt) {

    public static InstitutionSnapshot of(Institution i) {
        return new InstitutionSnapshot(i.id, i.name, i.type.name(), i.region, i.updatedAt);
    }
}
