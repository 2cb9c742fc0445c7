package org.innovationbridge.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The first admin comes from the environment at start; its name and password here are made up per run. */
@Tag("stack")
@QuarkusTest
@TestProfile(FirstAdminTest.FromEnvironment.class)
class FirstAdminTest {
    static final String USERNAME = "first-admin-" + UUID.randomUUID().toString().substring(0, 8);
    static final String PASSWORD = "pw-" + UUID.randomUUID();

    public static class FromEnvironment implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ib.identity.first-admin.username", USERNAME, "ib.identity.first-admin.password", PASSWORD);
        }
    }

    @Test
    void theFirstAdminSignsInWithThePasswordFromTheEnvironment() {
        ExtractableResponse<Response> signedIn = AuthTest.signIn(USERNAME, PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.<String>path("user.role")).isEqualTo("admin");
        assertThat(AuthTest.claimsOf(signedIn.path("token")).get("groups")).asList().containsExactly("admin");
        assertThat(AuthTest.signIn(USERNAME, "not-the-password").statusCode()).isEqualTo(401);
    }
}
