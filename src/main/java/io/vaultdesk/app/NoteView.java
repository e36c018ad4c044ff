package io.vaultdesk.app;

import java.util.List;

/**
 * A note ready for the reader: its rendered page and what the window shows around it.
 *
 * @param hash      the content hash of the bytes rendered; a tick is written only against these bytes
 * @param damage    encoding or YAML problems, for the banner ("MOJIBAKE", "INVALID_UTF8", "BROKEN_YAML")
 * @param obsidian  the vault has an {@code .obsidian} folder, so "Open in Obsidian" makes sense
 * @param blockLines block ids (without '^') to the file line that carries them, for {@code [[Note#^id]]}
 */
public record NoteView(String path, String title, String html, long hash, List<String> damage,
                       List<String> warnings, boolean obsidian, java.util.Map<String, Integer> blockLines) {
    public NoteView {
        damage = List.copyOf(damage);
        warnings = List.copyOf(warnings);
        blockLines = java.util.Map.copyOf(blockLines);
    }

    public boolean mojibake() {
        return damage.contains("MOJIBAKE");
    }
}
