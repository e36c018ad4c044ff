package io.vaultdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A start without JVM options runs again with the package's; any option of the user's keeps this JVM. */
class TunedRelaunchTest {
    private static final String JAVA = "/jdk/bin/java";
    private static final String SERVER = "OpenJDK 64-Bit Server VM";
    private static final long HEAP = 4L << 30;

    @TempDir
    Path tmp;

    /** A stand-in for the app's jar (the tests run before it is built), named as a user would, relatively. */
    @TempDir
    static Path jarFolder;
    private static Path JAR;
    private static String JAR_ARG;

    @BeforeAll
    static void standInJar() throws Exception {
        JAR = Files.write(jarFolder.resolve("vaultdesk.jar"), new byte[] {1}).toRealPath();
        // from the real working folder: ".." in a path goes up from it, not from a link to it
        JAR_ARG = Path.of("").toRealPath().relativize(JAR).toString();
    }

    /** A start whose app arguments are whatever follows the main class or the jar. */
    private static TunedRelaunch.Start start(Map<String, String> env, String vm, long heap, String... arguments) {
        List<String> all = List.of(arguments);
        int main = all.indexOf("io.vaultdesk.Main");
        int jar = all.indexOf("-jar");
        int from = main >= 0 ? main + 1 : jar >= 0 ? jar + 2 : all.size();
        return new TunedRelaunch.Start(JAVA, all, all.subList(Math.min(from, all.size()), all.size()), JAR, env, vm,
                heap);
    }

    private static Optional<List<String>> command(String... arguments) {
        return TunedRelaunch.command(start(Map.of(), SERVER, HEAP, arguments));
    }

    private static List<String> tuned(String... arguments) {
        List<String> expected = new ArrayList<>(List.of(JAVA));
        expected.addAll(TunedRelaunch.OPTIONS);
        expected.add(TunedRelaunch.INITIAL_HEAP);
        expected.addAll(TunedRelaunch.MESSAGES_TO_STDERR);
        expected.addAll(List.of(arguments));
        return expected;
    }

    @Test
    void theChildsCommandIsWrittenOutInFull() {
        assertEquals(Optional.of(List.of(JAVA, "-XX:+UseSerialGC", "-XX:MaxRAMPercentage=50",
                "-XX:TieredStopAtLevel=1", "-XX:NewSize=320m", "-Xms768m", "-XX:+DisplayVMOutputToStderr",
                "-Xlog:disable", "-Xlog:all=warning:stderr", "-jar", JAR_ARG, "report", "v")),
                command("-jar", JAR_ARG, "report", "v"));
    }

    @Test
    void aStartWithNoOptionsRunsAgainWithThePackagesBeforeItsOwnArguments() {
        assertEquals(Optional.of(tuned("-jar", JAR_ARG, "report", "-Xmx1g", "v")),
                command("-jar", JAR_ARG, "report", "-Xmx1g", "v"), "-Xmx1g is the app's argument");
        assertEquals(Optional.of(tuned("-jar", JAR.toString())), command("-jar", JAR.toString()));
        assertEquals(Optional.of(tuned("-cp", "a.jar:lib/*", "io.vaultdesk.Main", "-jar")),
                command("-cp", "a.jar:lib/*", "io.vaultdesk.Main", "-jar"));
        assertEquals(Optional.of(tuned("-classpath", "a", "io.vaultdesk.Main")),
                command("-classpath", "a", "io.vaultdesk.Main"));
        assertEquals(Optional.of(tuned("--class-path=a", "io.vaultdesk.Main")),
                command("--class-path=a", "io.vaultdesk.Main"));
        assertEquals(Optional.of(tuned("-Dvaultdesk.benchmark.startup=true", "-jar", JAR_ARG, "notes")),
                command("-Dvaultdesk.benchmark.startup=true", "-jar", JAR_ARG, "notes"),
                "a property is passed on");
    }

