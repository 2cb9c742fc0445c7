package org.innovationbridge.research;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.innovationbridge.research.ContactGrantEvents.seesContact;

/**
 * Who may do what in research-service, one case per cell of the table below. Every case builds its own target:
 * an institution registered by the "institution" account, with a draft result and (for the import rows) an
 * import job of a small upload. "other institution" is another institution account; enterprises, organisers and
 * admins are accounts of those roles. Expected: a status = exactly that answer (the success of a call the checks let
 * through, or {@code 401}/{@code 403}, refused, with a problem body), {@code shown}/{@code hidden} = whether the read
 * reveals the contact details. The matched side, an organisation holding a contact grant from ib.contact.events, is a
 * sequence rather than a cell: {@link #matchedSideSeesContactDetailsWhileItsGrantHolds}.
 */
@Tag("stack")
@QuarkusTest
class AuthorisationMatrixTest {
    private static final String TABLE = """
            endpoint                             anonymous  enterprise  other-enterprise  institution  other-institution  organiser  admin
            POST /institutions                   401        403         403               409          201                403        201
            PUT /institutions/{own}              401        403         403               200          403                403        200
            GET /institutions/owned-by/{sub}     401        403         403               200          403                403        200
            POST /results                        401        403         403               201          403                403        201
            PUT /results/{own}                   401        403         403               200          404                403        200
            PUT /results/{own}/status            401        403         403               200          404                403        200
            DELETE /results/{own}                401        403         403               204          404                403        204
            POST /institutions/{own}/imports     401        403         403               202          403                403        202
            GET /imports/{own}                   401        403         403               200          403                403        200
            GET /imports/{own}/errors            401        403         403               200          403                403        200
            contact in GET /institutions/{own}   hidden     hidden      hidden            shown        hidden             shown      shown
            draft in GET /results/{own}          hidden     hidden      hidden            shown        hidden             hidden     shown
            draft in GET /results?status=DRAFT   hidden     hidden      hidden            shown        hidden             hidden     shown
            draft in GET /results?q              hidden     hidden      hidden            shown        hidden             hidden     shown
            """;

    /** The accounts and resources of one case; the import job is made only for the rows that need it. */
    record Fixture(String ownerSub, String ownerToken, String institutionId, String resultId) {
        static Fixture create() {
            String sub = UUID.randomUUID().toString();
            String institutionId = given().auth().oauth2(Tokens.mint(sub, "institution", null))
                    .contentType("application/json").body(TestData.institution())
                    .when().post("/institutions").then().statusCode(201).extract().path("id");
            String token = Tokens.mint(sub, "institution", UUID.fromString(institutionId));
            String result = given().auth().oauth2(token).contentType("application/json")
                    .body(TestData.result(institutionId, "矩阵测试成果", "授权矩阵的测试数据"))
                    .when().post("/results").then().statusCode(201).extract().path("id");
            return new Fixture(sub, token, institutionId, result);
        }

        String jobId() {
            return upload(given().auth().oauth2(ownerToken)).statusCode(202).extract().path("id");
        }

        io.restassured.response.ValidatableResponse upload(RequestSpecification as) {
            return as.multiPart("file", "results.json", Imports.fixture("results.json"))
                    .when().post("/institutions/" + institutionId + "/imports").then();
        }

        String tokenOf(String role) {
            return switch (role) {
                case "anonymous" -> null;
                case "institution" -> ownerToken;
                case "other-institution" -> Tokens.mint(UUID.randomUUID().toString(), "institution", UUID.randomUUID());
                case "enterprise", "other-enterprise" ->
                        Tokens.mint(UUID.randomUUID().toString(), "enterprise", UUID.randomUUID());
                case "organiser" -> Tokens.newAccount("organiser");
                case "admin" -> Tokens.admin();
                default -> throw new IllegalArgumentException(role);
            };
        }
    }

