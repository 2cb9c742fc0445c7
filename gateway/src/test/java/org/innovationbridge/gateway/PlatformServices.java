package org.innovationbridge.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Starts enterprise-service, research-service and matching-service from their packaged jars against the local stack, and points
 * the gateway under test at them. Matching uses its own index prefix and consumer group, so these tests see
 * only their own documents and events.
 */
public class PlatformServices implements QuarkusTestResourceLifecycleManager {
    static final String INDEX_PREFIX = "it-";
    /** Topics of their own too: the other modules' tests leave events on the shared ones. */
    static final String TOPIC_PREFIX = "it.";
    static ServiceProcess enterprise;
    static ServiceProcess research;
    static ServiceProcess matching;

    @Override
    public Map<String, String> start() {
        enterprise = new ServiceProcess("enterprise-service", "ENTERPRISE_HTTP_PORT",
                Map.of("OUTBOX_POLL_INTERVAL", "100ms", "IB_KAFKA_TOPIC_PREFIX", TOPIC_PREFIX));
        research = new ServiceProcess("research-service", "RESEARCH_HTTP_PORT",
                Map.of("OUTBOX_POLL_INTERVAL", "100ms", "IB_KAFKA_TOPIC_PREFIX", TOPIC_PREFIX));
        matching = new ServiceProcess("matching-service", "MATCHING_HTTP_PORT",
                Map.of("IB_SEARCH_INDEX_PREFIX", INDEX_PREFIX, "MATCHING_GROUP_ID", "matching-service-it",
                        "IB_KAFKA_TOPIC_PREFIX", TOPIC_PREFIX));
        try {
            enterprise.start();
            research.start();
            matching.start();
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("cannot start the platform services", e);
        }
        return Map.of(
                "ib.gateway.enterprise-url", enterprise.url(),
                "ib.gateway.research-url", research.url(),
                "ib.gateway.matching-url", matching.url());
    }

    @Override
    public void stop() {
        for (ServiceProcess service : new ServiceProcess[]{matching, research, enterprise}) {
            try {
                if (service != null) {
                    service.stop();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
