package org.innovationbridge.enterprise;

import org.eclipse.microprofile.config.ConfigProvider;
import org.innovationbridge.enterprise.messaging.ContactGrantEvent;
import org.innovationbridge.enterprise.messaging.ContactGrantHandler;
import org.innovationbridge.enterprise.messaging.Topics;
import org.innovationbridge.kit.testing.EventPublisher;
import org.innovationbridge.kit.testing.Metrics;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** What matching-service publishes on ib.contact.events, published by the tests to the real topic. */
final class ContactGrantEvents implements AutoCloseable {
    private final EventPublisher publisher = new EventPublisher(
            ConfigProvider.getConfig().getValue("ib.kafka.bootstrap-servers", String.class));

    record Party(String type, UUID id) {
    }

    void granted(UUID grantId, long version, Party a, Party b) throws Exception {
        publish(ContactGrantEvent.GRANTED, grantId, version, a, b);
    }

    void revoked(UUID grantId, long version, Party a, Party b) throws Exception {
        publish(ContactGrantEvent.REVOKED, grantId, version, a, b);
    }

    void publish(String eventType, UUID grantId, long version, Party a, Party b) throws Exception {
        publisher.publish(Topics.CONTACT_EVENTS, "contact-grant", grantId, version, eventType,
                Map.of("grantId", grantId.toString(), "source", "CONNECTION", "parties", List.of(a, b)));
    }

    EventPublisher publisher() {
        return publisher;
    }

    /** Events the consumer has taken so far (applied, dropped as not newer, or dead-lettered). */
    static double taken() {
        String metrics = Metrics.scrape();
        return Metrics.value(metrics, "ib_consumer_events_total", "consumer=\"" + ContactGrantHandler.NAME + "\"",
                "outcome=\"applied\"")
                + Metrics.value(metrics, "ib_consumer_events_total", "consumer=\"" + ContactGrantHandler.NAME + "\"",
                "outcome=\"dead_lettered\"");
    }

    /** Whether the caller with this token sees the enterprise's contact details. */
    static boolean seesContact(String token, String enterpriseId) {
        return given().auth().oauth2(token).when().get("/enterprises/" + enterpriseId).then().statusCode(200)
                .extract().path("contact.phone") != null;
    }

    @Override
    public void close() {
        publisher.close();
    }
}
