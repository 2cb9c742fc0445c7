package org.innovationbridge.research.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Optimistic concurrency over HTTP: the ETag is the aggregate version; writes must send it back in If-Match. */
final class Versions {
    private Versions() {
    }

    /** An If-Match header that is missing (428) or is not an ETag of this API (412). */
    static final class IfMatchRefused extends RuntimeException {
        static final String HEADER = HttpHeaders.IF_MATCH;
        final int status;

        IfMatchRefused(int status, String reason) {
            super(reason);
            this.status = status;
        }
    }

    static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version named by an If-Match header. */
    static long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new IfMatchRefused(428, "the resource's ETag is required for this write");
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IfMatchRefused(412, "must be an ETag returned by this API");
        }
    }

    static Response.ResponseBuilder withEtag(Response.ResponseBuilder response, long version) {
        return response.tag(etag(version));
    }
}
