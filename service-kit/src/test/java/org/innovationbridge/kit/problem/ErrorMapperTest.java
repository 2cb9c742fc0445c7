package org.innovationbridge.kit.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.innovationbridge.kit.http.NulFreeJson;
import org.innovationbridge.kit.http.Versions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ErrorMapperTest {
    record Contact(String email, int employees) {
    }

    record Enterprise(String name, Contact contact, List<String> keywords) {
    }

    enum Mode { TRANSFER, LICENCE }

    record Wanted(Mode mode) {
    }

    private final ErrorMapper mapper = new ErrorMapper(Optional.empty());
    private final ObjectMapper json = json();

    @Test
    void aDomainRuleBrokenOnAFieldIsA400NamingIt() {
        ProblemDetails body = body(mapper.invalidField(new DomainException.InvalidField("creditCode", "wrong check character")));

        assertThat(body.type()).isEqualTo(ProblemType.VALIDATION.uri());
        assertThat(body.errors()).containsExactly(new ProblemDetails.FieldError("creditCode", "wrong check character"));
    }

    @Test
    void aRefusedTransitionListsWhatIsAllowed() {
        Response response = mapper.conflict(new DomainException.Conflict("status", "already published", List.of("WITHDRAWN")));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(body(response).allowed()).containsExactly("WITHDRAWN");
        assertThat(body(response).errors()).extracting(ProblemDetails.FieldError::field).containsExactly("status");
    }

    @Test
    void aStaleWriteCarriesTheCurrentVersionAndNamesIfMatch() {
        ProblemDetails body = body(mapper.stale(new DomainException.StaleVersion(3, 5)));

        assertThat(body.status()).isEqualTo(412);
        assertThat(body.currentVersion()).isEqualTo(5L);
        assertThat(body.errors()).extracting(ProblemDetails.FieldError::field).containsExactly("If-Match");
    }

    @Test
    void aMissingIfMatchIs428NamingTheHeader() {
        Versions.IfMatchRefused missing = catchThrowableOfType(Versions.IfMatchRefused.class,
                () -> Versions.fromIfMatch(null));
        ProblemDetails body = body(mapper.ifMatch(missing));

        assertThat(body.status()).isEqualTo(428);
        assertThat(body.type()).isEqualTo(ProblemType.PRECONDITION_REQUIRED.uri());
        assertThat(body.errors()).extracting(ProblemDetails.FieldError::field).containsExactly("If-Match");
        assertThat(body.detail()).startsWith("If-Match: ");
    }

    @Test
    void notSignedInIs401UnauthenticatedWithABearerChallenge() {
        Response fromSecurity = mapper.unauthenticated(new UnauthorizedException());
        Response fromJaxRs = mapper.http(new WebApplicationException(401));

        for (Response response : List.of(fromSecurity, fromJaxRs)) {
            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(body(response).type()).isEqualTo(ProblemType.UNAUTHENTICATED.uri());
            assertThat(response.getHeaderString("WWW-Authenticate")).isEqualTo("Bearer");
        }
    }

    @Test
    void theFrameworksOwn4xxGetTheirWordsFromTheVocabulary() {
        assertThat(body(mapper.http(new NotFoundException())).type()).isEqualTo(ProblemType.NOT_FOUND.uri());
        assertThat(body(mapper.http(new NotSupportedException())).type())
                .isEqualTo(ProblemType.UNSUPPORTED_MEDIA_TYPE.uri());
        Response notAllowed = mapper.http(new NotAllowedException("use GET or PUT", "GET", new String[] {"PUT"}));
        assertThat(body(notAllowed).type()).isEqualTo(ProblemType.METHOD_NOT_ALLOWED.uri());
        assertThat(notAllowed.getHeaderString("Allow")).contains("GET").contains("PUT");
        assertThat(body(mapper.http(new WebApplicationException(410))).type())
                .isEqualTo(ProblemType.URN_PREFIX + "http-410");
    }

    @Test
    void aServerSideFailureNamesNoExceptionType() {
        Response response = mapper.unexpected(new IllegalStateException("connection pool exhausted at org.example"));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(body(response).detail()).doesNotContain("IllegalStateException").doesNotContain("pool");
        assertThat(mapper.http(new WebApplicationException(503)).getStatus()).isEqualTo(500);
    }

    @Test
    void aBodyOverTheLimitUsesTheServicesWordsAndClosesTheConnection() {
        Optional<PayloadLimit> limit = Optional.of(() -> ProblemDetails.field(ProblemType.PAYLOAD_TOO_LARGE, "file", "larger than 8 MB"));

        Response response = new ErrorMapper(limit).http(new WebApplicationException(413));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(body(response).errors()).extracting(ProblemDetails.FieldError::reason).containsExactly("larger than 8 MB");
        assertThat(response.getHeaderString("Connection")).isEqualTo("close");
    }

    @Test
    void aJsonValueOfTheWrongTypeNamesItsPath() {
        Exception e = catchThrowableOfType(Exception.class, () ->
                json.readValue("{\"contact\": {\"employees\": \"many\"}}", Enterprise.class));

        ProblemDetails body = body(mapper.unreadableJson((InvalidFormatException) e));
        assertThat(body.errors()).extracting(ProblemDetails.FieldError::field).containsExactly("contact.employees");
        assertThat(body.errors().get(0).reason()).isEqualTo("'many' is not a valid int");
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() {
        Exception e = catchThrowableOfType(Exception.class, () -> json.readValue("{\"mode\": \"GIFT\"}", Wanted.class));

        ProblemDetails body = body(mapper.unreadableJson((InvalidFormatException) e));
        assertThat(body.detail()).isEqualTo("mode: 'GIFT' is not one of [TRANSFER, LICENCE]");
    }

    @Test
    void jsonThatBreaksOffNamesTheFieldItWasIn() {
        Exception e = catchThrowableOfType(Exception.class, () ->
                json.readValue("{\"name\": \"甲\", \"keywords\": [\"a\", tru", Enterprise.class));

        ProblemDetails body = body(mapper.unreadableJson((com.fasterxml.jackson.core.JsonProcessingException) e));
        assertThat(body.status()).isEqualTo(400);
        assertThat(body.errors()).extracting(ProblemDetails.FieldError::field).containsExactly("keywords[1]");
    }

    @Test
    void aNulInAStringIsRefusedAsThatFieldsValue() {
        Exception e = catchThrowableOfType(Exception.class, () ->
                json.readValue("{\"name\": \"a\\u0000b\"}", Enterprise.class));

        ProblemDetails body = body(mapper.unreadableJson((InvalidFormatException) e));
        assertThat(body.errors()).containsExactly(new ProblemDetails.FieldError("name", NulFreeJson.REASON));
    }

    private static ObjectMapper json() {
        ObjectMapper json = new ObjectMapper();
        new NulFreeJson().customize(json);
        return json;
    }

    private static ProblemDetails body(Response response) {
        assertThat(response.getMediaType().toString()).isEqualTo(ProblemDetails.MEDIA_TYPE);
        return (ProblemDetails) response.getEntity();
    }
}
