package io.vaultdesk.vault;

/**
 * A file of the vault as last seen on disk.
 *
 * @param path vault-relative, '/'-separated: the identity of a note everywhere in VaultDesk
 */
public record VaultFile(String path, long size, long modifiedMillis) {

    /** Notes are the Markdown files; everything else is an attachment, known but not parsed. */
    public boolean isNote() {
        return VaultPaths.isNote(path);
    }
}
