package io.vaultdesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU seconds this process's threads have used so far, by thread name (numbers at the end folded), JIT and GC
 * threads included: read from Linux's /proc, since the JVM's own beans see only Java threads. For the startup
 * benchmark: on a machine with few cores, what competes with the window being drawn.
 */
public final class ThreadCpu {
    private ThreadCpu() {
    }

    /** Empty where there is no /proc (not Linux). */
    public static Map<String, Double> byName() {
        Map<String, Double> seconds = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
                            .replaceAll("[#0-9]+$", "");
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime, 1/100 s
                    seconds.merge(name, ticks / 100.0, Double::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended between the listing and the read (the JIT starts and stops its own)
                }
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return seconds;
    }
}
