package org.innovationbridge.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.innovationbridge.gateway.identity.IdentityService;
import org.innovationbridge.gateway.identity.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The Auth API over the gateway's real PostgreSQL database. */
@Tag("stack")
@QuarkusTest
class AuthTest {
    private final IdentityService identity;

    AuthTest(IdentityService identity) {
        this.identity = identity;
    }

    static String newUsername(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String newPassword() {
        return "pw-" + UUID.randomUUID();
    }

    static ExtractableResponse<Response> register(String username, String password, String role) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password, "role", role))
                .when().post("/api/auth/register").then().extract();
    }

    static ExtractableResponse<Response> signIn(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .when().post("/api/auth/sign-in").then().extract();
    }

    /** An admin made directly through the service, as the gateway's start does from IB_ADMIN_PASSWORD. */
    String adminToken() {
        String username = newUsername("admin");
        String password = newPassword();
        identity.create(username, password, Role.ADMIN);
        return signIn(username, password).path("token");
    }

    @Test
    void aRegisteredEnterpriseUserSignsInAndGetsATokenWithTheContractsClaims() {
        String username = newUsername("ent");
        String password = newPassword();
        ExtractableResponse<Response> registered = register(username, password, "enterprise");
        assertThat(registered.statusCode()).isEqualTo(201);
        assertThat(registered.<String>path("username")).isEqualTo(username);
        assertThat(registered.<String>path("role")).isEqualTo("enterprise");
        String id = registered.path("id");

        ExtractableResponse<Response> signedIn = signIn(username, password);
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.<String>path("user.id")).isEqualTo(id);
        assertThat(signedIn.<Object>path("user.organisationId")).isNull();
        assertThat(signedIn.<String>path("expiresAt")).isNotBlank();
        Map<String, Object> claims = claimsOf(signedIn.path("token"));
        assertThat(claims).containsEntry("iss", "innovation-bridge").containsEntry("sub", id)
                .containsEntry("upn", username).doesNotContainKey("org");
        assertThat(claims.get("groups")).asList().containsExactly("enterprise");
        long lifetime = ((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue();
        assertThat(lifetime).isEqualTo(8 * 3600);
        assertThat(signedIn.header("Authorization")).isNull();

        given().auth().oauth2(signedIn.path("token")).when().get("/api/auth/me")
                .then().statusCode(200).body("id", equalTo(id)).body("username", equalTo(username))
                .body("role", equalTo("enterprise")).body("organisationId", nullValue());
        given().auth().oauth2(signedIn.path("token")).when().post("/api/auth/refresh")
                .then().statusCode(200).body("token", notNullValue()).body("user.id", equalTo(id));
    }

    @Test
    void aWrongPasswordAndAnUnknownUserAreTheSame401() {
        String username = newUsername("ent");
        register(username, newPassword(), "institution");
        for (ExtractableResponse<Response> refused : new ExtractableResponse[]{signIn(username, "wrong-password-1"),
                signIn(newUsername("nobody"), "wrong-password-1")}) {
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.<String>path("detail")).isEqualTo("the username or password is wrong");
        }
    }

    @Test
    void selfRegistrationCannotCreateOrganisersOrAdmins() {
        for (String role : new String[]{"organiser", "admin", "root", ""}) {
            ExtractableResponse<Response> refused = register(newUsername("x"), newPassword(), role);
            assertThat(refused.statusCode()).as(role).isEqualTo(400);
            assertThat(refused.<String>path("errors[0].field")).isEqualTo("role");
        }
    }

    @Test
    void badRegistrationsNameTheField() {
        assertThat(register("a b", newPassword(), "enterprise").<String>path("errors[0].field")).isEqualTo("username");
        assertThat(register(newUsername("x"), "short", "enterprise").<String>path("errors[0].field")).isEqualTo("password");
        String taken = newUsername("dup");
        register(taken, newPassword(), "enterprise");
        ExtractableResponse<Response> duplicate = register(taken, newPassword(), "enterprise");
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(duplicate.<String>path("errors[0].field")).isEqualTo("username");
        given().contentType(ContentType.JSON).body("{\"username\":\"x\",\"pasword\":\"y\"}")
                .when().post("/api/auth/sign-in")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("pasword"));
        given().contentType(ContentType.JSON).body("{not json").when().post("/api/auth/register")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void onlyAnAdminCreatesOrganisersAndAdmins() {
        String organiser = newUsername("org");
        String password = newPassword();
        Map<String, String> body = Map.of("username", organiser, "password", password, "role", "organiser");
        given().contentType(ContentType.JSON).body(body).when().post("/api/auth/users")
                .then().statusCode(401).contentType("application/problem+json");
        String enterpriseUser = newUsername("ent");
        String enterprisePassword = newPassword();
        register(enterpriseUser, enterprisePassword, "enterprise");
        given().auth().oauth2(signIn(enterpriseUser, enterprisePassword).<String>path("token"))
                .contentType(ContentType.JSON).body(body).when().post("/api/auth/users")
                .then().statusCode(403).contentType("application/problem+json");

        given().auth().oauth2(adminToken()).contentType(ContentType.JSON).body(body).when().post("/api/auth/users")
                .then().statusCode(201).body("role", equalTo("organiser"));
        assertThat(claimsOf(signIn(organiser, password).path("token")).get("groups")).asList().containsExactly("organiser");
    }

    @Test
    void meAndRefreshNeedAValidToken() {
        given().when().get("/api/auth/me").then().statusCode(401);
        given().auth().oauth2("not.a.token").when().get("/api/auth/me").then().statusCode(401);
        given().when().post("/api/auth/refresh").then().statusCode(401);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> claimsOf(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        return io.restassured.path.json.JsonPath.from(payload).getMap("");
    }
}
