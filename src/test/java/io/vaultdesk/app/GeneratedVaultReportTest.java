package io.vaultdesk.app;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vaultdesk.index.IndexProgress;
import io.vaultdesk.index.VaultReport;
import io.vaultdesk.testing.Expected;
import io.vaultdesk.testing.GeneratedVault;
import io.vaultdesk.testing.VaultGenerator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The report of a generated vault, with every kind of damage mixed in, equals what the generator knows it wrote.
 * The oracle is counted while generating, never by parsing, so this checks the parser and index end to end.
 */
class GeneratedVaultReportTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42})
    void reportMatchesTheOracle(long seed) throws Exception {
        GeneratedVault vault = new VaultGenerator(seed).generate(tmp.resolve("vault"), 1_500);
        try (VaultSession session = VaultSession.open(vault.root(), tmp.resolve("index"))) {
            session.sync(IndexProgress.NONE);
            assertMatches(vault.expected(), session.report());
        }
    }

    static void assertMatches(Expected e, VaultReport r) {
        assertAll(
                () -> assertEquals(e.notes(), r.notes(), "notes"),
                () -> assertEquals(e.tasksTotal(), r.tasksTotal(), "tasks_total"),
                () -> assertEquals(e.tasksOpen(), r.tasksOpen(), "tasks_open"),
                () -> assertEquals(e.tasksDone(), r.tasksDone(), "tasks_done"),
                () -> assertEquals(e.tasksCancelled(), r.tasksCancelled(), "tasks_cancelled"),
                () -> assertEquals(e.openByOwner(), r.openByOwner(), "open_by_owner"),
                () -> assertEquals(e.dueByDateOpen(), r.dueByDateOpen(), "due_by_date_open"),
                () -> assertEquals(new TreeMap<>(e.priorityOpen()), r.priorityOpen(), "priority_open"),
                () -> assertEquals(e.meetings(), r.meetings(), "meetings"),
                () -> assertEquals(e.meetingsByAccount(), r.meetingsByAccount(), "meetings_by_account"),
                () -> assertEquals(e.backlinkSources(), r.backlinkSources(), "backlink_sources"),
                () -> assertEquals(e.unresolved(), r.unresolved(), "unresolved"),
                () -> assertEquals(new ArrayList<>(e.damagedPaths()), r.damagedNotes(), "damaged"));
    }
}
