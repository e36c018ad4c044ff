package io.vaultdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * packaging/linux/launcher.sh, run in an app folder laid out as jpackage makes it, with a stand-in for the bundled
 * Java that records its arguments and, like the JVM, writes the archive it is asked to make at exit.
 */
@EnabledOnOs(OS.LINUX)
class LinuxLauncherTest {
    @TempDir
    Path tmp;
    private Path root;
    private Path cache;
    private Path calls;

    @BeforeEach
    void appFolder() throws Exception {
        root = tmp.resolve("opt/R&D Vault Desk"); // a space, and an & that bash 5.2 would read as the match
        Path app = root.resolve("lib/app");
        Files.createDirectories(app.resolve("lib"));
        Files.writeString(app.resolve("vaultdesk.jar"), "jar");
        Files.writeString(app.resolve("lib/h2.jar"), "h2");
        Files.writeString(app.resolve("VaultDesk.cfg"), """
                [Application]
                app.classpath=$APPDIR/vaultdesk.jar
                app.mainclass=io.vaultdesk.Main
                app.classpath=$APPDIR/lib/h2.jar

                [JavaOptions]
                java-options=-Djpackage.app-version=0.1.0
                java-options=-XX:+UseSerialGC
                java-options=-Dvaultdesk.home=$ROOTDIR/x y
                """);
        calls = tmp.resolve("calls.txt");
        Path java = Files.createDirectories(root.resolve("lib/runtime/bin")).resolve("java");
        Files.writeString(java, """
                #!/bin/bash
                printf '%s\\n' "$@" > "$CALLS.tmp"; echo --- >> "$CALLS.tmp"; mv "$CALLS.tmp" "$CALLS"
                out=
                for a in "$@"; do
                  case "$a" in -XX:ArchiveClassesAtExit=*) out=${a#*=} ;; esac
                done
                finish() {
                  kill %1 2>/dev/null
                  if [ -n "$out" ] && [ "$NO_ARCHIVE" != 1 ]; then echo jsa > "$out"; fi
                  exit "$1"
                }
                if [ -n "$WAIT_FOR_SIGNAL" ]; then trap 'finish 143' TERM; sleep 30 & wait; fi
                finish "${EXIT_STATUS:-0}"
                """);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path bin = Files.createDirectories(root.resolve("bin"));
        Files.copy(Path.of("packaging/linux/launcher.sh"), bin.resolve("VaultDesk"));
        Files.setPosixFilePermissions(bin.resolve("VaultDesk"), PosixFilePermissions.fromString("rwxr-xr-x"));
        cache = tmp.resolve("cache");
    }

    private record Run(int status, List<String> args) {
        String archiveOption() {
            return args.stream().filter(a -> a.startsWith("-XX:SharedArchiveFile=")
                    || a.startsWith("-XX:ArchiveClassesAtExit=")).findFirst().orElse("");
        }
    }

