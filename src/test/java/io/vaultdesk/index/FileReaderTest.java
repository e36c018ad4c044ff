package io.vaultdesk.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vaultdesk.vault.LinkResolver;
import io.vaultdesk.vault.VaultFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileReaderTest {
    @TempDir
    Path vault;

    private final VaultFile file = new VaultFile("x.md", 10, 1_000);

    private FileUpdate read(OptionalLong knownHash) {
        return new FileReader(vault, new LinkResolver(List.of("x.md")), Map.of("x.md", 1)).read(1, file, knownHash);
    }

    @Test
    void anIndexedFileThatCannotBeReadKeepsItsRows() throws Exception {
        Files.createDirectories(vault.resolve("x.md")); // reading it fails, but not with "no such file"
        assertInstanceOf(FileUpdate.Unreadable.class, read(OptionalLong.of(42)));
    }

    @Test
    void aNewFileThatCannotBeReadIsIndexedEmptyWithTheReason() throws Exception {
        Files.createDirectories(vault.resolve("x.md"));
        FileUpdate.Parsed p = assertInstanceOf(FileUpdate.Parsed.class, read(OptionalLong.empty()));
        assertEquals(0, p.file().file().size(), "size 0 never matches the file: it is read again next time");
        Object[] row = p.file().rows().note();
        assertTrue(((String) row[row.length - 3]).startsWith("could not be read"), "warnings, before the task counts");
    }

    @Test
    void aFileGoneBeforeItWasReadHasVanished() {
        assertInstanceOf(FileUpdate.Vanished.class, read(OptionalLong.of(42)));
    }

    @Test
    void aNameTwoNotesShareResolvesFromEachNoteOnItsOwnAfterOthersKeptTheirs() throws Exception {
        List<String> paths = List.of("A/Acme.md", "B/Acme.md", "Bob.md", "A/one.md", "B/two.md", "C/three.md");
        Map<String, Integer> ids = new java.util.HashMap<>();
        for (String p : paths) {
            ids.put(p, ids.size() + 1);
            Files.createDirectories(vault.resolve(p).getParent() == null ? vault : vault.resolve(p).getParent());
            Files.writeString(vault.resolve(p), "[[Acme]] [[Bob]] [Bob](Bob.md) [Acme](Acme.md)\n");
        }
        FileReader reader = new FileReader(vault, new LinkResolver(paths), ids);
        for (String p : List.of("A/one.md", "B/two.md", "C/three.md", "A/one.md")) {
            FileUpdate.Parsed parsed = assertInstanceOf(FileUpdate.Parsed.class,
                    reader.read(ids.get(p), new VaultFile(p, 10, 1_000), OptionalLong.empty()));
            List<Integer> targets = parsed.file().rows().links().stream().map(StoredLink::targetId).toList();
            String folder = p.substring(0, 1);
            Integer acme = ids.get(folder.equals("C") ? "A/Acme.md" : folder + "/Acme.md"); // else the shortest path
            assertEquals(List.of(acme, ids.get("Bob.md"), ids.get("Bob.md"), acme), targets, p);
        }
    }
}
