package org.innovationbridge.enterprise;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovationbridge.enterprise.messaging.Topics;
import org.innovationbridge.kit.testing.TopicReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.innovationbridge.enterprise.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@Tag("stack")
@QuarkusTest
class EnterpriseTest {
    @ConfigProperty(name = "ib.kafka.bootstrap-servers")
    String bootstrapServers;

    @Test
    void registeringShowsTheContactToTheRegistrantOnlyAndPublishesThePublicFacts() throws Exception {
        try (TopicReader topic = new TopicReader(bootstrapServers, Topics.ENTERPRISE_EVENTS)) {
            String code = TestData.newCreditCode();
            String id = asAdmin().contentType("application/json").body(TestData.enterprise(code))
                    .when().post("/enterprises")
                    .then().statusCode(201)
                    .body("creditCode", equalTo(code))
                    .body("contact.phone", equalTo("0533-87654321"))
                    .body("flags", hasItem("专精特新"))
                    .extract().path("id");
            given().when().get("/enterprises/" + id)
                    .then().statusCode(200)
                    .header("ETag", equalTo("\"0\""))
                    .body("name", equalTo("淄博固态氢能科技有限公司"))
                    .body("contact", nullValue());

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(topic.eventsOf(id)).hasSize(1));
            var event = topic.eventsOf(id).get(0);
            assertThat(event.path("eventType").asText()).isEqualTo("enterprise.registered");
            assertThat(event.path("payload").path("district").asText()).isEqualTo("linzi");
            assertThat(event.path("payload").has("contact")).isFalse();
        }
    }

    @Test
    void aCreditCodeIsRegisteredOnceAndNeverChanges() {
        String code = TestData.newCreditCode();
        String id = asAdmin().contentType("application/json").body(TestData.enterprise(code))
                .when().post("/enterprises").then().statusCode(201).extract().path("id");
        asAdmin().contentType("application/json").body(TestData.enterprise(code))
                .when().post("/enterprises")
                .then().statusCode(409)
                .body("errors[0].field", equalTo("creditCode"));

        Map<String, Object> renamed = new HashMap<>(TestData.enterprise(code));
        renamed.put("name", "淄博固态氢能科技股份有限公司");
        asAdmin().contentType("application/json").header("If-Match", "\"0\"").body(renamed)
                .when().put("/enterprises/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("淄博固态氢能科技股份有限公司"));
        asAdmin().contentType("application/json").header("If-Match", "\"0\"").body(renamed)
                .when().put("/enterprises/" + id)
                .then().statusCode(412)
                .body("currentVersion", equalTo(1));
        Map<String, Object> otherCode = new HashMap<>(TestData.enterprise(TestData.newCreditCode()));
        asAdmin().contentType("application/json").header("If-Match", "\"1\"").body(otherCode)
                .when().put("/enterprises/" + id)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("creditCode"));
    }

    @Test
    void anEnterpriseWithProblemsCannotBeDeletedAndOneWithoutIsGone() throws Exception {
        try (TopicReader topic = new TopicReader(bootstrapServers, Topics.ENTERPRISE_EVENTS)) {
            String id = TestData.registerEnterprise();
            String problem = asAdmin().contentType("application/json").body(TestData.problem(id, "待删除", "描述"))
                    .when().post("/problems").then().statusCode(201).extract().path("id");
            asAdmin().header("If-Match", "\"0\"").when().delete("/enterprises/" + id)
                    .then().statusCode(409)
                    .body("detail", equalTo("the enterprise still has 1 problem(s); delete them first"));
            asAdmin().header("If-Match", "\"0\"").when().delete("/problems/" + problem).then().statusCode(204);
            asAdmin().header("If-Match", "\"0\"").when().delete("/enterprises/" + id).then().statusCode(204);
            asAdmin().when().get("/enterprises/" + id).then().statusCode(404);

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(topic.eventsOf(id)).hasSize(2));
            assertThat(topic.eventsOf(id)).extracting(e -> e.path("eventType").asText())
                    .containsExactly("enterprise.registered", "enterprise.deleted");
            assertThat(topic.eventsOf(id)).extracting(e -> e.path("aggregateVersion").asLong()).containsExactly(0L, 1L);
        }
    }

    @Test
    void badEnterpriseFieldsAreNamed() {
        Map<String, Object> body = new HashMap<>(TestData.enterprise("91350105MA2XK1QX7"));
        body.put("district", "atlantis");
        body.put("contact", Map.of("email", "not-an-email"));
        asAdmin().contentType("application/json").body(body)
                .when().post("/enterprises")
                .then().statusCode(400)
                .body("errors.field", hasItem("contact.email"));
        body.put("contact", Map.of("email", "a@example.cn"));
        body.put("creditCode", "91350105MA2XK1QX7O");
        asAdmin().contentType("application/json").body(body)
                .when().post("/enterprises")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("creditCode"))
                .body("errors[0].reason", equalTo("character 18 'O' is not allowed (digits and upper-case letters except I, O, Z, S, V)"));
        body.put("creditCode", TestData.newCreditCode());
        asAdmin().contentType("application/json").body(body)
                .when().post("/enterprises")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("district"))
                .body("errors[0].reason", equalTo("unknown district 'atlantis'"));
        body.put("district", "linzi");
        body.put("sizeClass", "GIANT");
        asAdmin().contentType("application/json").body(body)
                .when().post("/enterprises")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("sizeClass"));
    }

    @Test
    void enterprisesAreListedByNameWithoutContacts() {
        String code = TestData.newCreditCode();
        Map<String, Object> body = new HashMap<>(TestData.enterprise(code));
        body.put("name", "列表测试企业" + code);
        asAdmin().contentType("application/json").body(body).when().post("/enterprises").then().statusCode(201);
        asAdmin().queryParam("q", code).queryParam("chain", "new-energy-vehicles").when().get("/enterprises")
                .then().statusCode(200)
                .body("total", equalTo(0));
        asAdmin().queryParam("q", code).queryParam("chain", "hydrogen-energy-storage").queryParam("district", "linzi")
                .when().get("/enterprises")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].name", equalTo("列表测试企业" + code))
                .body("items[0].contact", nullValue());
    }
}