    private ProcessBuilder launcher(String... env) {
        List<String> command = new ArrayList<>(List.of(root.resolve("bin/VaultDesk").toString(), "My Vault", "--x"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        pb.environment().put("CALLS", calls.toString());
        for (int i = 0; i < env.length; i += 2) {
            pb.environment().put(env[i], env[i + 1]);
        }
        return pb;
    }

    private Run launch(String... env) throws Exception {
        Files.deleteIfExists(calls);
        Process p = launcher(env).start();
        p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return new Run(p.exitValue(), recordedArgs());
    }

    private List<String> recordedArgs() throws Exception {
        List<String> lines = Files.readAllLines(calls);
        return lines.subList(0, lines.indexOf("---"));
    }

    private List<Path> archives() throws Exception {
        Path dir = cache.resolve("vaultdesk/cds");
        try (var files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void runsTheBundledJavaAsTheConfigurationSays() throws Exception {
        Path app = root.resolve("lib/app");
        List<String> args = launch().args();
        assertTrue(args.containsAll(List.of("-XX:+UseSerialGC", "-Djpackage.app-version=0.1.0",
                "-Dvaultdesk.home=" + root + "/x y", "-Djpackage.app-path=" + root.resolve("bin/VaultDesk"))));
        int cp = args.indexOf("-cp");
        assertEquals(app.resolve("vaultdesk.jar") + ":" + app.resolve("lib/h2.jar"), args.get(cp + 1));
        assertEquals(List.of("io.vaultdesk.Main", "My Vault", "--x"), args.subList(args.size() - 3, args.size()),
                "the main class, then the user's arguments as given");
        assertTrue(args.indexOf("-XX:+UseSerialGC") < cp, "JVM options before the class path");
    }

    @Test
    void theFirstRunMakesTheArchiveAndLaterRunsUseIt() throws Exception {
        String first = launch().archiveOption();
        assertTrue(first.startsWith("-XX:ArchiveClassesAtExit=" + cache.resolve("vaultdesk/cds")), first);
        List<Path> made = archives();
        assertEquals(1, made.size());
        assertTrue(made.get(0).getFileName().toString().matches("VaultDesk-\\d+-\\d+\\.jsa"), "renamed once written");
        assertEquals("-XX:SharedArchiveFile=" + made.get(0), launch().archiveOption());
        assertEquals("-XX:SharedArchiveFile=" + made.get(0), launch().archiveOption());
    }

    @Test
    void aChangedJarMakesANewArchiveAndDropsTheOld() throws Exception {
        launch();
        Path old = archives().get(0);
        Path jar = root.resolve("lib/app/lib/h2.jar");
        Files.writeString(jar, "h2, a later version");
        assertTrue(launch().archiveOption().startsWith("-XX:ArchiveClassesAtExit="));
        List<Path> now = archives();
        assertEquals(1, now.size());
        assertFalse(now.contains(old));
    }

    @Test
    void aFirstRunEndedByASignalStillKeepsTheArchiveTheJvmWroteAsItExited() throws Exception {
        Process p = launcher("WAIT_FOR_SIGNAL", "1").start();
        for (int i = 0; i < 600 && !Files.exists(calls); i++) {
            Thread.sleep(50); // until the stand-in JVM runs
        }
        assertTrue(Files.exists(calls));
        p.destroy(); // SIGTERM to the launcher, as when a session ends
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(143, p.exitValue(), "the JVM's status");
        List<Path> made = archives();
        assertEquals(1, made.size(), made.toString());
        assertTrue(made.get(0).getFileName().toString().matches("VaultDesk-\\d+-\\d+\\.jsa"), made.toString());
    }

    @Test
    void aPartialArchiveLeftByAKilledStartIsRemovedButNotOneBeingWritten() throws Exception {
        Path dir = Files.createDirectories(cache.resolve("vaultdesk/cds"));
        Path dead = Files.writeString(dir.resolve(".VaultDesk-1.2147483646.partial"), "half");
        Path live = Files.writeString(dir.resolve(".VaultDesk-1." + ProcessHandle.current().pid() + ".partial"), "");
        launch();
        assertFalse(Files.exists(dead));
        assertTrue(Files.exists(live), "its launcher still runs");
    }

    @Test
    void theExitStatusIsTheApps() throws Exception {
        assertEquals(3, launch("EXIT_STATUS", "3").status(), "first run, which waits for the JVM");
        assertEquals(4, launch("EXIT_STATUS", "4").status(), "later runs, which hand over to it");
    }

    @Test
    void noArchiveLeftWhenTheJvmMadeNoneAndNoneTriedWhenTheCacheCannotBeWritten() throws Exception {
        launch("NO_ARCHIVE", "1");
        assertEquals(List.of(), archives(), "no half-made file left behind");
        Files.writeString(tmp.resolve("file"), "");
        Run run = launch("XDG_CACHE_HOME", tmp.resolve("file").toString());
        assertEquals("", run.archiveOption());
        assertEquals(0, run.status());
        assertEquals("", launch("XDG_CACHE_HOME", "", "HOME", "").archiveOption(), "no cache folder to be had");
        assertEquals("", launch("VAULTDESK_NO_CDS", "1").archiveOption());
        launch();
        assertEquals(1, archives().size());
        assertEquals("", launch("VAULTDESK_NO_CDS", "1").archiveOption(), "also once an archive exists");
    }

    @Test
    void aJvmThatCrashedLeavesNoArchiveToBeTrusted() throws Exception {
        assertEquals(134, launch("EXIT_STATUS", "134").status());
        assertEquals(List.of(), archives());
        assertTrue(launch().archiveOption().startsWith("-XX:ArchiveClassesAtExit="), "made again next time");
    }

    @Test
    void aConfigurationItDoesNotUnderstandStopsItRatherThanBeingIgnored() throws Exception {
        Path cfg = root.resolve("lib/app/VaultDesk.cfg");
        Files.writeString(cfg, Files.readString(cfg) + "[ArgOptions]\narguments=--demo\n");
        Files.deleteIfExists(calls);
        Process p = launcher().start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue());
        assertTrue(out.contains("'arguments'"), out);
        assertFalse(Files.exists(calls), "Java was not started");
    }
}
