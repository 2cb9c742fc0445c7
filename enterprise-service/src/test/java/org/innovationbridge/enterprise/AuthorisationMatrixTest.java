package org.innovationbridge.enterprise;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.innovationbridge.kit.testing.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.innovationbridge.enterprise.ContactGrantEvents.seesContact;

/**
 * Who may do what in enterprise-service, one case per cell of the table below. Every case builds its own target:
 * an enterprise registered by the "enterprise" account, with a draft public problem and a published confidential
 * one.
 * "other enterprise" is another enterprise account (with an enterprise of its own); institutions, organisers and
 * admins are accounts of those roles. Expected: a status = exactly that answer (the success of a call the checks let
 * through, or {@code 401}/{@code 403} refused, {@code 404} refused as if the draft did not exist, with a problem
 * body that names no enterprise), {@code shown}/{@code hidden} = whether the read reveals the protected facts
 * (contact details, a confidential problem's enterprise, a draft). The matched side, an organisation holding a contact
 * grant from ib.contact.events, is a sequence rather than a cell: {@link #matchedSideSeesContactDetailsWhileItsGrantHolds}.
 */
@Tag("stack")
@QuarkusTest
class AuthorisationMatrixTest {
    private static final String TABLE = """
            endpoint                          anonymous  enterprise  other-enterprise  institution  other-institution  organiser  admin
            POST /enterprises                 401        409         201               403          403                403        201
            PUT /enterprises/{own}            401        200         403               403          403                403        200
            DELETE /enterprises/{own}         401        204         403               403          403                403        204
            GET /enterprises/owned-by/{sub}   401        200         403               403          403                403        200
            POST /problems                    401        201         403               403          403                403        201
            PUT /problems/{own}               401        200         404               403          403                403        200
            PUT /problems/{own}/status        401        200         404               403          403                403        200
            DELETE /problems/{own}            401        204         404               403          403                403        204
            PUT /problems/{secret}/status     401        200         403               403          403                403        200
            DELETE /problems/{secret}         401        204         403               403          403                403        204
            PUT /reference/{kind}/{code}      401        403         403               403          403                403        200
            contact in GET /enterprises/{own} hidden     shown       hidden            hidden       hidden             shown      shown
            owner in GET /problems/{secret}   hidden     shown       hidden            hidden       hidden             shown      shown
            secret in GET /problems?enterpriseId hidden  shown       hidden            hidden       hidden             shown      shown
            draft in GET /problems/{own}      hidden     shown       hidden            hidden       hidden             hidden     shown
            draft in GET /problems?status=DRAFT hidden   shown       hidden            hidden       hidden             hidden     shown
            draft in GET /problems?q          hidden     shown       hidden            hidden       hidden             hidden     shown
            """;

    /** The accounts and resources of one case. */
    record Fixture(String ownerSub, String ownerToken, String enterpriseId, String problemId, String secretProblemId) {
        static Fixture create() {
            String sub = UUID.randomUUID().toString();
            String enterpriseId = given().auth().oauth2(Tokens.mint(sub, "enterprise", null))
                    .contentType("application/json").body(TestData.enterprise(TestData.newCreditCode()))
                    .when().post("/enterprises").then().statusCode(201).extract().path("id");
            String token = Tokens.mint(sub, "enterprise", UUID.fromString(enterpriseId));
            String problem = createProblem(token, enterpriseId, "PUBLIC");
            String secret = createProblem(token, enterpriseId, "CONFIDENTIAL");
            given().auth().oauth2(token).contentType("application/json").header("If-Match", "\"0\"")
                    .body(Map.of("status", "PUBLISHED")).when().put("/problems/" + secret + "/status").then().statusCode(200);
            return new Fixture(sub, token, enterpriseId, problem, secret);
        }

        private static String createProblem(String token, String enterpriseId, String visibility) {
            Map<String, Object> body = new HashMap<>(TestData.problem(enterpriseId, "矩阵测试难题", "授权矩阵的测试数据"));
            body.put("visibility", visibility);
            return given().auth().oauth2(token).contentType("application/json").body(body)
                    .when().post("/problems").then().statusCode(201).extract().path("id");
        }

        String tokenOf(String role) {
            return switch (role) {
                case "anonymous" -> null;
                case "enterprise" -> ownerToken;
                case "other-enterprise" -> Tokens.mint(UUID.randomUUID().toString(), "enterprise", UUID.randomUUID());
                case "institution", "other-institution" ->
                        Tokens.mint(UUID.randomUUID().toString(), "institution", UUID.randomUUID());
                case "organiser" -> Tokens.newAccount("organiser");
                case "admin" -> Tokens.admin();
                default -> throw new IllegalArgumentException(role);
            };
        }
    }

