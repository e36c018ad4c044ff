package io.vaultdesk.app;

import io.vaultdesk.app.render.NoteHtmlRenderer;
import io.vaultdesk.app.render.RenderContext;
import io.vaultdesk.app.render.RenderedNote;
import io.vaultdesk.app.render.RenderedTask;
import io.vaultdesk.app.render.Theme;
import io.vaultdesk.index.IndexedNote;
import io.vaultdesk.vault.ContentHash;
import io.vaultdesk.vault.DecodedText;
import io.vaultdesk.vault.Link;
import io.vaultdesk.vault.LinkResolver;
import io.vaultdesk.vault.NoteParser;
import io.vaultdesk.vault.ParsedNote;
import io.vaultdesk.vault.TextDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Reads a note from disk and renders it for the reader. It remembers the tasks of the pages it rendered, so a
 * tick names the task the user saw: its description finds it again if the file changed since.
 */
final class NoteReader {
    private final VaultFiles files;
    private final Supplier<VaultCatalog> catalog;
    private final TextDecoder decoder = new TextDecoder();
    private final NoteParser parser = new NoteParser();
    private final Map<String, String> shownTasks = new ConcurrentHashMap<>();
    private volatile VaultCatalog resolverFor;
    private volatile LinkResolver resolver;

    NoteReader(Path root, Supplier<VaultCatalog> catalog) {
        this.files = new VaultFiles(root);
        this.catalog = catalog;
    }

    NoteView read(String path, boolean dark) throws VaultException {
        byte[] bytes = files.read(path).orElseThrow(() -> new VaultException("cannot read " + path));
        DecodedText text = decoder.decode(bytes);
        RenderedNote page = new NoteHtmlRenderer(new Context()).render(path, text.text(), dark ? Theme.DARK : Theme.LIGHT);
        for (RenderedTask t : page.tasks()) {
            shownTasks.put(t.path() + "\n" + t.line(), t.task().description());
        }
        Optional<IndexedNote> indexed = catalog.get().byPath(path);
        ParsedNote parsed = parser.parse(path, bytes);
        List<String> damage = new ArrayList<>();
        parsed.damage().forEach(d -> damage.add(d.name()));
        String title = indexed.map(IndexedNote::title).orElse(io.vaultdesk.vault.VaultPaths.name(path));
        return new NoteView(path, title, page.html(), ContentHash.of(bytes), damage, parsed.warnings(),
                Files.isDirectory(files.root().resolve(".obsidian")), page.blockLines());
    }

    /** The description of a task the reader showed at that line of that note. */
    Optional<String> shownTask(String path, int line) {
        return Optional.ofNullable(shownTasks.get(path + "\n" + line));
    }

    Optional<Path> file(String path) {
        return files.inside(path);
    }

    private LinkResolver resolver() {
        VaultCatalog c = catalog.get();
        if (c != resolverFor) {
            List<String> paths = new ArrayList<>();
            c.allPaths().forEach(paths::add);
            resolver = new LinkResolver(paths);
            resolverFor = c;
        }
        return resolver;
    }

    private final class Context implements RenderContext {
        @Override
        public Optional<String> resolve(Link link, String sourcePath) {
            return resolver().resolve(link, sourcePath);
        }

        @Override
        public Optional<String> readNoteText(String path) {
            return files.read(path).map(b -> decoder.decode(b).text());
        }

        @Override
        public Optional<byte[]> readAttachment(String path) {
            return files.read(path);
        }
    }
}
