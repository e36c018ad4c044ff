package io.vaultdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vaultdesk.index.IndexProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A window can show a vault before its first index is complete: the catalog grows as the notes are indexed. */
class FillingInTest {
    @TempDir
    Path temp;

    @Test
    void listenersSeeTheNotesIndexedSoFarThenTheWholeVault() throws Exception {
        Path vault = Files.createDirectories(temp.resolve("vault"));
        for (int i = 0; i < 1500; i++) {
            Files.writeString(vault.resolve("note " + i + ".md"), "# Note " + i + "\n- [ ] task " + i + " @Ann\n");
        }
        List<Integer> sizes = new CopyOnWriteArrayList<>();
        try (OpenWorkspace w = OpenWorkspace.open(vault, Optional.of(temp.resolve("index")), temp.resolve("b"))) {
            assertEquals(0, w.catalog().size(), "nothing is read on open");
            w.partialCatalogsEvery(Duration.ZERO);
            w.addListener(recordingSizes(sizes));
            w.bringUpToDate(IndexProgress.NONE);
            assertEquals(1500, w.catalog().size());
        }
        assertTrue(sizes.size() >= 3, "partial catalogs: " + sizes);
        assertTrue(sizes.get(0) > 0 && sizes.get(0) < 1500, "the first is partial: " + sizes);
        for (int i = 1; i < sizes.size(); i++) {
            assertTrue(sizes.get(i) >= sizes.get(i - 1), "it only grows: " + sizes);
        }
        assertEquals(1500, sizes.get(sizes.size() - 1));
    }

    @Test
    void aFirstReadIsLoggedWithItsTimesAndAReopeningIsNot() throws Exception {
        Path vault = Files.createDirectories(temp.resolve("vault"));
        for (int i = 0; i < 20; i++) {
            Files.writeString(vault.resolve("note " + i + ".md"), "# Note " + i + "\n");
        }
        List<String> logged;
        try (LogLines log = new LogLines(OpenWorkspace.class.getName(), java.util.logging.Level.INFO)) {
            for (int open = 0; open < 2; open++) {
                try (OpenWorkspace w = OpenWorkspace.open(vault, Optional.of(temp.resolve("index")),
                        temp.resolve("b"))) {
                    w.bringUpToDate(IndexProgress.NONE);
                }
            }
            logged = log.seen;
        }
        List<String> firstReads = logged.stream().filter(l -> l.contains("first read of")).toList();
        assertEquals(1, firstReads.size(), logged.toString());
        assertTrue(firstReads.get(0).matches("INFO first read of .*vault: 20 files indexed in \\d+\\.\\d s,"
                + " up to date after \\d+\\.\\d s"), firstReads.get(0));
    }

    @Test
    void partialCatalogsAreToldApartFromTheWholeVault() throws Exception {
        Path vault = Files.createDirectories(temp.resolve("vault"));
        for (int i = 0; i < 600; i++) {
            Files.writeString(vault.resolve("note " + i + ".md"), "# Note " + i + "\n");
        }
        List<String> told = new CopyOnWriteArrayList<>();
        try (OpenWorkspace w = OpenWorkspace.open(vault, Optional.of(temp.resolve("index")), temp.resolve("b"))) {
            w.partialCatalogsEvery(Duration.ZERO);
            w.addListener(recordingCatalogs(told));
            w.bringUpToDate(IndexProgress.NONE);
        }
        assertEquals(List.of("part 256", "part 512", "whole 600"), told, "chunks of 256");
    }

    @Test
    void reopeningACurrentIndexShowsTheCatalogOnceAndAgainOnlyWhenFilesChangedWhileClosed() throws Exception {
        Path vault = Files.createDirectories(temp.resolve("vault"));
        for (int i = 0; i < 20; i++) {
            Path note = Files.writeString(vault.resolve("note " + i + ".md"), "# Note " + i + "\n");
            // written long before: a file changed within a clock tick of being indexed is read again to be sure
            Files.setLastModifiedTime(note, java.nio.file.attribute.FileTime.fromMillis(
                    System.currentTimeMillis() - 3_600_000));
        }
        assertEquals(List.of(20), reopen(vault), "built: the catalog once the build is done");
        assertEquals(List.of(20), reopen(vault), "current: shown from the index, not read again after the catch-up");
        Files.writeString(vault.resolve("note 20.md"), "# Note 20\n");
        assertEquals(List.of(20, 21), reopen(vault), "changed while closed: shown, then shown with the change");
    }

    @Test
    void theCatchUpWaitsForTheWindowOnlyWhenTheIndexHadSomethingToShow() throws Exception {
        Path vault = Files.createDirectories(temp.resolve("vault"));
        Files.writeString(vault.resolve("a.md"), "# A\n");
        List<String> order = new CopyOnWriteArrayList<>();
        try (OpenWorkspace w = OpenWorkspace.open(vault, Optional.of(temp.resolve("index")), temp.resolve("b"))) {
            w.bringUpToDate(IndexProgress.NONE, () -> order.add("waited"));
        }
        assertEquals(List.of(), order, "a first build has nothing to show before it: it does not wait");
        Files.writeString(vault.resolve("b.md"), "# B\n");
        try (OpenWorkspace w = OpenWorkspace.open(vault, Optional.of(temp.resolve("index")), temp.resolve("b"))) {
            w.addListener(recordingCatalogs(order));
            w.bringUpToDate(IndexProgress.NONE, () -> order.add("waited"));
        }
        assertEquals(List.of("whole 1", "waited", "whole 2"), order,
                "the indexed catalog is shown, then the wait, then what changed while closed is read");
    }

    /** Opens the vault as the app does and returns the catalog sizes the listener was shown. */
    private List<Integer> reopen(Path vault) throws Exception {
        List<Integer> sizes = new CopyOnWriteArrayList<>();
        try (OpenWorkspace w = OpenWorkspace.open(vault, Optional.of(temp.resolve("index")), temp.resolve("b"))) {
            w.addListener(recordingSizes(sizes));
            w.bringUpToDate(IndexProgress.NONE);
        }
        return sizes;
    }

    /** A listener that notes each catalog it is told of: "part N" for a first build's notes so far, else "whole N". */
    private static WorkspaceListener recordingCatalogs(List<String> told) {
        return new WorkspaceListener() {
            @Override
            public void vaultChanged(VaultCatalog catalog, Set<String> paths) {
                told.add("whole " + catalog.size());
            }

            @Override
            public void vaultPartlyRead(VaultCatalog soFar) {
                told.add("part " + soFar.size());
            }

            @Override
            public void vaultFailed(String message) {
            }
        };
    }

    /** A listener that notes the size of every catalog it is shown. */
    private static WorkspaceListener recordingSizes(List<Integer> sizes) {
        return new WorkspaceListener() {
            @Override
            public void vaultChanged(VaultCatalog catalog, Set<String> paths) {
                sizes.add(catalog.size());
            }

            @Override
            public void vaultFailed(String message) {
            }
        };
    }
}
