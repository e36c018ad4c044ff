package io.vaultdesk.index;

/** Reports how far a sync is: {@code done} of {@code total} files to parse. Called on the indexing thread. */
@FunctionalInterface
public interface IndexProgress {
    IndexProgress NONE = (done, total) -> { };

    void update(int done, int total);
}