    @Test
    void anOptionOfTheUsersKeepsThisJvm() {
        for (String option : List.of("-Xmx8g", "-XX:+UseG1GC", "-Xshare:off", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-ea", "-verbose:gc", "@options.txt")) {
            assertEquals(Optional.empty(), command(option, "-jar", JAR_ARG), option);
            assertEquals(Optional.empty(), command("-cp", "a.jar", option, "io.vaultdesk.Main"), option);
        }
        assertEquals(Optional.empty(), command("-cp", "a.jar"), "no main class");
        assertEquals(Optional.empty(), command());
    }

    @Test
    void aProcessThatIsNotJavaStartingThisAppKeepsThisJvm() {
        // jpackage's launcher runs the JVM in its own process, whose arguments are then the app's alone
        assertEquals(Optional.empty(), TunedRelaunch.command(new TunedRelaunch.Start("/Applications/VaultDesk.app/"
                + "Contents/MacOS/VaultDesk", List.of("/Users/me/Notes"), List.of("/Users/me/Notes"), JAR, Map.of(),
                SERVER, HEAP)));
        // another program that calls Main.main, as Maven's exec:java
        assertEquals(Optional.empty(), TunedRelaunch.command(new TunedRelaunch.Start(JAVA, List.of("-classpath",
                "boot/plexus-classworlds.jar", "-Dmaven.home=/usr/share/maven", "org.codehaus.classworlds.Launcher",
                "exec:java"), List.of(), JAR, Map.of(), SERVER, HEAP)));
        assertEquals(Optional.empty(), command("-jar", "other.jar", "report"), "another jar");
        // a command line read back cut short: the app's arguments are not all there
        assertEquals(Optional.empty(), TunedRelaunch.command(new TunedRelaunch.Start(JAVA, List.of("-cp", "a",
                "io.vaultdesk.Main", "report"), List.of("report", "--index-dir", "x", "vault"), JAR, Map.of(), SERVER,
                HEAP)));
    }

    @Test
    void theJarIsKnownThroughLinksAndDotDots() throws Exception {
        Path real = Files.createDirectories(tmp.resolve("real")).resolve("vaultdesk.jar");
        Files.write(real, new byte[] {1});
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real.getParent());
        Path ownJar = real.toRealPath();
        for (String jar : List.of(link.resolve("vaultdesk.jar").toString(),
                tmp.resolve("real/../link/vaultdesk.jar").toString(), real.toString())) {
            assertTrue(TunedRelaunch.command(new TunedRelaunch.Start(JAVA, List.of("-jar", jar, "report"),
                    List.of("report"), ownJar, Map.of(), SERVER, HEAP)).isPresent(), jar);
        }
        assertTrue(TunedRelaunch.command(new TunedRelaunch.Start(JAVA, List.of("-jar", tmp.resolve("none.jar")
                .toString()), List.of(), ownJar, Map.of(), SERVER, HEAP)).isEmpty(), "a jar that is not there");
    }

    @Test
    void theChildsOwnCommandLineDoesNotRelaunchAgain() {
        List<String> child = command("-jar", JAR_ARG, "report").orElseThrow();
        assertEquals(Optional.empty(), TunedRelaunch.command(new TunedRelaunch.Start(JAVA,
                child.subList(1, child.size()), List.of("report"), JAR, Map.of(), SERVER, HEAP)));
    }

    @Test
    void optionsInTheEnvironmentKeepThisJvm() {
        for (String variable : List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS")) {
            assertEquals(Optional.empty(), TunedRelaunch.command(start(Map.of(variable, "-Xmx1g"), SERVER, HEAP,
                    "-jar", JAR_ARG)), variable);
        }
        assertTrue(TunedRelaunch.command(start(Map.of("JAVA_TOOL_OPTIONS", " "), SERVER, HEAP, "-jar",
                JAR_ARG)).isPresent(), "a blank variable chose nothing");
    }

    @Test
    void onlyHotSpotsServerVmTakesTheOptions() {
        assertEquals(Optional.empty(), TunedRelaunch.command(start(Map.of(), "Eclipse OpenJ9 VM", HEAP, "-jar",
                JAR_ARG)));
        assertTrue(TunedRelaunch.command(start(Map.of(), "Java HotSpot(TM) 64-Bit Server VM", HEAP, "-jar",
                JAR_ARG)).isPresent());
    }

