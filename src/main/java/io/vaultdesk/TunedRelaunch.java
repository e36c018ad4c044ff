package io.vaultdesk;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs the app once more, in a JVM with the options the native package gives it (and, where memory allows, a larger
 * initial heap), when it was started with none
 * ({@code java -jar vaultdesk.jar ...}, {@code java -cp ... io.vaultdesk.Main ...}): a jar cannot carry JVM options,
 * and with the JVM's defaults a first build of 100,000 notes on 2 cores took 10.5-14.0 s against 9.3-11.1 s with
 * these (one parsing thread each), the C2 compiler's CPU and G1's growing heap (2.2-2.5 GB of fresh pages, against
 * 0.7 GB) being the difference. The parent waits for the child, shares its terminal and passes on its exit status.
 * Decision 15.
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
    /**
     * The child's heap starts at this size when it may grow to 2 GB or more (the parent's limit, a quarter of the
     * memory by default, at least 1 GB): a heap that starts small is full within two seconds of a build, and three
     * full collections (0.5 s) grew it. Not among {@link #OPTIONS}, since the package's launchers cannot make it
     * depend on the memory: without a maximum given, HotSpot raises the maximum to it, beyond half of a small
     * machine's memory.
     */
    static final String INITIAL_HEAP = "-Xms768m";
    static final long ROOMY_HEAP = 1L << 30;
    /** The JVM's own messages go to stderr, never into a command's output (as the Linux launcher script does). */
    static final List<String> MESSAGES_TO_STDERR = List.of("-XX:+DisplayVMOutputToStderr", "-Xlog:disable",
            "-Xlog:all=warning:stderr");
    /** Options in the environment are the user's choice too, and the child would inherit them. */
    private static final List<String> OPTION_VARIABLES = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS",
            "_JAVA_OPTIONS");
    private static final System.Logger LOG = System.getLogger(TunedRelaunch.class.getName());

    private TunedRelaunch() {
    }

    /**
     * The child's exit status, or empty when this JVM is to run the app: it chose options, it was not started as
     * {@code java [-cp ...] io.vaultdesk.Main} or {@code java -jar vaultdesk.jar}, or the child failed to start.
     */
    static OptionalInt runIfUntuned(String[] args) {
        if (System.getProperty("jpackage.app-path") != null) {
            return OptionalInt.empty(); // a packaged launcher, which gives its own options
        }
        ProcessHandle.Info self = ProcessHandle.current().info();
        if (self.command().isEmpty() || self.arguments().isEmpty()) {
            // Windows does not tell a process its own arguments, and Linux's JDK not when they are longer than a few KB
            return OptionalInt.empty();
        }
        Start start = new Start(self.command().get(), List.of(self.arguments().get()), List.of(args), ownJar(),
                System.getenv(), System.getProperty("java.vm.name", ""), Runtime.getRuntime().maxMemory());
        return command(start).map(TunedRelaunch::run).orElse(OptionalInt.empty());
    }

    /**
     * How this JVM was started, as far as it can tell.
     *
     * @param arguments    the process's arguments after the executable: JVM options, then {@code -jar JAR} or a main
     *                     class, then the app's
     * @param appArguments what {@code main} was given
     * @param ownJar       the jar this class was loaded from; null when from a folder
     * @param maxHeap      this JVM's heap limit
     */
    record Start(String executable, List<String> arguments, List<String> appArguments, Path ownJar,
                 Map<String, String> env, String vmName, long maxHeap) {
    }

    /**
     * The command that runs this start again with {@link #OPTIONS}, or empty when it is to run here: when the start
     * has a JVM option of its own (anything but a class path and {@code -D} properties, which are passed on), when
     * the environment has some, when the JVM is not HotSpot's server VM, whose options these are, or when the
     * process is not {@code java} starting this app with these arguments: a native launcher that runs the JVM in
     * its own process (jpackage's), another program that calls {@code Main.main} (Maven's {@code exec:java}), or a
     * command line the JDK read back cut short.
     */
    static Optional<List<String>> command(Start start) {
        if (!start.vmName().contains("Server VM")
                || OPTION_VARIABLES.stream().anyMatch(v -> !start.env().getOrDefault(v, "").isBlank())) {
            return Optional.empty();
        }
        List<String> arguments = start.arguments();
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i);
            if (CLASS_PATH.contains(a)) {
                i++;
                continue;
            }
            if (a.startsWith("--class-path=") || a.startsWith("-D")) {
                continue;
            }
            int appFrom;
            if (a.equals("-jar") && i + 1 < arguments.size() && isOwnJar(arguments.get(i + 1), start.ownJar())) {
                appFrom = i + 2;
            } else if (a.equals(Main.class.getName())) {
                appFrom = i + 1;
            } else {
                return Optional.empty(); // an option, an argument file, another program's jar or main class
            }
            if (!arguments.subList(appFrom, arguments.size()).equals(start.appArguments())) {
                return Optional.empty();
            }
            List<String> command = new ArrayList<>();
            command.add(start.executable());
            command.addAll(start.maxHeap() >= SMALL_HEAP ? OPTIONS
                    : OPTIONS.stream().filter(o -> !o.startsWith("-XX:NewSize=")).toList());
            if (start.maxHeap() >= ROOMY_HEAP) {
                command.add(INITIAL_HEAP);
            }
            command.addAll(MESSAGES_TO_STDERR);
            command.addAll(arguments);
            return Optional.of(command);
        }
        return Optional.empty();
    }

    /** The same file, through whatever links: the class loader gives the jar's real path. */
    private static boolean isOwnJar(String jar, Path ownJar) {
        try {
            return ownJar != null && Files.isSameFile(Path.of(jar), ownJar);
        } catch (IOException | InvalidPathException e) {
            return false;
        }
    }

    private static Path ownJar() {
        try {
            Path p = Path.of(TunedRelaunch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) ? p.toAbsolutePath().normalize() : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static OptionalInt run(List<String> command) {
        // A TERM or HUP to this process alone (a terminal's Ctrl+C reaches both) is passed on, and this one ends
        // after the child has closed its index. The hook is in place before the child starts, and once it has run
        // no child starts, so that no signal falls between the two.
        Child child = new Child();
        Runtime.getRuntime().addShutdownHook(new Thread(child::stop, "vaultdesk-relaunch-stop"));
        Process process;
        try {
            process = child.start(command);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not start a tuned JVM; running with this one's defaults", e);
            return OptionalInt.empty();
        }
        if (process == null) {
            return OptionalInt.of(143); // this JVM is already ending, on a TERM
        }
        while (true) {
            try {
                return OptionalInt.of(process.waitFor());
            } catch (InterruptedException e) {
                // nothing here interrupts the main thread on purpose: keep waiting for the child
            }
        }
    }

    /** The child, started unless this JVM is already stopping, and stopped with it. */
    private static final class Child {
        private Process process;
        private boolean stopping;

        synchronized Process start(List<String> command) throws IOException {
            if (!stopping) {
                process = new ProcessBuilder(command).inheritIO().start();
            }
            return process;
        }

        void stop() {
            Process p;
            synchronized (this) {
                stopping = true;
                p = process;
            }
            if (p == null) {
                return;
            }
            p.destroy();
            try {
                p.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
