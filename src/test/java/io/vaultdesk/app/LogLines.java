package io.vaultdesk.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Counts the live index's "update failed; rescanning" warnings. A test that only compares results would not see
 * that a fallback rescan, not the targeted update, made them right.
 */
final class FallbackRescans extends Handler implements AutoCloseable {
    private final Logger logger = Logger.getLogger("io.vaultdesk.watch.LiveIndex");
    final List<String> seen = new CopyOnWriteArrayList<>();

    FallbackRescans() {
        logger.addHandler(this);
    }

    @Override
    public void publish(LogRecord r) {
        if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
            seen.add(r.getMessage() + (r.getThrown() == null ? "" : ": " + r.getThrown()));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
