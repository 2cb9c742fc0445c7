package org.innovationbridge.kit.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Every service's OpenAPI document says for each operation how it is called: operations that need a token carry
 * the bearer requirement (added from their role annotations); every other operation is open to anonymous
 * callers and takes a token optionally (an owner then sees its own unpublished items), so it gets "anonymous or
 * bearer" rather than no statement at all, which linters and client generators read as "unknown".
 * Registered with {@code mp.openapi.filter}.
 */
public class OptionalBearerFilter implements OASFilter {
    /** The scheme's name, as {@code quarkus.smallrye-openapi.security-scheme-name} sets it in every service. */
    public static final String SCHEME = "bearer";

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            SecurityRequirement anonymous = OASFactory.createSecurityRequirement();
            SecurityRequirement bearer = OASFactory.createSecurityRequirement().addScheme(SCHEME, List.of());
            operation.setSecurity(List.of(anonymous, bearer));
        }
        return operation;
    }
}
