package org.innovationbridge.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * Starts enterprise-service, research-service and matching-service from their packaged jars against the local stack, and points
 * the gateway under test at them. Matching uses its own index prefix and consumer group, so these tests see
 * only their own documents and events. The gateway under test keeps its accounts in a schema of its own, made
 * for the run, so its first admin is created from {@link #ADMIN_PASSWORD} however many admins other tests left in
 * the database.
 */
public class PlatformServices implements QuarkusTestResourceLifecycleManager {
    static final String INDEX_PREFIX = "it-";
    /** Topics of their own too: the other modules' tests leave events on the shared ones. */
    static final String TOPIC_PREFIX = "it.";
    static final String ADMIN_USERNAME = "admin";
    static final String ADMIN_PASSWORD = env("IB_ADMIN_PASSWORD", "it-admin-password-1");
    private static final String GATEWAY_DB = env("GATEWAY_DB_URL", "jdbc:postgresql://127.0.0.1:"
            + env("IB_PG_PORT", "15432") + "/gateway");
    private static final String GATEWAY_DB_USER = env("GATEWAY_DB_USER", "gateway");
    private static final String GATEWAY_DB_PASSWORD = env("GATEWAY_DB_PASSWORD", "gateway");
    private String accountsSchema;
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
        accountsSchema = "it_" + UUID.randomUUID().toString().replace("-", "");
        sql("create schema " + accountsSchema);
        return Map.of(
                "ib.gateway.enterprise-url", enterprise.url(),
                "ib.gateway.research-url", research.url(),
                "ib.gateway.matching-url", matching.url(),
                "quarkus.datasource.jdbc.url", GATEWAY_DB + "?currentSchema=" + accountsSchema,
                "quarkus.flyway.schemas", accountsSchema,
                "ib.identity.first-admin.username", ADMIN_USERNAME,
                "ib.identity.first-admin.password", ADMIN_PASSWORD,
                // the tests register many accounts from one address
                "ib.rate-limit.register-per-address", "100000");
    }

    private static void sql(String statement) {
        try (Connection db = DriverManager.getConnection(GATEWAY_DB, GATEWAY_DB_USER, GATEWAY_DB_PASSWORD);
             Statement run = db.createStatement()) {
            run.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + statement, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public void stop() {
        if (accountsSchema != null) {
            sql("drop schema " + accountsSchema + " cascade");
        }
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
