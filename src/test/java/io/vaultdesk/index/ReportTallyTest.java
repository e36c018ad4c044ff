package io.vaultdesk.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vaultdesk.testing.VaultGenerator;
import io.vaultdesk.vault.VaultFile;
import io.vaultdesk.vault.VaultScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report a full build counts as it writes is the report the tables give when read back. */
class ReportTallyTest {
    @TempDir
    Path dir;

    @Test
    void aFullBuildLeavesTheReportTheTablesGive() throws Exception {
        TempVault vault = new TempVault(dir.resolve("vault"));
        new VaultGenerator(11).generate(vault.root, 600); // damaged files among them
        copyNotes(Path.of("assets/sample-vault"), vault, "sample/");
        copyNotes(Path.of("src/test/resources/fixtures"), vault, "fixtures/");
        // The owner is only known once the person note is: written before it, the task names the whole run.
        vault.write("A first.md", "- [ ] Call @Zed Quillfeather to follow up 📅 2025-01-02 ⏫\n"
                + "- [/] [[Nobody Here|someone]] and [[Zed Quillfeather]] @Ann\n- [x] done @Ann\n");
        vault.write("People/Zed Quillfeather.md", "---\ntype: person\naliases: [ZQ]\n---\n");
        vault.write("Ann.md", "[[Nobody Here]] [[#Heading]] [[A first]]\n");
        vault.write("picture.png", new byte[] {1, 2, 3});
        // Two notes named Acme: one source for the name, however many of them a note links to.
        vault.write("Dup/Acme.md", "");
        vault.write("Other/Acme.md", "");
        vault.write("Both.md", "[[Dup/Acme]] [[Other/Acme]] [[Dup/Acme|again]] [[Nobody Here]] [[Nobody Here#x]]\n");

        try (IndexDatabase db = IndexDatabase.open(dir.resolve("index"), vault.root)) {
            new VaultIndexer(db, 2).sync(IndexProgress.NONE);
            Optional<VaultReport> counted = new ReportCache(db.connection()).load();
            assertTrue(counted.isPresent(), "the full build left its report in the cache");

            ReportCache.clear(db.connection());
            db.connection().commit();
            VaultReport read = new ReportQuery(db).run();
            assertEquals(read, counted.get());
            assertEquals(1, read.openByOwner().get("Zed Quillfeather"), "the owner settled by the person note");
            assertEquals(3, read.backlinkSources().get("Nobody Here"));
            assertEquals(1, read.backlinkSources().get("Acme"));
            assertFalse(read.damagedNotes().isEmpty());
            assertTrue(read.attachments() >= 1);
        }
    }

    @Test
    void aSyncThatChangesFilesLeavesTheReportToBeReadAgain() throws Exception {
        TempVault vault = new TempVault(dir.resolve("vault"));
        vault.write("a.md", "- [ ] one @Ann\n");
        try (IndexDatabase db = IndexDatabase.open(dir.resolve("index"), vault.root)) {
            VaultIndexer indexer = new VaultIndexer(db, 2);
            indexer.sync(IndexProgress.NONE);
            vault.write("b.md", "- [ ] two @Ann\n");
            indexer.sync(IndexProgress.NONE);
            assertTrue(new ReportCache(db.connection()).load().isEmpty());
            assertEquals(2, new ReportQuery(db).run().openByOwner().get("Ann"));
        }
    }

    @Test
    void aFullBuildInWhichAFileVanishedLeavesTheReportToBeRead() throws Exception {
        TempVault vault = new TempVault(dir.resolve("vault"));
        vault.write("a.md", "- [ ] one @Ann [[Gone]]\n");
        List<VaultFile> files = new ArrayList<>(new VaultScanner().scan(vault.root));
        files.add(new VaultFile("Gone.md", 10, 1_000)); // seen by the scan, deleted before it was read
        try (IndexDatabase db = IndexDatabase.open(dir.resolve("index"), vault.root)) {
            new VaultIndexer(db, 2).sync(IndexProgress.NONE, files);
            assertTrue(new ReportCache(db.connection()).load().isEmpty(), "no counted report was kept");
            VaultReport read = new ReportQuery(db).run();
            assertEquals(java.util.Set.of("Gone"), read.unresolved(), "the link no longer points at the gone file");
        }
    }

    private static void copyNotes(Path from, TempVault vault, String prefix) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                vault.write(prefix + from.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
    }
}