    @Test
    void aSmallHeapKeepsTheJvmsSizes() {
        List<String> small = TunedRelaunch.command(start(Map.of(), SERVER, TunedRelaunch.SMALL_HEAP - 1, "-jar",
                JAR_ARG)).orElseThrow();
        assertFalse(small.stream().anyMatch(o -> o.startsWith("-XX:NewSize") || o.startsWith("-Xms")), small.toString());
        assertTrue(small.contains("-XX:TieredStopAtLevel=1"), small.toString());
        List<String> middling = TunedRelaunch.command(start(Map.of(), SERVER, TunedRelaunch.ROOMY_HEAP - 1, "-jar",
                JAR_ARG)).orElseThrow();
        assertTrue(middling.contains("-XX:NewSize=320m"), middling.toString());
        assertFalse(middling.contains(TunedRelaunch.INITIAL_HEAP), "under 2 GB the heap starts as the JVM sizes it");
    }

    /** The real thing on this platform: {@code watch} runs until stopped, so its processes can be looked at. */
    @Test
    @Timeout(120)
    void theChildRunsWithTheOptionsAndStopsWithItsParent() throws Exception {
        assumeRelaunchable();
        Path vault = Files.createDirectories(tmp.resolve("vault"));
        Files.writeString(vault.resolve("a.md"), "- [ ] one @Bo");
        Process parent = start(List.of(), "watch", "--index-dir", tmp.resolve("index").toString(), vault.toString());
        List<ProcessHandle> children = List.of();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("{\"ready\": true}", out.readLine(), "the child writes to the parent's output");
            children = parent.toHandle().children().toList();
            assertEquals(1, children.size());
            ProcessHandle child = children.get(0);
            List<String> args = List.of(child.info().arguments().orElseThrow());
            // the heap's options depend on the parent's heap limit, which these tests do not choose
            int main = args.indexOf("io.vaultdesk.Main");
            List<String> options = args.subList(0, main);
            assertTrue(options.containsAll(List.of("-XX:+UseSerialGC", "-XX:MaxRAMPercentage=50",
                    "-XX:TieredStopAtLevel=1")), args.toString());
            assertTrue(options.containsAll(TunedRelaunch.MESSAGES_TO_STDERR), args.toString());
            List<String> known = new ArrayList<>(TunedRelaunch.OPTIONS);
            known.add(TunedRelaunch.INITIAL_HEAP);
            known.addAll(TunedRelaunch.MESSAGES_TO_STDERR);
            assertTrue(known.containsAll(options), args.toString());
            assertEquals("watch", args.get(main + 1));

            parent.destroy(); // a TERM to the parent alone
            assertTrue(parent.waitFor(30, TimeUnit.SECONDS));
            child.onExit().get(30, TimeUnit.SECONDS);
            assertFalse(child.isAlive());
        } finally {
            children.forEach(ProcessHandle::destroyForcibly); // a failed test leaves no JVM behind
            parent.destroyForcibly();
        }
        Process report = start(List.of(), "report", "--index-dir", tmp.resolve("index").toString(), vault.toString());
        assertTrue(report.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, report.exitValue(), "the child closed the index cleanly");
        String json = new String(report.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"tasks_open\": 1"), json);
    }

    @Test
    @Timeout(120)
    void aStartWithAnOptionRunsInItsOwnJvm() throws Exception {
        assumeRelaunchable();
        Path vault = Files.createDirectories(tmp.resolve("vault"));
        Process watch = start(List.of("-Xmx256m"), "watch", "--index-dir", tmp.resolve("index").toString(),
                vault.toString());
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(watch.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("{\"ready\": true}", out.readLine());
            assertEquals(0, watch.toHandle().children().count());
        } finally {
            watch.descendants().forEach(ProcessHandle::destroyForcibly);
            watch.destroy();
            assertTrue(watch.waitFor(30, TimeUnit.SECONDS));
        }
    }

    private static void assumeRelaunchable() {
        assumeTrue(ProcessHandle.current().info().arguments().isPresent(), "this platform does not tell arguments");
        assumeTrue(System.getProperty("java.vm.name", "").contains("Server VM"), "the options are HotSpot's");
    }

    private static Process start(List<String> options, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add("io.vaultdesk.Main");
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        // In the environment, not as -cp: the JDK does not read back a command line as long as the tests' class path
        // (it then runs without relaunching, which is what the production code does too)
        pb.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        pb.environment().keySet().removeAll(List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS"));
        return pb.start();
    }
}