    /** What each endpoint of the table sends; it answers the response whose status or body the table judges. */
    private static final Map<String, BiFunction<Fixture, RequestSpecification, ExtractableResponse<Response>>> CALLS =
            Map.ofEntries(
                    Map.entry("POST /institutions", (f, as) -> as.contentType("application/json").body(TestData.institution())
                            .when().post("/institutions").then().extract()),
                    Map.entry("PUT /institutions/{own}", (f, as) -> as.contentType("application/json").header("If-Match", "\"0\"")
                            .body(TestData.institution()).when().put("/institutions/" + f.institutionId()).then().extract()),
                    Map.entry("GET /institutions/owned-by/{sub}", (f, as) -> as.when()
                            .get("/institutions/owned-by/" + f.ownerSub()).then().extract()),
                    Map.entry("POST /results", (f, as) -> as.contentType("application/json")
                            .body(TestData.result(f.institutionId(), "新成果", "矩阵测试新建")).when().post("/results").then().extract()),
                    Map.entry("PUT /results/{own}", (f, as) -> as.contentType("application/json").header("If-Match", "\"0\"")
                            .body(TestData.result(f.institutionId(), "改过的成果", "矩阵测试修改")).when()
                            .put("/results/" + f.resultId()).then().extract()),
                    Map.entry("PUT /results/{own}/status", (f, as) -> as.contentType("application/json").header("If-Match", "\"0\"")
                            .body(Map.of("status", "PUBLISHED")).when().put("/results/" + f.resultId() + "/status").then().extract()),
                    Map.entry("DELETE /results/{own}", (f, as) -> as.header("If-Match", "\"0\"").when()
                            .delete("/results/" + f.resultId()).then().extract()),
                    Map.entry("POST /institutions/{own}/imports", (f, as) -> f.upload(as).extract()),
                    Map.entry("GET /imports/{own}", (f, as) -> as.when().get("/imports/" + f.jobId()).then().extract()),
                    Map.entry("GET /imports/{own}/errors", (f, as) -> as.when().get("/imports/" + f.jobId() + "/errors").then().extract()),
                    Map.entry("contact in GET /institutions/{own}", (f, as) -> as.when()
                            .get("/institutions/" + f.institutionId()).then().extract()),
                    Map.entry("draft in GET /results/{own}", (f, as) -> as.when().get("/results/" + f.resultId()).then().extract()),
                    Map.entry("draft in GET /results?status=DRAFT", (f, as) -> as.queryParam("status", "DRAFT").queryParam("size", 100)
                            .when().get("/results").then().extract()),
                    Map.entry("draft in GET /results?q", (f, as) -> as.queryParam("q", "授权矩阵的测试数据")
                            .queryParam("institutionId", f.institutionId()).when().get("/results").then().extract()));

    /** Whether a read revealed what the endpoint's row is about: the contact details, or the draft itself. */
    private static boolean revealed(String endpoint, Fixture f, ExtractableResponse<Response> response) {
        if (endpoint.equals("draft in GET /results/{own}")) {
            assertThat(response.statusCode()).as(endpoint).isIn(200, 404);
            return response.statusCode() == 200 && f.resultId().equals(response.path("id"));
        }
        assertThat(response.statusCode()).as(endpoint).isEqualTo(200);
        return endpoint.startsWith("contact") ? response.path("contact.phone") != null
                : response.<List<String>>path("items.id").contains(f.resultId());
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
                assertThat(response.body().asString()).as(name + ": a refusal names no institution").doesNotContain(fixture.institutionId());
            }
            case "shown", "hidden" -> assertThat(revealed(endpoint, fixture, response)).as(name).isEqualTo(expected.equals("shown"));
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
        String grantee = Tokens.mint(UUID.randomUUID().toString(), "enterprise", matched);
        String third = Tokens.mint(UUID.randomUUID().toString(), "enterprise", UUID.randomUUID());
        String sameIdOtherType = Tokens.mint(UUID.randomUUID().toString(), "institution", matched);
        ContactGrantEvents.Party institution = new ContactGrantEvents.Party("INSTITUTION", UUID.fromString(f.institutionId()));
        ContactGrantEvents.Party enterprise = new ContactGrantEvents.Party("ENTERPRISE", matched);
        UUID grant = UUID.randomUUID();
        try (ContactGrantEvents events = new ContactGrantEvents()) {
            assertThat(seesContact(grantee, f.institutionId())).as("before the grant").isFalse();

            events.granted(grant, 1, enterprise, institution);
            await().atMost(Duration.ofSeconds(30)).until(() -> seesContact(grantee, f.institutionId()));
            assertThat(seesContact(third, f.institutionId())).as("a third organisation").isFalse();
            assertThat(seesContact(sameIdOtherType, f.institutionId())).as("an institution account with the grantee's id")
                    .isFalse();
            assertThat(seesContact(f.ownerToken(), f.institutionId())).as("the owner").isTrue();

            double taken = ContactGrantEvents.taken();
            events.granted(grant, 1, enterprise, institution);
            await().atMost(Duration.ofSeconds(30)).until(() -> ContactGrantEvents.taken() > taken);
            assertThat(seesContact(grantee, f.institutionId())).as("after a duplicate delivery").isTrue();
            assertThat(seesContact(third, f.institutionId())).as("a third organisation after a duplicate").isFalse();

            events.revoked(grant, 2, enterprise, institution);
            await().atMost(Duration.ofSeconds(30)).until(() -> !seesContact(grantee, f.institutionId()));

            double revoked = ContactGrantEvents.taken();
            events.granted(grant, 1, enterprise, institution);
            await().atMost(Duration.ofSeconds(30)).until(() -> ContactGrantEvents.taken() > revoked);
            assertThat(seesContact(grantee, f.institutionId())).as("a replayed older grant after the revocation").isFalse();
            assertThat(seesContact(Tokens.newAccount("organiser"), f.institutionId())).as("organisers").isTrue();
        }
    }
}
