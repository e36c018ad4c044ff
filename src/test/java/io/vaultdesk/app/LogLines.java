package io.vaultdesk.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What one logger writes at a level or above while open, as "LEVEL message[: thrown]". A test that only compares
 * results would not see, say, that a fallback rescan of the live index, not the targeted update, made them right.
 */
final class LogLines extends Handler implements AutoCloseable {
    private final Logger logger;
    private final Level min;
    final List<String> seen = new CopyOnWriteArrayList<>();

    LogLines(String loggerName, Level min) {
        this.logger = Logger.getLogger(loggerName);
        this.min = min;
        logger.addHandler(this);
    }

    /** The live index's "update failed; rescanning" warnings. */
    static LogLines fallbackRescans() {
        return new LogLines("io.vaultdesk.watch.LiveIndex", Level.WARNING);
    }

    @Override
    public void publish(LogRecord r) {
        if (r.getLevel().intValue() >= min.intValue()) {
            seen.add(r.getLevel() + " " + r.getMessage() + (r.getThrown() == null ? "" : ": " + r.getThrown()));
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
