package org.innovationbridge.kit.http;

import org.innovationbridge.kit.problem.DomainException;

import java.util.Arrays;
import java.util.UUID;

/**
 * Parses query parameters by hand where JAX-RS would answer a bad value with a bare 404:
 * a client that sends a wrong value gets a 400 naming the parameter.
 */
public final class QueryValues {
    private QueryValues() {
    }

    public static <E extends Enum<E>> E parseEnum(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException.InvalidField(parameter,
                    "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static UUID parseUuid(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException.InvalidField(parameter, "'" + value + "' is not a UUID");
        }
    }
}
