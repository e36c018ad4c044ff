package io.vaultdesk.index;

/** What the index remembers of a file, to tell on the next scan whether it changed. */
record IndexedFile(int id, String path, long size, long mtime, long hash, long indexedAt) {
}
