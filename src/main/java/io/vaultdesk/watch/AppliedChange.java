package io.vaultdesk.watch;

import io.vaultdesk.index.FileChange;

/** A change now in the index, with how long after the first sign of it on disk it got there. */
public record AppliedChange(FileChange change, long latencyMillis) {
}
