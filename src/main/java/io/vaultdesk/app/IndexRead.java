package io.vaultdesk.app;

import io.vaultdesk.index.IndexDatabase;
import io.vaultdesk.index.IndexException;

/** A read of the index, run by {@link VaultSession#read} where it cannot see half an update. */
@FunctionalInterface
public interface IndexRead<T> {
    T run(IndexDatabase db) throws IndexException;
}