    /** What each endpoint of the table sends; it answers the response whose status or body the table judges. */
    private static final Map<String, BiFunction<Fixture, RequestSpecification, ExtractableResponse<Response>>> CALLS =
            Map.ofEntries(
                    Map.entry("POST /enterprises", (f, as) -> as.contentType("application/json")
                            .body(TestData.enterprise(TestData.newCreditCode())).when().post("/enterprises").then().extract()),
                    Map.entry("PUT /enterprises/{own}", (f, as) -> as.contentType("application/json").header("If-Match", "\"0\"")
                            .body(TestData.enterprise(creditCodeOf(f))).when().put("/enterprises/" + f.enterpriseId()).then().extract()),
                    Map.entry("DELETE /enterprises/{own}", (f, as) -> {
                        deleteProblemsOf(f);
                        return as.header("If-Match", "\"0\"").when().delete("/enterprises/" + f.enterpriseId()).then().extract();
                    }),
                    Map.entry("GET /enterprises/owned-by/{sub}", (f, as) -> as.when()
                            .get("/enterprises/owned-by/" + f.ownerSub()).then().extract()),
                    Map.entry("POST /problems", (f, as) -> as.contentType("application/json")
                            .body(TestData.problem(f.enterpriseId(), "新难题", "矩阵测试新建")).when().post("/problems").then().extract()),
                    Map.entry("PUT /problems/{own}", (f, as) -> as.contentType("application/json").header("If-Match", "\"0\"")
                            .body(TestData.problem(f.enterpriseId(), "改过的难题", "矩阵测试修改")).when()
                            .put("/problems/" + f.problemId()).then().extract()),
                    Map.entry("PUT /problems/{own}/status", (f, as) -> as.contentType("application/json").header("If-Match", "\"0\"")
                            .body(Map.of("status", "PUBLISHED")).when().put("/problems/" + f.problemId() + "/status").then().extract()),
                    Map.entry("DELETE /problems/{own}", (f, as) -> as.header("If-Match", "\"0\"").when()
                            .delete("/problems/" + f.problemId()).then().extract()),
                    Map.entry("PUT /problems/{secret}/status", (f, as) -> as.contentType("application/json").header("If-Match", "\"1\"")
                            .body(Map.of("status", "IN_TALKS")).when().put("/problems/" + f.secretProblemId() + "/status").then().extract()),
                    Map.entry("DELETE /problems/{secret}", (f, as) -> as.header("If-Match", "\"1\"").when()
                            .delete("/problems/" + f.secretProblemId()).then().extract()),
                    Map.entry("PUT /reference/{kind}/{code}", (f, as) -> as.contentType("application/json")
                            .body(Map.of("name", "矩阵测试链")).when()
                            .put("/reference/industry-chain/matrix-" + ThreadLocalRandom.current().nextInt(1_000_000)).then().extract()),
                    Map.entry("contact in GET /enterprises/{own}", (f, as) -> as.when().get("/enterprises/" + f.enterpriseId()).then().extract()),
                    Map.entry("owner in GET /problems/{secret}", (f, as) -> as.when().get("/problems/" + f.secretProblemId()).then().extract()),
                    Map.entry("secret in GET /problems?enterpriseId", (f, as) -> as.queryParam("enterpriseId", f.enterpriseId())
                            .when().get("/problems").then().extract()),
                    Map.entry("draft in GET /problems/{own}", (f, as) -> as.when().get("/problems/" + f.problemId()).then().extract()),
                    Map.entry("draft in GET /problems?status=DRAFT", (f, as) -> as.queryParam("status", "DRAFT").queryParam("size", 100)
                            .when().get("/problems").then().extract()),
                    Map.entry("draft in GET /problems?q", (f, as) -> as.queryParam("q", "授权矩阵的测试数据").queryParam("enterpriseId", f.enterpriseId())
                            .when().get("/problems").then().extract()));

    /** Whether a read revealed what the endpoint's row is about. */
    private static boolean revealed(String endpoint, Fixture f, ExtractableResponse<Response> response) {
        if (endpoint.equals("draft in GET /problems/{own}")) {
            assertThat(response.statusCode()).as(endpoint).isIn(200, 404);
            return response.statusCode() == 200 && f.problemId().equals(response.path("id"));
        }
        assertThat(response.statusCode()).as(endpoint).isEqualTo(200);
        return switch (endpoint) {
            case "contact in GET /enterprises/{own}" -> response.path("contact.phone") != null;
            case "owner in GET /problems/{secret}" -> f.enterpriseId().equals(response.path("enterpriseId"));
            case "secret in GET /problems?enterpriseId" -> response.<List<String>>path("items.id").contains(f.secretProblemId());
            case "draft in GET /problems?status=DRAFT", "draft in GET /problems?q" ->
                    response.<List<String>>path("items.id").contains(f.problemId());
            default -> throw new IllegalArgumentException(endpoint);
        };
    }

