package io.vaultdesk.app.render;

import io.vaultdesk.vault.Link;
import java.util.Optional;

/** What the renderer needs from the vault, supplied by the app; every path is vault-relative and '/'-separated. */
public interface RenderContext {
    /** The vault-relative path of the note or attachment the link points to, or empty when it resolves to nothing. */
    Optional<String> resolve(Link link, String sourcePath);

    /** The decoded, repaired text of another note, for {@code ![[embeds]]}; empty when it cannot be read. */
    Optional<String> readNoteText(String path);

    /** The bytes of a file inside the vault, for inlining images; empty when it cannot be read. */
    Optional<byte[]> readAttachment(String path);
}
