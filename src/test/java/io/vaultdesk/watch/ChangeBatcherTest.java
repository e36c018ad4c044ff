package io.vaultdesk.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChangeBatcherTest {
    private record Batch(Map<String, Long> paths, boolean rescan) {
    }

    private final LinkedBlockingQueue<Batch> batches = new LinkedBlockingQueue<>();

    @Test
    void aBurstBecomesOneBatchWithEachPathOnce() throws Exception {
        try (ChangeBatcher batcher = new ChangeBatcher((paths, rescan) -> batches.add(new Batch(paths, rescan)))) {
            for (int i = 0; i < 1000; i++) {
                batcher.changed("n" + (i % 10) + ".md");
            }
            Batch b = batches.poll(5, TimeUnit.SECONDS);
            assertEquals(10, b.paths().size());
            assertFalse(b.rescan());
            assertEquals(null, batches.poll(200, TimeUnit.MILLISECONDS), "nothing left over");
        }
    }

    @Test
    void aSteadyStreamStillFlushesWithinTheMaximumDelay() throws Exception {
        try (ChangeBatcher batcher = new ChangeBatcher((paths, rescan) -> batches.add(new Batch(paths, rescan)))) {
            long start = System.nanoTime();
            Batch first = null;
            for (int i = 0; i < 200 && first == null; i++) {
                batcher.changed("stream-" + i + ".md"); // every 5 ms: never quiet for 20 ms
                first = batches.poll(5, TimeUnit.MILLISECONDS);
            }
            assertTrue(first != null, "the batcher waited for a quiet moment that never came");
            assertTrue((System.nanoTime() - start) / 1_000_000 < 1_000);
        }
    }

    @Test
    void lostEventsAskForARescan() throws Exception {
        try (ChangeBatcher batcher = new ChangeBatcher((paths, rescan) -> batches.add(new Batch(paths, rescan)))) {
            batcher.changed("a.md");
            batcher.lost("overflow");
            Batch b = batches.poll(5, TimeUnit.SECONDS);
            assertTrue(b.rescan());
        }
    }
}
