package io.vaultdesk.index;

import io.vaultdesk.vault.VaultFile;

/** What reading one new or possibly changed file found. */
sealed interface FileUpdate {
    int id();

    /** New bytes: the file was parsed and is written to the index. */
    record Parsed(ParsedFile file, boolean isNew) implements FileUpdate {
        @Override
        public int id() {
            return file.id();
        }
    }

    /** The time changed but the bytes did not: only size and time are updated. */
    record Touched(int id, VaultFile file, long readAt) implements FileUpdate {
    }

    /** Indexed before but unreadable now (locked by a sync tool, permissions): its rows stay until a later sync. */
    record Unreadable(int id, String path) implements FileUpdate {
    }

    /** Gone between the scan and the read: treated as removed. */
    record Vanished(int id, String path, boolean isNew) implements FileUpdate {
    }
}
