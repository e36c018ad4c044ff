package io.vaultdesk.testing;

/** An existing note that links can point at: its folder (vault-relative, "" for the root) and file name stem. */
record NoteTarget(String folder, String name) {

    String path() {
        return folder.isEmpty() ? name + ".md" : folder + "/" + name + ".md";
    }

    /** The `Folder/Name` spelling of a wiki link, which Obsidian resolves by path. */
    String wikiPath() {
        return folder.isEmpty() ? name : folder + "/" + name;
    }
}
