package org.innovationbridge.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import org.innovationbridge.gateway.identity.IdentityService;
import org.innovationbridge.gateway.identity.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.innovationbridge.gateway.AuthTest.claimsOf;
import static org.innovationbridge.gateway.AuthTest.newPassword;
import static org.innovationbridge.gateway.AuthTest.newUsername;
import static org.innovationbridge.gateway.AuthTest.register;
import static org.innovationbridge.gateway.AuthTest.signIn;

/** Sessions: the audience of tokens, the absolute lifetime of a session, and revocation at refresh. */
@Tag("stack")
@QuarkusTest
class AuthSessionTest {
    private final IdentityService identity;

    AuthSessionTest(IdentityService identity) {
        this.identity = identity;
    }

    private record Account(String id, String username, String password, String token) {
    }

    private static Account newEnterpriseAccount() {
        String username = newUsername("ses");
        String password = newPassword();
        String id = register(username, password, "enterprise").path("id");
        return new Account(id, username, password, signIn(username, password).path("token"));
    }

    private static ExtractableResponse<Response> refresh(String token) {
        return given().auth().oauth2(token).when().post("/api/auth/refresh").then().extract();
    }

    private static void assertRefused(ExtractableResponse<Response> answer, String detailPart) {
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.<String>path("type")).isEqualTo("urn:innovation-bridge:error:unauthenticated");
        assertThat(answer.<String>path("detail")).contains(detailPart);
    }

    /** A token as the gateway signs one, with the session's sign-in time and generation chosen by the test. */
    private static String tokenOf(Account account, String audience, Instant signedInAt, int generation) {
        return Jwt.issuer("innovation-bridge").audience(audience).subject(account.id()).upn(account.username())
                .groups(Set.of("enterprise")).claim("auth_time", signedInAt.getEpochSecond()).claim("pwdv", generation)
                .expiresIn(600).sign();
    }

    @Test
    void tokensNameTheirAudienceAndTheSessionAndARefreshKeepsTheSignInTime() {
        Account account = newEnterpriseAccount();
        Map<String, Object> claims = claimsOf(account.token());
        assertThat(claims.get("aud")).isEqualTo("innovation-bridge-api");
        assertThat(claims).containsEntry("pwdv", 0).containsKey("auth_time");

        ExtractableResponse<Response> refreshed = refresh(account.token());
        assertThat(refreshed.statusCode()).isEqualTo(200);
        assertThat(claimsOf(refreshed.path("token")).get("auth_time")).isEqualTo(claims.get("auth_time"));
    }

    @Test
    void aTokenForAnotherAudienceOrNoneIsRefused() {
        Account account = newEnterpriseAccount();
        given().auth().oauth2(tokenOf(account, "some-other-api", Instant.now(), 0)).when().get("/api/auth/me")
                .then().statusCode(401);
        String withoutAudience = Jwt.issuer("innovation-bridge").subject(account.id()).upn(account.username())
                .groups(Set.of("enterprise")).expiresIn(600).sign();
        given().auth().oauth2(withoutAudience).when().get("/api/auth/me").then().statusCode(401);
        given().auth().oauth2(tokenOf(account, "innovation-bridge-api", Instant.now(), 0)).when().get("/api/auth/me")
                .then().statusCode(200);
    }

    @Test
    void aSessionOlderThanItsLifetimeIsNotRenewed() {
        Account account = newEnterpriseAccount();
        Instant longAgo = Instant.now().minus(Duration.ofHours(12)).minusSeconds(60);
        assertRefused(refresh(tokenOf(account, "innovation-bridge-api", longAgo, 0)), "sign in again");
        Instant recently = Instant.now().minus(Duration.ofHours(11));
        ExtractableResponse<Response> renewed = refresh(tokenOf(account, "innovation-bridge-api", recently, 0));
        assertThat(renewed.statusCode()).isEqualTo(200);
        long expires = ((Number) claimsOf(renewed.path("token")).get("exp")).longValue();
        assertThat(expires).as("a renewed token ends with its session").isEqualTo(recently.plus(Duration.ofHours(12)).getEpochSecond());
    }

    @Test
    void aPasswordChangeEndsEarlierSessionsAtTheirNextRefresh() {
        Account account = newEnterpriseAccount();
        String newPassword = newPassword();
        ExtractableResponse<Response> changed = given().auth().oauth2(account.token()).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", account.password(), "newPassword", newPassword))
                .when().post("/api/auth/password").then().extract();
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(claimsOf(changed.path("token"))).containsEntry("pwdv", 1);

        assertRefused(refresh(account.token()), "password was changed");
        assertThat(refresh(changed.path("token")).statusCode()).as("the new session's token").isEqualTo(200);
        assertThat(signIn(account.username(), account.password()).statusCode()).isEqualTo(401);
        assertThat(signIn(account.username(), newPassword).statusCode()).isEqualTo(200);
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPasswordAndAnAcceptableNewOne() {
        Account account = newEnterpriseAccount();
        given().auth().oauth2(account.token()).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "not-the-password-1", "newPassword", newPassword()))
                .when().post("/api/auth/password").then().statusCode(403).contentType("application/problem+json")
                .body("errors[0].field", equalTo("currentPassword"));
        given().auth().oauth2(account.token()).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", account.password(), "newPassword", "short"))
                .when().post("/api/auth/password").then().statusCode(400)
                .body("errors[0].field", equalTo("newPassword"));
        given().contentType(ContentType.JSON).body(Map.of("currentPassword", account.password(), "newPassword", newPassword()))
                .when().post("/api/auth/password").then().statusCode(401);
        assertThat(refresh(account.token()).statusCode()).as("nothing changed").isEqualTo(200);
    }

    @Test
    void anAdminDisablesAnAccountWhichThenNeitherRefreshesNorSignsIn() {
        Account account = newEnterpriseAccount();
        String adminUsername = newUsername("admin");
        String adminPassword = newPassword();
        String adminId = identity.create(adminUsername, adminPassword, Role.ADMIN).id.toString();
        String admin = signIn(adminUsername, adminPassword).path("token");

        given().auth().oauth2(account.token()).contentType(ContentType.JSON).body(Map.of("status", "DISABLED"))
                .when().put("/api/auth/users/" + account.id() + "/status").then().statusCode(403);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("status", "GONE"))
                .when().put("/api/auth/users/" + account.id() + "/status").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("status", "DISABLED"))
                .when().put("/api/auth/users/not-a-uuid/status").then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("status", "DISABLED"))
                .when().put("/api/auth/users/" + UUID.randomUUID() + "/status").then().statusCode(404);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("status", "DISABLED"))
                .when().put("/api/auth/users/" + adminId + "/status").then().statusCode(409)
                .body("errors[0].field", equalTo("status"));

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("status", "DISABLED"))
                .when().put("/api/auth/users/" + account.id() + "/status").then().statusCode(200)
                .body("status", equalTo("DISABLED"));
        assertRefused(refresh(account.token()), "disabled");
        assertRefused(signIn(account.username(), account.password()), "disabled");

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("status", "ACTIVE"))
                .when().put("/api/auth/users/" + account.id() + "/status").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        assertRefused(refresh(account.token()), "sign in again");
        assertThat(signIn(account.username(), account.password()).statusCode()).as("re-enabled").isEqualTo(200);
    }
}
