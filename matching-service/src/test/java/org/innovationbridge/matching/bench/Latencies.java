package org.innovationbridge.matching.bench;

import java.util.Arrays;

/** Timings of one measured operation, summarised as nearest-rank percentiles in milliseconds. */
final class Latencies {
    private final String name;
    private double[] millis = new double[64];
    private int count;

    Latencies(String name) {
        this.name = name;
    }

    void add(long nanos) {
        addMillis(nanos / 1e6);
    }

    void addMillis(double value) {
        if (count == millis.length) {
            millis = Arrays.copyOf(millis, count * 2);
        }
        millis[count++] = value;
    }

    String name() {
        return name;
    }

    int count() {
        return count;
    }

    double mean() {
        return Arrays.stream(millis, 0, count).average().orElse(Double.NaN);
    }

    /** The smallest sample that at least {@code p} percent of the samples do not exceed. */
    double percentile(double p) {
        double[] sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * count);
        return sorted[Math.max(0, rank - 1)];
    }

    double max() {
        return percentile(100);
    }
}
