package org.innovationbridge.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A NUL in a username reached PostgreSQL as a 500 (found by deploy/hostile-suite); now a 400 naming the field. */
@Tag("stack")
@QuarkusTest
class NulCharacterTest {
    @Test
    void aNulInTheUsernameIsRefusedNamingTheField() {
        given().contentType("application/json").body(Map.of("username", "a\u0000b", "password", "whatever-long-1"))
                .when().post("/api/auth/sign-in")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("username"))
                .body("errors[0].reason", containsString("NUL"));
    }
}
