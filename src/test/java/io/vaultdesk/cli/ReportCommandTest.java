package io.vaultdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    @TempDir
    Path tmp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void printsOneJsonObjectWithTheReportKeys() throws Exception {
        Path vault = Files.createDirectories(tmp.resolve("v"));
        Files.writeString(vault.resolve("m.md"), "---\ntype: meeting\naccount: \"[[Acme|A]]\"\n---\n"
                + "- [ ] Say \"hi\" @Ann Lee 📅 2025-01-02 ⏫\n[[Nowhere#x|y]]\n");
        CliRun r = run("report", "--index-dir", tmp.resolve("idx").toString(), vault.toString());
        assertEquals(0, r.exit(), r.err());
        String json = r.out().strip();
        assertTrue(json.startsWith("{") && json.endsWith("}") && !json.contains("\n"), json);
        for (String expected : new String[] {"\"notes\": 1", "\"tasks_total\": 1", "\"tasks_open\": 1",
                "\"tasks_done\": 0", "\"open_by_owner\": {\"Ann Lee\": 1}", "\"due_by_date_open\": {\"2025-01-02\": 1}",
                "\"priority_open\": {\"high\": 1}", "\"meetings\": 1", "\"meetings_by_account\": {\"Acme\": 1}",
                "\"backlink_sources\": {\"Acme\": 1, \"Nowhere\": 1}", "\"unresolved\": [\"Acme\", \"Nowhere\"]",
                "\"damaged\": 0"}) {
            assertTrue(json.contains(expected), expected + " in " + json);
        }
    }

    @Test
    void aMissingVaultIsOneLineAndExitTwo() {
        CliRun r = run("report", "--index-dir", tmp.resolve("idx").toString(), tmp.resolve("nope").toString());
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("vaultdesk: not a folder:"), r.err());
        assertFalse(r.err().contains("Exception"));
    }

    @Test
    void aFileInsteadOfAFolderIsOneLineAndExitTwo() throws Exception {
        Path file = Files.writeString(tmp.resolve("file.md"), "x");
        CliRun r = run("report", "--index-dir", tmp.resolve("idx").toString(), file.toString());
        assertEquals(2, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void missingArgumentsGiveUsageAndExitTwo() {
        CliRun r = run("report");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("VAULT"), r.err());
    }
}
