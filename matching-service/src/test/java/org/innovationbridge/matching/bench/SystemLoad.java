package org.innovationbridge.matching.bench;

import java.lang.management.ManagementFactory;

/**
 * The machine's one-minute load average at the start and end of a measured phase. Elasticsearch, Kafka and the
 * benchmark share the cores with whatever else runs (test suites, builds), so figures are only comparable
 * between runs under similar load; the report says what the load was.
 */
record SystemLoad(double start, double end) {

    static double now() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    SystemLoad ended() {
        return new SystemLoad(start, now());
    }

    static SystemLoad starting() {
        return new SystemLoad(now(), Double.NaN);
    }
}
