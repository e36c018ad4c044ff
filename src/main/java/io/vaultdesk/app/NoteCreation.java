package io.vaultdesk.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Creates the note an unresolved link points to, where the link will find it: {@code [[Folder/Name]]} at that
 * path, a bare {@code [[Name]]} at the vault's root (Obsidian's default place for new notes). A name that no
 * file system accepts everywhere is refused rather than changed, since a changed name would not resolve.
 */
final class NoteCreation {
    private static final String FORBIDDEN = "\\:*?\"<>|#^[]";

    private final VaultFiles files;

    NoteCreation(VaultFiles files) {
        this.files = files;
    }

    /** The vault-relative path of the new note, or the reason it cannot be made. */
    NewNote create(String target) throws IOException {
        String name = target.strip();
        if (name.isEmpty()) {
            return NewNote.refused("a link with no name cannot become a note");
        }
        for (char c : name.toCharArray()) {
            if (FORBIDDEN.indexOf(c) >= 0 || c < 0x20) {
                return NewNote.refused("“" + name + "” holds a character file names cannot have (" + c + ")");
            }
        }
        String relative = name.toLowerCase(java.util.Locale.ROOT).endsWith(".md") ? name : name + ".md";
        Optional<Path> file = files.inside(relative);
        if (file.isEmpty() || relative.startsWith(".") || relative.contains("/.")) {
            return NewNote.refused("“" + name + "” is not a place inside the vault");
        }
        Files.createDirectories(file.get().getParent());
        if (files.inside(relative).isEmpty()) {
            return NewNote.refused("“" + name + "” is not a place inside the vault"); // a folder raced in as a link
        }
        String title = io.vaultdesk.vault.VaultPaths.name(relative);
        try {
            Files.writeString(file.get(), "# " + title + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            return new NewNote(Optional.of(relative), "“" + relative + "” already exists");
        }
        return new NewNote(Optional.of(relative), "Created " + relative);
    }
}
