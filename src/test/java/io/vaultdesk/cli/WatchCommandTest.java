package io.vaultdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code watch} command as a script uses it: a separate process, read line by line, then stopped. */
class WatchCommandTest {
    @TempDir
    Path tmp;

    private Process start(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.vaultdesk.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    @Test
    void printsReadyThenOneLinePerChangeAndStopsCleanly() throws Exception {
        Path vault = Files.createDirectories(tmp.resolve("vault"));
        Files.writeString(vault.resolve("a.md"), "- [ ] one @Bo");
        String index = tmp.resolve("index").toString();
        Process watch = start("watch", "--index-dir", index, vault.toString());
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(watch.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("{\"ready\": true}", out.readLine());
            Files.writeString(vault.resolve("b.md"), "- [ ] two @Bo");
            String line = out.readLine();
            assertTrue(line.startsWith("{\"path\": \"b.md\", \"change\": \"created\", \"latency_ms\": "), line);

            Process second = start("report", "--index-dir", index, vault.toString());
            assertTrue(second.waitFor(30, TimeUnit.SECONDS));
            assertEquals(2, second.exitValue(), "one writer per vault");
            String err = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(err.contains("open in another VaultDesk process"), err);

            watch.destroy(); // SIGTERM: the same shutdown path as Ctrl+C
            assertTrue(watch.waitFor(30, TimeUnit.SECONDS));
        } finally {
            watch.destroyForcibly();
        }
        Process report = start("report", "--index-dir", index, vault.toString());
        assertTrue(report.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, report.exitValue(), "the index was closed cleanly and opens again");
        String json = new String(report.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"tasks_open\": 2"), json);
    }
}
