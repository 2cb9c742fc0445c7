package org.innovationbridge.enterprise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovationbridge.enterprise.messaging.Topics;
import org.innovationbridge.kit.testing.TopicReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.innovationbridge.enterprise.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Pins the problem event's JSON: field names, nesting and JSON types must equal the documented example
 * {@code contract/problem-event-v1.json}, which the matching-service's tests read as well. Changing the
 * event means changing that file, consciously, for every consumer.
 */
@Tag("stack")
@QuarkusTest
class ProblemEventContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "ib.kafka.bootstrap-servers")
    String bootstrapServers;

    @Test
    void aPublishedProblemEventHasExactlyThePinnedShape() throws Exception {
        JsonNode pinned;
        try (InputStream in = getClass().getResourceAsStream("/contract/problem-event-v1.json")) {
            pinned = JSON.readTree(in);
        }
        try (TopicReader topic = new TopicReader(bootstrapServers, Topics.PROBLEM_EVENTS)) {
            Map<String, Object> problem = new HashMap<>(TestData.problem(TestData.registerEnterprise(),
                    "固态储氢材料的低成本规模化制备", "需要一种常温常压下可逆吸放氢的镁基固态储氢材料。"));
            problem.put("expectedMaturity", "PILOT");
            problem.put("deadline", "2027-06-30");
            String id = asAdmin().contentType("application/json").body(problem)
                    .when().post("/problems").then().statusCode(201).extract().path("id");

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(topic.eventsOf(id)).hasSize(1));
            JsonNode actual = topic.eventsOf(id).get(0);
            assertThat(shape(actual)).isEqualTo(shape(pinned));
        }
    }

    /** Field names with their JSON types, recursively; arrays by the shape of their first element. */
    static Object shape(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> fields = new TreeMap<>();
            node.fields().forEachRemaining(field -> fields.put(field.getKey(), shape(field.getValue())));
            return fields;
        }
        if (node.isArray()) {
            return node.isEmpty() ? "array" : "array of " + shape(node.get(0));
        }
        return node.getNodeType().name().toLowerCase();
    }
}
