package org.innovationbridge.kit.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.innovationbridge.kit.problem.ProblemType;

/** Optimistic concurrency over HTTP: the ETag is the aggregate version; writes send it back in If-Match. */
public final class Versions {
    private Versions() {
    }

    /** An If-Match header that is missing where it is required (428) or is not an ETag of this API (412). */
    public static final class IfMatchRefused extends RuntimeException {
        public final ProblemType type;

        IfMatchRefused(ProblemType type, String reason) {
            super(reason);
            this.type = type;
        }
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version named by a required If-Match header. */
    public static long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new IfMatchRefused(ProblemType.PRECONDITION_REQUIRED, "the resource's ETag is required for this write");
        }
        return parse(ifMatch);
    }

    /** The version named by an optional If-Match header, or null when there is none or it is {@code *}. */
    public static Long fromOptionalIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        return parse(ifMatch);
    }

    public static Response.ResponseBuilder withEtag(Response.ResponseBuilder response, long version) {
        return response.tag(etag(version));
    }

    private static long parse(String ifMatch) {
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        try {
            return Long.parseLong(value.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new IfMatchRefused(ProblemType.PRECONDITION_FAILED, "must be an ETag returned by this API");
        }
    }
}
