package org.innovationbridge.kit.testing;

import org.eclipse.microprofile.config.ConfigProvider;
import org.innovationbridge.kit.contact.ContactGrantEvent;
import org.innovationbridge.kit.contact.ContactGrantHandler;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * What matching-service publishes on {@code ib.contact.events}, published by a service's tests to the real topic,
 * and what the service's grant consumer shows of it.
 */
public final class ContactGrantEvents implements AutoCloseable {
    private final EventPublisher publisher = new EventPublisher(
            ConfigProvider.getConfig().getValue("ib.kafka.bootstrap-servers", String.class));

    /** A party as the contract writes it: {@code ENTERPRISE} or {@code INSTITUTION} and the organisation's id. */
    public record Party(String type, UUID id) {
    }

    public void granted(UUID grantId, long version, Party a, Party b) throws Exception {
        publish(ContactGrantEvent.GRANTED, grantId, version, a, b);
    }

    public void revoked(UUID grantId, long version, Party a, Party b) throws Exception {
        publish(ContactGrantEvent.REVOKED, grantId, version, a, b);
    }

    public void publish(String eventType, UUID grantId, long version, Party a, Party b) throws Exception {
        publisher.publish(ContactGrantEvent.TOPIC, "contact-grant", grantId, version, eventType,
                Map.of("grantId", grantId.toString(), "source", "CONNECTION", "parties", List.of(a, b)));
    }

    public EventPublisher publisher() {
        return publisher;
    }

    /** The grant consumer's name in the service under test. */
    public static String consumer() {
        return ContactGrantHandler.nameFor(
                ConfigProvider.getConfig().getValue("quarkus.application.name", String.class));
    }

    /** Events the consumer has taken so far (applied, dropped as not newer, or dead-lettered). */
    public static double taken() {
        String metrics = Metrics.scrape();
        return Metrics.value(metrics, "ib_consumer_events_total", "consumer=\"" + consumer() + "\"", "outcome=\"applied\"")
                + Metrics.value(metrics, "ib_consumer_events_total", "consumer=\"" + consumer() + "\"",
                "outcome=\"dead_lettered\"");
    }

    /** Whether the caller with this token sees the contact details of the organisation at this path. */
    public static boolean seesContact(String token, String organisationPath) {
        return given().auth().oauth2(token).when().get(organisationPath).then().statusCode(200)
                .extract().path("contact.phone") != null;
    }

    @Override
    public void close() {
        publisher.close();
    }
}
