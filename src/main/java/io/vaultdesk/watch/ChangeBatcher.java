package io.vaultdesk.watch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Coalesces the watcher's events per path. A batch goes to the index once the vault has been quiet for
 * {@link #QUIET_MILLIS}, or at the latest {@link #MAX_DELAY_MILLIS} after its first event, so an editor's
 * write-temp-then-rename, a sync tool writing in pieces or a git checkout's thousands of events become a few small
 * transactions, and a steady stream of events cannot starve the index.
 */
final class ChangeBatcher implements ChangeSink, AutoCloseable {
    static final long QUIET_MILLIS = 20;
    static final long MAX_DELAY_MILLIS = 150;

    /** Receives a batch: each path with when it was first seen (System.nanoTime), and whether to rescan all. */
    interface Target {
        void accept(Map<String, Long> firstSeen, boolean rescan);
    }

    private final Target target;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "vaultdesk-change-batcher");
        t.setDaemon(true);
        return t;
    });
    private final Object lock = new Object();
    private Map<String, Long> pending = new LinkedHashMap<>();
    private boolean rescan;
    private boolean scheduled;
    private long firstAt;
    private long lastAt;

    ChangeBatcher(Target target) {
        this.target = target;
    }

    @Override
    public void changed(String path) {
        synchronized (lock) {
            long now = System.nanoTime();
            pending.putIfAbsent(path, now);
            noteEvent(now);
        }
    }

    @Override
    public void lost(String why) {
        synchronized (lock) {
            rescan = true;
            noteEvent(System.nanoTime());
        }
    }

    private void noteEvent(long now) {
        if (!scheduled) {
            firstAt = now;
            scheduled = true;
            timer.schedule(this::flush, QUIET_MILLIS, TimeUnit.MILLISECONDS);
        }
        lastAt = now;
    }

    private void flush() {
        Map<String, Long> batch;
        boolean all;
        synchronized (lock) {
            long now = System.nanoTime();
            long quietMillis = (now - lastAt) / 1_000_000;
            long waitedMillis = (now - firstAt) / 1_000_000;
            if (quietMillis < QUIET_MILLIS && waitedMillis < MAX_DELAY_MILLIS) {
                long delay = Math.min(QUIET_MILLIS - quietMillis, MAX_DELAY_MILLIS - waitedMillis);
                timer.schedule(this::flush, Math.max(1, delay), TimeUnit.MILLISECONDS);
                return;
            }
            batch = pending;
            all = rescan;
            pending = new LinkedHashMap<>();
            rescan = false;
            scheduled = false;
        }
        target.accept(batch, all);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
