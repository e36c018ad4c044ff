package io.vaultdesk.index;

/** One file whose content in the index changed in a sync: what the watcher reports and the UI refreshes. */
public record FileChange(String path, Kind kind) {
    public enum Kind {
        CREATED, MODIFIED, DELETED;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
