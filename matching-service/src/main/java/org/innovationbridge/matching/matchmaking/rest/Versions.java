package org.innovationbridge.matching.matchmaking.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/** Optimistic concurrency over HTTP: the ETag is the event's version; a write may send it back in If-Match. */
final class Versions {
    private Versions() {
    }

    /** The version named by an If-Match header, or null when there is none (the write then applies as is). */
    static Long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        try {
            return Long.parseLong(value.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new WebApplicationException("If-Match must be an ETag returned by this API", 412);
        }
    }

    static Response.ResponseBuilder withEtag(Response.ResponseBuilder response, long version) {
        return response.tag(new EntityTag(Long.toString(version)));
    }
}
