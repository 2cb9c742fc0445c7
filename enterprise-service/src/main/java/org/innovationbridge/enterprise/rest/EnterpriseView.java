package org.innovationbridge.enterprise.rest;

import org.innovationbridge.enterprise.domain.Enterprise;
import org.innovationbridge.enterprise.domain.SizeClass;
import org.innovationbridge.enterprise.service.EnterpriseInput;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An enterprise as the API returns it; {@code contact} is only filled for those allowed to see it. */
public record EnterpriseView(
        UUID id, String name, String creditCode, String district, List<String> industryChains,
        List<String> technicalFields, SizeClass sizeClass, List<String> flags, EnterpriseInput.Contact contact,
        long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static EnterpriseView of(Enterprise e, boolean withContact) {
        return new EnterpriseView(e.id, e.name, e.creditCode, e.district, e.industryChains, e.technicalFields,
                e.sizeClass, e.flags,
                withContact ? new EnterpriseInput.Contact(e.contactPerson, e.contactPhone, e.contactEmail) : null,
                e.version, e.createdAt, e.updatedAt);
    }
}
