package io.vaultdesk.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vaultdesk.index.FileChange;
import io.vaultdesk.index.IndexDatabase;
import io.vaultdesk.index.IndexProgress;
import io.vaultdesk.index.VaultIndexer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveIndexTest {
    @TempDir
    Path tmp;

    @Test
    void aRescanFindsWhatNoEventAnnounced() throws Exception {
        Path vault = Files.createDirectories(tmp.resolve("vault"));
        Files.writeString(vault.resolve("a.md"), "a");
        try (IndexDatabase db = IndexDatabase.open(tmp.resolve("index"), vault)) {
            VaultIndexer indexer = new VaultIndexer(db, 1);
            indexer.sync(IndexProgress.NONE);
            LiveIndex live = new LiveIndex(indexer);
            List<AppliedChange> heard = new CopyOnWriteArrayList<>();
            live.addListener(heard::addAll);
            Files.writeString(vault.resolve("missed.md"), "written while events were lost");
            live.submit(Map.of(), true).join(); // what the batcher sends after an overflow
            live.close();
            assertEquals(List.of(new FileChange("missed.md", FileChange.Kind.CREATED)),
                    heard.stream().map(AppliedChange::change).toList());
        }
    }
}
