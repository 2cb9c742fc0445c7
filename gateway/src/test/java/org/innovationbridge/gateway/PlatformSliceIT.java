package org.innovationbridge.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * The first vertical slice through real processes and servers: gateway → enterprise-service → PostgreSQL
 * (row + outbox in one transaction) → relay → Kafka → matching-service → Elasticsearch → search via the gateway.
 */
@QuarkusIntegrationTest
@WithTestResource(PlatformServices.class)
class PlatformSliceIT {
    private static final String ES = "http://127.0.0.1:" + env("IB_ES_PORT", "19200");
    private static final String ENTERPRISE_DB = env("ENTERPRISE_DB_URL", "jdbc:postgresql://127.0.0.1:"
            + env("IB_PG_PORT", "15432") + "/enterprise");

    @Test
    void aProblemPostedThroughTheGatewayIsFoundByAChineseWordOfItsDescription() {
        SignedIn enterprise = registerEnterprise();
        String id = createPublishedProblem(enterprise, "伺服直驱数控螺旋压力机",
                "现有摩擦压力机能耗高、精度低，需要伺服直驱技术实现数控螺旋压力机的节能改造。");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().queryParam("q", "螺旋压力机").queryParam("size", 100)
                        .when().get("/api/search/problems")
                        .then().statusCode(200)
                        .body("hits.id", hasItem(id))
                        .body("hits.find { it.id == '" + id + "' }.matchedTerms", hasItem("压力机")));
    }

    @Test
    void theRequestIdTravelsThroughTheGatewayIntoTheServicesLogLineAndBack() {
        String id = "it-" + UUID.randomUUID();
        given().header("X-Request-Id", id)
                .when().get("/api/reference/district")
                .then().statusCode(200).header("X-Request-Id", equalTo(id));
        Path log = Path.of("target", "enterprise-service-it.log");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.readString(log).contains("[" + id + "] GET /reference/district 200"));
    }

    @Test
    void killingMatchingMidStreamAndRedeliveringEverythingLosesAndDoublesNothing() throws Exception {
        SignedIn enterprise = registerEnterprise();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            if (i == 15) {
                PlatformServices.matching.kill();
            }
            ids.add(createPublishedProblem(enterprise, "新能源汽车电池热管理第" + i + "批", "电池包液冷板的轻量化设计与热仿真"));
        }
        PlatformServices.matching.start();
        awaitIndexedAtVersion(ids, 1);

        // Duplicate delivery end to end: mark the events unpublished, so the relay sends all of them again.
        try (Connection db = DriverManager.getConnection(ENTERPRISE_DB, "enterprise", "enterprise");
             PreparedStatement replay = db.prepareStatement(
                     "update outbox_event set published_at = null where aggregate_id = any (?::uuid[])")) {
            replay.setArray(1, db.createArrayOf("text", ids.toArray()));
            assertThat(replay.executeUpdate()).isEqualTo(80);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> unpublished(ids) == 0);
        // a marker problem published after the replay proves the consumer has read past it
        String marker = createPublishedProblem(enterprise, "标记", "重放之后的标记");
        awaitIndexedAtVersion(List.of(marker), 1);
        awaitIndexedAtVersion(ids, 1);
    }

    @Test
    void anEventCommittedButNotRelayedBeforeACrashIsPublishedAfterTheRestart() throws Exception {
        PlatformServices.enterprise.stop();
        PlatformServices.enterprise.start(Map.of("OUTBOX_ENABLED", "false"));
        SignedIn enterprise = registerEnterprise();
        String id = createPublishedProblem(enterprise, "车规级功率模块封装", "碳化硅功率模块的银烧结封装工艺");
        assertThat(unpublished(List.of(id))).as("both events committed, neither relayed").isEqualTo(2);

        PlatformServices.enterprise.kill();
        PlatformServices.enterprise.start();
        awaitIndexedAtVersion(List.of(id), 1);
        assertThat(unpublished(List.of(id))).isZero();
    }

    @Test
    void aResearchResultPublishedThroughTheGatewayIsFoundByItsChineseWords() {
        SignedIn account = newAccount("institution");
        String institution = given().auth().oauth2(account.token()).contentType(ContentType.JSON).body(Map.of(
                        "name", "齐都理工大学材料科学与工程学院", "type", "UNIVERSITY", "region", "zhangdian"))
                .when().post("/api/institutions")
                .then().statusCode(201)
                .extract().path("id");
        SignedIn owner = refreshed(account, institution);
        String id = given().auth().oauth2(owner.token()).contentType(ContentType.JSON).body(Map.of(
                        "institutionId", institution, "title", "高容量镁基固态储氢合金及其制备技术",
                        "summary", "添加稀土催化剂的镁基储氢合金，室温附近可逆吸放氢，储氢密度2.1wt%。",
                        "industryChains", List.of("hydrogen-energy-storage"), "maturity", "PILOT",
                        "keywords", List.of("固态储氢")))
                .when().post("/api/results")
                .then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(owner.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("status", "PUBLISHED"))
                .when().put("/api/results/" + id + "/status")
                .then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().queryParam("q", "稀土催化").queryParam("size", 100)
                        .when().get("/api/search/results")
                        .then().statusCode(200)
                        .body("hits.find { it.id == '" + id + "' }.ownerName", equalTo("齐都理工大学材料科学与工程学院")));
    }

    @Test
    void throughTheGatewayOnlyTheOwnerChangesItsEnterpriseAndSeesItsContact() {
        SignedIn owner = registerEnterprise();
        SignedIn stranger = registerEnterprise();
        Map<String, Object> change = Map.of("name", "改名企业", "creditCode", given().when()
                        .get("/api/enterprises/" + owner.organisationId()).then().extract().path("creditCode"),
                "district", "zichuan", "sizeClass", "MEDIUM");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change)
                .when().put("/api/enterprises/" + owner.organisationId())
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(stranger.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change)
                .when().put("/api/enterprises/" + owner.organisationId())
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(owner.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change)
                .when().put("/api/enterprises/" + owner.organisationId())
                .then().statusCode(200).body("name", equalTo("改名企业"));
        given().auth().oauth2(stranger.token()).when().get("/api/enterprises/" + owner.organisationId())
                .then().statusCode(200).body("contact", nullValue());
        given().auth().oauth2(owner.token()).when().get("/api/enterprises/" + owner.organisationId())
                .then().statusCode(200).body("contact", notNullValue());
        given().auth().oauth2(owner.token()).when().get("/api/auth/me")
                .then().statusCode(200).body("organisationId", equalTo(owner.organisationId()));
    }

    @Test
    void theGatewayServesOneOpenApiDocumentWithEveryServicesPathsUnderApi() throws IOException {
        String document = given().when().get("/api/openapi").then().statusCode(200)
                .body("x-unavailable", nullValue()).extract().asString();
        // kept for the standard linter, which CI runs on it (deploy/lint-api)
        Files.writeString(Path.of("target", "platform-openapi.json"), document);
        JsonPath api = JsonPath.from(document);
        Map<String, Map<String, Map<String, Object>>> paths = api.getMap("paths");
        assertThat(paths).containsKeys("/api/auth/sign-in", "/api/enterprises/{id}", "/api/problems",
                "/api/institutions/{id}/imports", "/api/results", "/api/search/problems");
        assertThat(paths.keySet()).allMatch(path -> path.startsWith("/api/"));
        List<Map<String, Object>> operations = paths.values().stream().flatMap(item -> item.entrySet().stream())
                .filter(entry -> HTTP_METHODS.contains(entry.getKey())).map(Map.Entry::getValue).toList();
        List<Object> operationIds = operations.stream().map(operation -> operation.get("operationId")).toList();
        assertThat(operationIds).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(operations).allSatisfy(operation -> assertThat((List<?>) operation.get("security")).isNotEmpty());
        assertThat(paths.get("/api/problems").get("post").get("security"))
                .isEqualTo(List.of(Map.of("bearer", List.of("enterprise", "admin")))); // the roles that may
        // open to anonymous callers, a token optional (owners then see their own drafts)
        assertThat(paths.get("/api/problems").get("get").get("security"))
                .isEqualTo(List.of(Map.of(), Map.of("bearer", List.of())));
        assertThat(api.getString("components.securitySchemes.bearer.scheme")).isEqualTo("bearer");
        assertThat(api.getList("servers.url", String.class)).isNotEmpty();
        // a packaged gateway serves no Swagger UI (a dev-mode tool), and no management endpoint on its public port
        given().when().get("/q/swagger-ui/").then().statusCode(404);
        given().when().get("/q/metrics").then().statusCode(404);
    }

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private static void awaitIndexedAtVersion(List<String> ids, long version) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            given().post(ES + "/" + PlatformServices.INDEX_PREFIX + "problems/_refresh").then().statusCode(200);
            List<Map<String, Object>> docs = given().contentType(ContentType.JSON)
                    .body(Map.of("size", 1000, "query", Map.of("terms", Map.of("id", ids))))
                    .when().post(ES + "/" + PlatformServices.INDEX_PREFIX + "problems/_search")
                    .then().statusCode(200)
                    .extract().path("hits.hits._source");
            assertThat(docs).hasSize(ids.size());
            assertThat(docs).extracting(doc -> ((Number) doc.get("aggregateVersion")).longValue()).containsOnly(version);
            assertThat(docs).extracting(doc -> doc.get("status")).containsOnly("PUBLISHED");
        });
    }

    private static long unpublished(List<String> ids) throws Exception {
        try (Connection db = DriverManager.getConnection(ENTERPRISE_DB, "enterprise", "enterprise");
             PreparedStatement count = db.prepareStatement(
                     "select count(*) from outbox_event where published_at is null and aggregate_id = any (?::uuid[])")) {
            count.setArray(1, db.createArrayOf("text", ids.toArray()));
            var rows = count.executeQuery();
            rows.next();
            return rows.getLong(1);
        }
    }

    /** An account registered and signed in through the gateway, and the organisation it created. */
    record SignedIn(String username, String token, String organisationId) {
    }

    /** Registers and signs in a new account of this role through the gateway. */
    private static SignedIn newAccount(String role) {
        String username = role + "-" + java.util.UUID.randomUUID().toString().substring(0, 12);
        String password = "pw-" + java.util.UUID.randomUUID();
        given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password, "role", role))
                .when().post("/api/auth/register").then().statusCode(201);
        String token = given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .when().post("/api/auth/sign-in").then().statusCode(200).body("user.organisationId", nullValue())
                .extract().path("token");
        return new SignedIn(username, token, null);
    }

    /** After creating its organisation, the account's refreshed token names it in {@code org}. */
    private static SignedIn refreshed(SignedIn account, String organisationId) {
        String token = given().auth().oauth2(account.token()).when().post("/api/auth/refresh")
                .then().statusCode(200).body("user.organisationId", equalTo(organisationId)).extract().path("token");
        assertThat(AuthTest.claimsOf(token)).containsEntry("org", organisationId);
        return new SignedIn(account.username(), token, organisationId);
    }

    private static SignedIn registerEnterprise() {
        SignedIn account = newAccount("enterprise");
        String id = given().auth().oauth2(account.token()).contentType(ContentType.JSON).body(Map.of(
                        "name", "淄博伺服装备制造有限公司",
                        "creditCode", Seed.creditCode(),
                        "district", "zichuan",
                        "industryChains", List.of("intelligent-equipment"),
                        "sizeClass", "MEDIUM"))
                .when().post("/api/enterprises")
                .then().statusCode(201)
                .extract().path("id");
        return refreshed(account, id);
    }

    private static String createPublishedProblem(SignedIn enterprise, String title, String description) {
        String id = given().auth().oauth2(enterprise.token()).contentType(ContentType.JSON).body(Map.of(
                        "enterpriseId", enterprise.organisationId(), "title", title, "description", description,
                        "industryChain", "intelligent-equipment", "keywords", List.of("伺服直驱")))
                .when().post("/api/problems")
                .then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(enterprise.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("status", "PUBLISHED"))
                .when().put("/api/problems/" + id + "/status")
                .then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        return id;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