    static Stream<Arguments> cases() {
        List<String> lines = TABLE.lines().filter(line -> !line.isBlank()).toList();
        List<String> roles = Arrays.asList(lines.get(0).trim().split("\\s+")).subList(1, 8);
        List<Arguments> cases = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.trim().split("\\s+");
            String endpoint = String.join(" ", Arrays.copyOfRange(cells, 0, cells.length - roles.size()));
            for (int i = 0; i < roles.size(); i++) {
                String expected = cells[cells.length - roles.size() + i];
                cases.add(Arguments.of(roles.get(i) + " → " + endpoint + " ⇒ " + expected, roles.get(i), endpoint, expected));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matrix(String name, String role, String endpoint, String expected) {
        assertThat(CALLS).as("the table names only endpoints this test can call").containsKey(endpoint);
        Fixture fixture = Fixture.create();
        String token = fixture.tokenOf(role);
        RequestSpecification as = token == null ? given() : given().auth().oauth2(token);
        ExtractableResponse<Response> response = CALLS.get(endpoint).apply(fixture, as);
        switch (expected) {
            case "401", "403", "404" -> {
                assertThat(response.statusCode()).as(name + ": " + response.body().asString()).isEqualTo(Integer.parseInt(expected));
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.body().asString()).as(name + ": a refusal names no enterprise").doesNotContain(fixture.enterpriseId());
            }
            case "shown" -> assertThat(revealed(endpoint, fixture, response)).as(name).isTrue();
            case "hidden" -> assertThat(revealed(endpoint, fixture, response)).as(name).isFalse();
            default -> assertThat(response.statusCode()).as(name + ": " + response.body().asString())
                    .isEqualTo(Integer.parseInt(expected));
        }
    }

    /**
     * Contact details follow the grant on the real topic: hidden before it, shown to the grantee once the consumer
     * applied it (and to nobody else), unchanged by a duplicate, hidden again after the revocation, and a replayed
     * older grant does not bring them back.
     */
    @Test
    void matchedSideSeesContactDetailsWhileItsGrantHolds() throws Exception {
        Fixture f = Fixture.create();
        UUID matched = UUID.randomUUID();
        String grantee = Tokens.mint(UUID.randomUUID().toString(), "institution", matched);
        String third = Tokens.mint(UUID.randomUUID().toString(), "institution", UUID.randomUUID());
        String sameIdOtherType = Tokens.mint(UUID.randomUUID().toString(), "enterprise", matched);
        ContactGrantEvents.Party enterprise = new ContactGrantEvents.Party("ENTERPRISE", UUID.fromString(f.enterpriseId()));
        ContactGrantEvents.Party institution = new ContactGrantEvents.Party("INSTITUTION", matched);
        UUID grant = UUID.randomUUID();
        try (ContactGrantEvents events = new ContactGrantEvents()) {
            assertThat(seesContact(grantee, f.enterpriseId())).as("before the grant").isFalse();

            events.granted(grant, 1, institution, enterprise);
            await().atMost(Duration.ofSeconds(30)).until(() -> seesContact(grantee, f.enterpriseId()));
            assertThat(seesContact(third, f.enterpriseId())).as("a third organisation").isFalse();
            assertThat(seesContact(sameIdOtherType, f.enterpriseId())).as("an enterprise account with the grantee's id")
                    .isFalse();
            assertThat(seesContact(f.ownerToken(), f.enterpriseId())).as("the owner").isTrue();

            double taken = ContactGrantEvents.taken();
            events.granted(grant, 1, institution, enterprise);
            await().atMost(Duration.ofSeconds(30)).until(() -> ContactGrantEvents.taken() > taken);
            assertThat(seesContact(grantee, f.enterpriseId())).as("after a duplicate delivery").isTrue();
            assertThat(seesContact(third, f.enterpriseId())).as("a third organisation after a duplicate").isFalse();

            events.revoked(grant, 2, institution, enterprise);
            await().atMost(Duration.ofSeconds(30)).until(() -> !seesContact(grantee, f.enterpriseId()));

            double revoked = ContactGrantEvents.taken();
            events.granted(grant, 1, institution, enterprise);
            await().atMost(Duration.ofSeconds(30)).until(() -> ContactGrantEvents.taken() > revoked);
            assertThat(seesContact(grantee, f.enterpriseId())).as("a replayed older grant after the revocation").isFalse();
            assertThat(seesContact(Tokens.newAccount("organiser"), f.enterpriseId())).as("organisers").isTrue();
        }
    }

    private static String creditCodeOf(Fixture f) {
        return given().auth().oauth2(Tokens.admin()).when().get("/enterprises/" + f.enterpriseId()).then().extract().path("creditCode");
    }

    private static void deleteProblemsOf(Fixture f) {
        given().auth().oauth2(Tokens.admin()).header("If-Match", "\"0\"").when().delete("/problems/" + f.problemId())
                .then().statusCode(204);
        given().auth().oauth2(Tokens.admin()).header("If-Match", "\"1\"").when().delete("/problems/" + f.secretProblemId())
                .then().statusCode(204);
    }
}
