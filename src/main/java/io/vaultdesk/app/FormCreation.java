package io.vaultdesk.app;

import io.vaultdesk.app.meeting.MeetingDraft;
import io.vaultdesk.app.meeting.MeetingFileName;
import io.vaultdesk.app.meeting.MeetingTemplate;
import io.vaultdesk.vault.TextDecoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the notes the New forms ask for. A meeting: its path from the date and title, its text from the vault's
 * template (or the built-in one); a taken name gets a number. A person, account or project: in its folder, and an
 * existing one is opened instead. Never over an existing file: each is created only if absent when written.
 */
final class FormCreation {
    /** A template is a short note; a bigger file at that path is not one. */
    private static final long MAX_TEMPLATE = 256 * 1024;

    private final VaultFiles files;

    FormCreation(VaultFiles files) {
        this.files = files;
    }

    NewNote create(MeetingDraft draft, String folderPattern, String templatePath, VaultCatalog catalog)
            throws IOException {
        if (draft.title().isEmpty()) {
            return NewNote.refused("A meeting needs a title");
        }
        String text = MeetingTemplate.fill(template(templatePath), draft);
        Set<String> known = catalog.allPaths().stream().map(p -> p.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        String path = MeetingFileName.pathFor(draft, folderPattern, p -> known.contains(p.toLowerCase(Locale.ROOT))
                || files.inside(p).map(Files::exists).orElse(false));
        Optional<Path> file = files.inside(path);
        if (file.isEmpty()) {
            return NewNote.refused("“" + path + "” is not a place inside the vault");
        }
        Files.createDirectories(file.get().getParent());
        if (files.inside(path).isEmpty()) {
            return NewNote.refused("“" + path + "” is not a place inside the vault"); // a link raced in
        }
        try {
            Files.write(file.get(), text.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        } catch (FileAlreadyExistsException e) {
            return NewNote.refused("“" + path + "” was created meanwhile; try again");
        }
        return new NewNote(Optional.of(path), "Created " + path);
    }

    /** A person, account or project note in its folder, named as typed (made safe); an existing one is opened. */
    NewNote create(io.vaultdesk.app.meeting.EntityDraft draft, VaultCatalog catalog) throws IOException {
        if (draft.name().isEmpty()) {
            return NewNote.refused("A name is needed");
        }
        String path = draft.folder() + "/" + MeetingFileName.safeTitle(draft.name()) + ".md";
        Optional<String> existing = catalog.allPaths().stream().filter(p -> p.equalsIgnoreCase(path)).findFirst();
        if (existing.isPresent()) {
            return new NewNote(existing, "“" + existing.get() + "” already exists");
        }
        Optional<Path> file = files.inside(path);
        if (file.isEmpty()) {
            return NewNote.refused("“" + path + "” is not a place inside the vault");
        }
        Files.createDirectories(file.get().getParent());
        try {
            Files.write(file.get(), draft.text().getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        } catch (FileAlreadyExistsException e) {
            return new NewNote(Optional.of(path), "“" + path + "” already exists");
        }
        return new NewNote(Optional.of(path), "Created " + path);
    }

    private String template(String templatePath) throws IOException {
        String relative = templatePath == null || templatePath.isBlank() ? MeetingTemplate.DEFAULT_PATH
                : templatePath.strip();
        Optional<Path> file = files.inside(relative).filter(Files::isRegularFile);
        if (file.isEmpty() || Files.size(file.get()) > MAX_TEMPLATE) {
            return MeetingTemplate.BUILT_IN;
        }
        return new TextDecoder().decode(Files.readAllBytes(file.get())).text();
    }
}
