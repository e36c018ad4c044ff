package io.vaultdesk.index;

import io.vaultdesk.vault.ContentHash;
import io.vaultdesk.vault.DecodedLines;
import io.vaultdesk.vault.Link;
import io.vaultdesk.vault.LinkKind;
import io.vaultdesk.vault.LinkResolver;
import io.vaultdesk.vault.NoteParser;
import io.vaultdesk.vault.OwnerNames;
import io.vaultdesk.vault.ParsedNote;
import io.vaultdesk.vault.TextDecoder;
import io.vaultdesk.vault.VaultFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads, hashes, parses and resolves one file. Runs on the indexing pool, so it only reads shared state
 * (the resolver and the id map are immutable once a sync starts); the parser is per thread.
 */
final class FileReader {
    private static final System.Logger LOG = System.getLogger(FileReader.class.getName());
    private static final ThreadLocal<NoteParser> PARSER = ThreadLocal.withInitial(NoteParser::new);
    private static final TextDecoder DECODER = new TextDecoder();

    private final Path root;
    private final LinkResolver resolver;
    private final Map<String, Integer> idByPath;
    /**
     * Per parsing thread, the note each bare link name resolves to, for names that resolve alike from every note.
     * Most links of a vault name a few thousand people, accounts and projects, and resolving each afresh (a
     * lower-case key, two lookups in maps of every file) took 1-2 µs a link: a tenth of the parsing thread.
     */
    private final ThreadLocal<Map<String, Optional<Integer>>> byBareName = ThreadLocal.withInitial(HashMap::new);
    /** ...and the names that two files share, resolved from each note, found so once. */
    private final ThreadLocal<Set<String>> sharedNames = ThreadLocal.withInitial(HashSet::new);

    FileReader(Path root, LinkResolver resolver, Map<String, Integer> idByPath) {
        this.root = root;
        this.resolver = resolver;
        this.idByPath = idByPath;
    }

    /** @param knownHash the hash the index holds, when the file was indexed before */
    FileUpdate read(int id, VaultFile file, OptionalLong knownHash) {
        long readAt = System.currentTimeMillis();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(root.resolve(file.path()));
        } catch (NoSuchFileException e) {
            return new FileUpdate.Vanished(id, file.path(), knownHash.isEmpty());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not read " + file.path() + ": " + e);
            if (knownHash.isPresent()) {
                return new FileUpdate.Unreadable(id, file.path()); // keep what the index knows; retried next sync
            }
            return parsed(id, file, new byte[0], 0L, readAt, true, "could not be read: " + e);
        }
        long hash = ContentHash.of(bytes);
        if (knownHash.isPresent() && knownHash.getAsLong() == hash) {
            return new FileUpdate.Touched(id, new VaultFile(file.path(), bytes.length, file.modifiedMillis()), readAt);
        }
        return parsed(id, file, bytes, hash, readAt, knownHash.isEmpty(), null);
    }

    private FileUpdate parsed(int id, VaultFile file, byte[] bytes, long hash, long readAt, boolean isNew,
                              String problem) {
        VaultFile seen = new VaultFile(file.path(), bytes.length, file.modifiedMillis());
        if (!file.isNote()) {
            return new FileUpdate.Parsed(new ParsedFile(id, seen, hash, readAt,
                    NoteRows.attachment(id, seen, hash, readAt)), isNew);
        }
        ParsedNote note;
        byte[] parsedFrom = bytes;
        DecodedLines text;
        try {
            text = DECODER.decodeLines(bytes);
            note = PARSER.get().parse(file.path(), text);
        } catch (RuntimeException | StackOverflowError e) {
            // One pathological note must not stop a vault from opening: it is indexed empty, with the reason.
            LOG.log(System.Logger.Level.WARNING, "could not parse " + file.path(), e);
            parsedFrom = new byte[0];
            text = DECODER.decodeLines(parsedFrom);
            note = PARSER.get().parse(file.path(), text);
            problem = "could not be parsed: " + e;
        }
        if (problem != null) {
            List<String> warnings = new ArrayList<>(note.warnings());
            warnings.add(problem);
            note = new ParsedNote(note.path(), note.damage(), warnings, note.frontmatter(), note.properties(),
                    note.headings(), note.tasks(), note.links(), note.tags());
        }
        List<Integer> targets = new ArrayList<>(note.links().size());
        for (Link link : note.links()) {
            targets.add(targetId(link, file.path()).orElse(null));
        }
        boolean person = OwnerNames.isPersonNote(file.path(), note.properties().type());
        byte[] body = BodyBytes.of(parsedFrom, text, note);
        return new FileUpdate.Parsed(new ParsedFile(id, seen, hash, readAt,
                NoteRows.of(id, seen, hash, readAt, note, targets, person, body)), isNew);
    }

    private Optional<Integer> targetId(Link link, String sourcePath) {
        Map<String, Optional<Integer>> known = byBareName.get();
        Optional<Integer> target = link.kind() == LinkKind.MARKDOWN ? null : known.get(link.target());
        if (target != null) {
            return target;
        }
        target = resolver.resolve(link, sourcePath).map(idByPath::get);
        if (link.kind() != LinkKind.MARKDOWN && !sharedNames.get().contains(link.target())) {
            if (resolver.resolvesAlikeEverywhere(link)) {
                known.put(link.target(), target);
            } else {
                sharedNames.get().add(link.target());
            }
        }
        return target;
    }
}
