package io.vaultdesk;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs the app once more, in a JVM with the options the native package gives it, when it was started with none
 * ({@code java -jar vaultdesk.jar ...}, {@code java -cp ... io.vaultdesk.Main ...}): a jar cannot carry JVM options,
 * and with the JVM's defaults a first build of 100,000 notes on 2 cores took 10.5-12.8 s against 8.1-9.4 s, the
 * C2 compiler's CPU and G1's growing heap (2.2 GB of fresh pages, against 0.7 GB) being the difference. The parent
 * waits for the child, shares its terminal and passes on its exit status. Decision 15.
 */
final class TunedRelaunch {
    /** {@code jpackage.cfg}'s {@code --java-options}, one list for both ways of starting (PackagingConfigTest). */
    static final List<String> OPTIONS = List.of("-XX:+UseSerialGC", "-XX:MaxRAMPercentage=50",
            "-XX:TieredStopAtLevel=1", "-XX:NewSize=320m");
    /** Below this maximum heap of the parent (a quarter of the memory by default) the young generation is left as
     *  the JVM sizes it: 320 MB would not fit in half of it, and the JVM's warning would go to stdout. */
    static final long SMALL_HEAP = 512L << 20;
    /** Options that only say where the classes are: a start with these alone chose no JVM options. */
    private static final Set<String> CLASS_PATH = Set.of("-cp", "-classpath", "--class-path");
    /** Options in the environment are the user's choice too, and the child would inherit them. */
    private static final List<String> OPTION_VARIABLES = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS",
            "_JAVA_OPTIONS");
    private static final System.Logger LOG = System.getLogger(TunedRelaunch.class.getName());

    private TunedRelaunch() {
    }

    /** The child's exit status, or empty when this JVM is to run the app (it chose options, or the child failed to start). */
    static OptionalInt runIfUntuned() {
        ProcessHandle.Info self = ProcessHandle.current().info();
        if (self.command().isEmpty() || self.arguments().isEmpty()) {
            // Windows does not tell a process its own arguments, and Linux's JDK not when they are longer than a few KB
            return OptionalInt.empty();
        }
        return command(self.command().get(), List.of(self.arguments().get()), System.getenv(),
                System.getProperty("java.vm.name", ""), Runtime.getRuntime().maxMemory())
                .map(TunedRelaunch::run).orElse(OptionalInt.empty());
    }

    /**
     * The command that runs this start again with {@link #OPTIONS}, or empty when it is to run here: when the start
     * has a JVM option of its own (anything but a class path and {@code -D} properties, which are passed on), when
     * the environment has some, or when the JVM is not HotSpot's server VM, whose options these are.
     *
     * @param arguments this JVM's arguments after the executable: options, then {@code -jar JAR} or a main class,
     *                  then the app's
     */
    static Optional<List<String>> command(String java, List<String> arguments, Map<String, String> env,
            String vmName, long maxHeap) {
        if (!vmName.contains("Server VM")
                || OPTION_VARIABLES.stream().anyMatch(v -> !env.getOrDefault(v, "").isBlank())) {
            return Optional.empty();
        }
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i);
            if (CLASS_PATH.contains(a)) {
                i++;
            } else if (a.startsWith("--class-path=") || a.startsWith("-D")) {
                continue;
            } else if ((a.startsWith("-") && !a.equals("-jar")) || a.startsWith("@")) {
                return Optional.empty(); // an option, or an argument file of options
            } else {
                List<String> command = new ArrayList<>();
                command.add(java);
                command.addAll(maxHeap >= SMALL_HEAP ? OPTIONS
                        : OPTIONS.stream().filter(o -> !o.startsWith("-XX:NewSize=")).toList());
                command.addAll(arguments);
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }

    private static OptionalInt run(List<String> command) {
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not start a tuned JVM; running with this one's defaults", e);
            return OptionalInt.empty();
        }
        // A TERM or HUP to this process alone (a terminal's Ctrl+C reaches both) is passed on, and this one ends
        // after the child has closed its index.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            child.destroy();
            try {
                child.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "vaultdesk-relaunch-stop"));
        while (true) {
            try {
                return OptionalInt.of(child.waitFor());
            } catch (InterruptedException e) {
                // nothing here interrupts the main thread on purpose: keep waiting for the child
            }
        }
    }
}
