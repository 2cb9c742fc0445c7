package org.innovationbridge.matching.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * RFC 9457 problem details, with the offending fields listed in {@code errors}; a refused transition lists what
 * is {@code allowed} instead, a stale write the {@code currentVersion}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetails(String type, String title, int status, String detail, List<FieldError> errors,
                             List<String> allowed, Long currentVersion) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String reason) {
    }

    static ProblemDetails of(String type, String title, int status, String detail, List<FieldError> errors) {
        return new ProblemDetails("urn:innovation-bridge:error:" + type, title, status, detail, errors, null, null);
    }
}
