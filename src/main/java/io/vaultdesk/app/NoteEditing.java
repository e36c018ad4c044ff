package io.vaultdesk.app;

import io.vaultdesk.app.edit.EditorDocument;
import io.vaultdesk.app.edit.EditorText;
import io.vaultdesk.app.edit.SaveOutcome;
import io.vaultdesk.vault.ContentHash;
import io.vaultdesk.vault.DecodedText;
import io.vaultdesk.vault.EditOutcome;
import io.vaultdesk.vault.GuardedNoteEdit;
import io.vaultdesk.vault.TextDecoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Opening a note in the editor and saving it: atomically, and only over the bytes it was opened from, so a change
 * made meanwhile in another editor or by a sync tool is shown to the user, never overwritten (decision 13).
 * A note whose bytes do not decode cleanly (mojibake, invalid UTF-8, binary) is not opened: saving it would rewrite
 * every line; mojibake is repaired first, with its preview, from the reader.
 */
final class NoteEditing {
    private final VaultFiles files;
    private final VaultSession session;
    private final GuardedNoteEdit edits = new GuardedNoteEdit();

    NoteEditing(VaultFiles files, VaultSession session) {
        this.files = files;
        this.session = session;
    }

    EditorDocument open(String path) throws VaultException {
        byte[] bytes = read(path).orElseThrow(() -> new VaultException("cannot read " + path));
        DecodedText decoded = new TextDecoder().decode(bytes);
        if (!decoded.damage().isEmpty()) {
            throw new VaultException(path + " has " + decoded.damage().iterator().next().name().toLowerCase()
                    .replace('_', ' ') + "; repair it from the reader before editing it here");
        }
        String raw = new String(bytes, StandardCharsets.UTF_8);
        return new EditorDocument(path, EditorText.forEditing(decoded.text()), ContentHash.of(bytes),
                EditorText.usesCrlf(raw), decoded.hadBom());
    }

    /** Saves over the version the document was read from; a file changed since is a {@link SaveOutcome.Conflict}. */
    SaveOutcome save(EditorDocument doc, String text, long baseHash) throws VaultException {
        Optional<Path> file = files.inside(doc.path());
        if (file.isEmpty()) {
            return new SaveOutcome.Refused("no note " + doc.path() + " in the vault");
        }
        byte[] updated = EditorText.bytes(text, doc.crlf(), doc.bom());
        EditOutcome outcome;
        try {
            outcome = edits.replaceAll(file.get(), baseHash, old -> updated);
        } catch (IOException e) {
            throw new VaultException("cannot save " + doc.path() + ": " + e.getMessage(), e);
        }
        if (outcome instanceof EditOutcome.Refused refused) {
            Optional<byte[]> now = read(doc.path());
            if (now.isEmpty()) {
                return new SaveOutcome.Conflict("", 0, true); // deleted meanwhile: the user may write it again
            }
            if (ContentHash.of(now.get()) != baseHash) {
                return new SaveOutcome.Conflict(EditorText.forEditing(new TextDecoder().decode(now.get()).text()),
                        ContentHash.of(now.get()), false);
            }
            return new SaveOutcome.Refused(refused.reason());
        }
        session.refresh(List.of(doc.path()));
        return new SaveOutcome.Saved(new EditorDocument(doc.path(), EditorText.forEditing(text),
                ContentHash.of(updated), doc.crlf(), doc.bom()));
    }

    /** The note was deleted while open and the user keeps their text: written anew, if still absent. */
    SaveOutcome recreate(EditorDocument doc, String text) throws VaultException {
        Optional<Path> file = files.inside(doc.path());
        if (file.isEmpty()) {
            return new SaveOutcome.Refused("no note " + doc.path() + " in the vault");
        }
        byte[] bytes = EditorText.bytes(text, doc.crlf(), doc.bom());
        try {
            Files.createDirectories(file.get().getParent());
            Files.write(file.get(), bytes, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SYNC);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return new SaveOutcome.Refused(doc.path() + " was created again meanwhile; reopen it");
        } catch (IOException e) {
            throw new VaultException("cannot save " + doc.path() + ": " + e.getMessage(), e);
        }
        session.refresh(List.of(doc.path()));
        return new SaveOutcome.Saved(new EditorDocument(doc.path(), EditorText.forEditing(text),
                ContentHash.of(bytes), doc.crlf(), doc.bom()));
    }

    private Optional<byte[]> read(String path) throws VaultException {
        Optional<Path> file = files.inside(path);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file.get()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new VaultException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
