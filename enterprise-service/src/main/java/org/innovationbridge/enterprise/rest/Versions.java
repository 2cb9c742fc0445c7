package org.innovationbridge.enterprise.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/** Optimistic concurrency over HTTP: the ETag is the aggregate version; writes must send it back in If-Match. */
final class Versions {
    private Versions() {
    }

    static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version named by an If-Match header; a missing or unreadable header is refused with 428. */
    static long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new jakarta.ws.rs.WebApplicationException(
                    "If-Match header with the resource's ETag is required for this write", 428);
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new jakarta.ws.rs.WebApplicationException("If-Match must be an ETag returned by this API", 412);
        }
    }

    static Response.ResponseBuilder withEtag(Response.ResponseBuilder response, long version) {
        return response.tag(etag(version));
    }
}
