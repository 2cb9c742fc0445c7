package org.innovationbridge.enterprise.messaging;

import org.innovationbridge.enterprise.domain.Enterprise;

import java.util.List;
import java.util.UUID;

/** Payload of enterprise events: the public facts of an enterprise. Contact details never leave this service. */
public record EnterpriseSnapshot(
        UUID id, String name, String district, List<String> industryChains, List<String> technicalFields,
        String sizeClass, List<String> flags) {

    public static EnterpriseSnapshot of(Enterprise e) {
        return new EnterpriseSnapshot(e.id, e.name, e.district, e.industryChains, e.technicalFields,
                e.sizeClass.name(), e.flags);
    }
}
