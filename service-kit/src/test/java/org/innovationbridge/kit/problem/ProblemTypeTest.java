package org.innovationbridge.kit.problem;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the vocabulary: every service and the gateway answer with these bodies, so a change here is a change of
 * the public contract and must be made on purpose.
 */
class ProblemTypeTest {
    @Test
    void everyProblemTypeHasItsPinnedTypeStatusAndTitle() {
        Map<ProblemType, String> pinned = new LinkedHashMap<>();
        pinned.put(ProblemType.VALIDATION, "urn:innovation-bridge:error:validation 400 Invalid request");
        pinned.put(ProblemType.INVALID_UPLOAD, "urn:innovation-bridge:error:invalid-upload 400 Upload refused");
        pinned.put(ProblemType.UNAUTHENTICATED, "urn:innovation-bridge:error:unauthenticated 401 Unauthorized");
        pinned.put(ProblemType.BAD_CREDENTIALS, "urn:innovation-bridge:error:bad-credentials 401 Unauthorized");
        pinned.put(ProblemType.FORBIDDEN, "urn:innovation-bridge:error:forbidden 403 Forbidden");
        pinned.put(ProblemType.NOT_FOUND, "urn:innovation-bridge:error:not-found 404 Not found");
        pinned.put(ProblemType.METHOD_NOT_ALLOWED, "urn:innovation-bridge:error:method-not-allowed 405 Method not allowed");
        pinned.put(ProblemType.NOT_ACCEPTABLE, "urn:innovation-bridge:error:not-acceptable 406 Not acceptable");
        pinned.put(ProblemType.CONFLICT, "urn:innovation-bridge:error:conflict 409 Conflict with the current state");
        pinned.put(ProblemType.CONCURRENT_MODIFICATION,
                "urn:innovation-bridge:error:concurrent-modification 409 Concurrent modification");
        pinned.put(ProblemType.STALE_VERSION, "urn:innovation-bridge:error:stale-version 412 Stale version");
        pinned.put(ProblemType.PRECONDITION_FAILED, "urn:innovation-bridge:error:precondition-failed 412 Precondition failed");
        pinned.put(ProblemType.PAYLOAD_TOO_LARGE, "urn:innovation-bridge:error:payload-too-large 413 Payload too large");
        pinned.put(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "urn:innovation-bridge:error:unsupported-media-type 415 Unsupported media type");
        pinned.put(ProblemType.UNSUPPORTED_FORMAT, "urn:innovation-bridge:error:unsupported-format 415 Unsupported file format");
        pinned.put(ProblemType.UNREADABLE_FILE, "urn:innovation-bridge:error:unreadable-file 422 Unreadable file");
        pinned.put(ProblemType.PRECONDITION_REQUIRED,
                "urn:innovation-bridge:error:precondition-required 428 Precondition required");
        pinned.put(ProblemType.RATE_LIMITED, "urn:innovation-bridge:error:rate-limited 429 Too many requests");
        pinned.put(ProblemType.BUSY, "urn:innovation-bridge:error:busy 429 Too many imports waiting");
        pinned.put(ProblemType.INTERNAL, "urn:innovation-bridge:error:internal 500 Internal error");
        pinned.put(ProblemType.BAD_GATEWAY, "urn:innovation-bridge:error:upstream-502 502 Bad gateway");
        pinned.put(ProblemType.UNAVAILABLE, "urn:innovation-bridge:error:unavailable 503 Temporarily unavailable");
        pinned.put(ProblemType.UPSTREAM_UNAVAILABLE, "urn:innovation-bridge:error:upstream-503 503 Service unavailable");
        pinned.put(ProblemType.GATEWAY_TIMEOUT, "urn:innovation-bridge:error:upstream-504 504 Gateway timeout");

        assertThat(Arrays.stream(ProblemType.values()).toList()).containsExactlyInAnyOrderElementsOf(pinned.keySet());
        pinned.forEach((type, expected) ->
                assertThat(type.uri() + " " + type.status() + " " + type.title()).as(type.name()).isEqualTo(expected));
    }

    @Test
    void oneTypeUriMeansOneProblem() {
        assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::uri)).doesNotHaveDuplicates();
    }

    @Test
    void aFieldProblemNamesTheFieldInItsDetailAndErrors() {
        ProblemDetails body = ProblemDetails.invalid("contact.email", "must be a well-formed email address");

        assertThat(body.type()).isEqualTo("urn:innovation-bridge:error:validation");
        assertThat(body.status()).isEqualTo(400);
        assertThat(body.detail()).isEqualTo("contact.email: must be a well-formed email address");
        assertThat(body.errors()).containsExactly(
                new ProblemDetails.FieldError("contact.email", "must be a well-formed email address"));
    }

    @Test
    void aStatusOutsideTheVocabularyIsTypedByItsNumber() {
        ProblemDetails body = ProblemDetails.ofStatus(414, "URI Too Long", "the address is too long");

        assertThat(body.type()).isEqualTo("urn:innovation-bridge:error:http-414");
        assertThat(body.status()).isEqualTo(414);
        assertThat(body.errors()).isNull();
    }
}
