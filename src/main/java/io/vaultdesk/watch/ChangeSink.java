package io.vaultdesk.watch;

/** Where the watcher sends what it sees. Called on the watcher's thread. */
interface ChangeSink {
    /** Something happened at this vault-relative path: a file or a folder, created, changed or gone. */
    void changed(String path);

    /** Events may have been lost (an overflow, a watcher error): only a full rescan is safe now. */
    void lost(String why);
}
