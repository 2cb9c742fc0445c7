package org.innovationbridge.research;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovationbridge.kit.testing.TopicReader;
import org.innovationbridge.research.messaging.Topics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.innovationbridge.research.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

/** Institutions: contact details stay private, changes are versioned and published without them. */
@Tag("stack")
@QuarkusTest
class InstitutionTest {
    @ConfigProperty(name = "ib.kafka.bootstrap-servers")
    String bootstrapServers;

    @Test
    void contactIsReturnedToWritesOnlyAndNeverPublished() throws Exception {
        try (TopicReader topic = new TopicReader(bootstrapServers, Topics.INSTITUTION_EVENTS)) {
            String id = asAdmin().contentType("application/json").body(TestData.institution())
                    .when().post("/institutions")
                    .then().statusCode(201)
                    .header("ETag", equalTo("\"0\""))
                    .body("type", equalTo("UNIVERSITY"))
                    .body("region", equalTo("zichuan"))
                    .body("contact.phone", equalTo("0533-22866000"))
                    .extract().path("id");

            given().when().get("/institutions/" + id)
                    .then().statusCode(200)
                    .header("ETag", equalTo("\"0\""))
                    .body("name", equalTo(TestData.INSTITUTION_NAME))
                    .body("$", not(hasKey("contact")));

            Map<String, Object> renamed = new HashMap<>(TestData.institution());
            renamed.put("name", "淄博市新材料研究院");
            renamed.put("type", "RESEARCH_INSTITUTE");
            renamed.put("region", "zhangdian");
            asAdmin().contentType("application/json").header("If-Match", "\"0\"").body(renamed)
                    .when().put("/institutions/" + id)
                    .then().statusCode(200)
                    .header("ETag", equalTo("\"1\""))
                    .body("name", equalTo("淄博市新材料研究院"))
                    .body("contact.email", equalTo("chen@example.edu.cn"));

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(topic.eventsOf(id)).hasSize(2));
            List<JsonNode> events = topic.eventsOf(id);
            assertThat(events).extracting(e -> e.path("eventType").asText())
                    .containsExactly("institution.registered", "institution.updated");
            assertThat(events).extracting(e -> e.path("aggregateVersion").asLong()).containsExactly(0L, 1L);
            assertThat(events).extracting(e -> e.path("aggregateType").asText()).containsOnly("institution");
            JsonNode updated = events.get(1).path("payload");
            assertThat(updated.path("region").asText()).isEqualTo("zhangdian");
            assertThat(updated.path("type").asText()).isEqualTo("RESEARCH_INSTITUTE");
            assertThat(updated.has("contact")).isFalse();
            assertThat(updated.toString()).doesNotContain("0533-22866000", "chen@example.edu.cn", "陈教授");
        }
    }

    @Test
    void badFieldsAreNamedWithTheirReason() {
        Map<String, Object> body = new HashMap<>(TestData.institution());
        body.put("region", "atlantis");
        asAdmin().contentType("application/json").body(body)
                .when().post("/institutions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("region"))
                .body("errors[0].reason", equalTo("unknown district 'atlantis'"));

        body = new HashMap<>(TestData.institution());
        body.put("type", "COMPANY");
        asAdmin().contentType("application/json").body(body)
                .when().post("/institutions")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].reason",
                        equalTo("'COMPANY' is not one of [UNIVERSITY, RESEARCH_INSTITUTE, NEW_RND_ORGANISATION]"));

        body = new HashMap<>(TestData.institution());
        body.put("name", "");
        body.put("contact", Map.of("email", "not-an-address"));
        asAdmin().contentType("application/json").body(body)
                .when().post("/institutions")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("contact.email", "name")));
    }

    @Test
    void anUpdateNeedsTheCurrentVersion() {
        String id = TestData.registerInstitution();
        asAdmin().contentType("application/json").body(TestData.institution())
                .when().put("/institutions/" + id)
                .then().statusCode(428)
                .contentType("application/problem+json");
        asAdmin().contentType("application/json").header("If-Match", "\"3\"").body(TestData.institution())
                .when().put("/institutions/" + id)
                .then().statusCode(412)
                .body("currentVersion", equalTo(0));
    }
}
