package io.vaultdesk.app.render;

import io.vaultdesk.vault.Link;
import io.vaultdesk.vault.LinkResolver;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A vault in memory, resolving links with the index's own {@link LinkResolver}. */
final class MemoryVault implements RenderContext {
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private LinkResolver resolver = new LinkResolver(files.keySet());

    MemoryVault note(String path, String text) {
        return file(path, text.getBytes(StandardCharsets.UTF_8));
    }

    MemoryVault file(String path, byte[] bytes) {
        files.put(path, bytes);
        resolver = new LinkResolver(files.keySet());
        return this;
    }

    @Override
    public Optional<String> resolve(Link link, String sourcePath) {
        return resolver.resolve(link, sourcePath);
    }

    @Override
    public Optional<String> readNoteText(String path) {
        return Optional.ofNullable(files.get(path)).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    @Override
    public Optional<byte[]> readAttachment(String path) {
        return Optional.ofNullable(files.get(path));
    }
}
