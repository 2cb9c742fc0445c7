package org.innovationbridge.research.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** RFC 9457 problem details, with the offending fields listed in {@code errors}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetails(String type, String title, int status, String detail, String instance,
                             List<FieldError> errors, Long currentVersion) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String reason) {
    }

    static ProblemDetails of(String type, String title, int status, String detail, List<FieldError> errors) {
        return new ProblemDetails("urn:innovation-bridge:error:" + type, title, status, detail, null, errors, null);
    }
}
