package org.innovationbridge.matching.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;

/**
 * The highest heap use seen while the benchmark runs, sampled every 50 ms: the MXBean only reports the current
 * use, and the per-pool peaks do not add up to a peak of the whole heap (the pools peak at different times).
 */
final class HeapWatch implements AutoCloseable {
    private static final long INTERVAL_MS = 50;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile long peakUsed;
    private volatile boolean running = true;

    HeapWatch() {
        sampler = new Thread(this::sample, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (running) {
            peakUsed = Math.max(peakUsed, memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(INTERVAL_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long peakUsed() {
        return Math.max(peakUsed, memory.getHeapMemoryUsage().getUsed());
    }

    MemoryUsage now() {
        return memory.getHeapMemoryUsage();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
