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
import java.util.function.Supplier;

/**
 * Reads a note from disk and renders it for the reader. It remembers the tasks of the pages it rendered, so a
 * tick names the task the user saw: its description finds it again if the file changed since.
 */
final class NoteReader {
    private static final long MAX_ATTACHMENT = 8L << 20;
    private final VaultFiles files;
    private final Supplier<VaultCatalog> catalog;
    private final TextDecoder decoder = new TextDecoder();
    private final NoteParser parser = new NoteParser();
    /** The tasks of the last pages rendered, by page and the hash of its bytes: a tick names the page it was on. */
    private final Map<String, Map<String, String>> shownTasks = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Map<String, String>> eldest) {
                    return size() > 32;
                }
            });
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
        Map<String, String> tasks = new java.util.HashMap<>();
        for (RenderedTask t : page.tasks()) {
            tasks.put(t.path() + "\n" + t.line(), t.task().description());
        }
        long hash = ContentHash.of(bytes);
        shownTasks.put(path + "\n" + hash, tasks);
        Optional<IndexedNote> indexed = catalog.get().byPath(path);
        ParsedNote parsed = parser.parse(path, text); // decoded once, above
        List<String> damage = new ArrayList<>();
        parsed.damage().forEach(d -> damage.add(d.name()));
        String title = indexed.map(IndexedNote::title).orElse(io.vaultdesk.vault.VaultPaths.name(path));
        return new NoteView(path, title, page.html(), hash, damage, parsed.warnings(),
                Files.isDirectory(files.root().resolve(".obsidian")), page.blockLines());
    }

    /** Text the editor holds, rendered as the note would be; its checkboxes tick nothing until it is saved. */
    String preview(String path, String text, boolean dark) {
        return new NoteHtmlRenderer(new Context()).render(path, text, dark ? Theme.DARK : Theme.LIGHT).html();
    }

    /**
     * The description of the task a page showed at that line of that note (the page's own, or an embedded one's).
     *
     * @param pageHash the hash of the page's bytes as rendered: a later render of the same note is another page
     */
    Optional<String> shownTask(String pagePath, long pageHash, String taskPath, int line) {
        Map<String, String> tasks = shownTasks.get(pagePath + "\n" + pageHash);
        return tasks == null ? Optional.empty() : Optional.ofNullable(tasks.get(taskPath + "\n" + line));
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

        /** Images are inlined up to the renderer's limit; a bigger file is not even read. */
        @Override
        public Optional<byte[]> readAttachment(String path) {
            return files.size(path).filter(size -> size <= MAX_ATTACHMENT).flatMap(size -> files.read(path));
        }
    }
}
