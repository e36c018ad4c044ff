package io.vaultdesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Wall times, and the calling thread's CPU times: on a shared machine, a wall time well above its CPU time was
 * waiting for a core (or for a collection).
 */
final class Times {
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private final List<Double> wall = new ArrayList<>();
    private final List<Double> cpu = new ArrayList<>();
    private long wallStart;
    private long cpuStart;

    void start() {
        cpuStart = THREADS.getCurrentThreadCpuTime();
        wallStart = System.nanoTime();
    }

    void stop() {
        long wallEnd = System.nanoTime();
        long cpuEnd = THREADS.getCurrentThreadCpuTime();
        wall.add((wallEnd - wallStart) / 1e6);
        cpu.add((cpuEnd - cpuStart) / 1e6);
    }

    void add(Times other) {
        wall.addAll(other.wall);
        cpu.addAll(other.cpu);
    }

    int size() {
        return wall.size();
    }

    String columns() {
        return String.format(Locale.ROOT, "%6.2f ms %6.2f ms %6.2f ms %6.2f ms %6.2f ms", pct(wall, 50),
                pct(wall, 95), pct(wall, 0), pct(wall, 100), pct(cpu, 50));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms "
                + "(thread CPU median %.1f ms)", pct(wall, 50), pct(wall, 95), pct(wall, 0), pct(wall, 100),
                pct(cpu, 50));
    }

    static double pct(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int i = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
