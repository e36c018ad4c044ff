package io.vaultdesk.app.render;

import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which vault files the page shows as images, and how: as {@code data:} URIs, the only images the page's
 * Content-Security-Policy admits. SVG is included: inside an {@code <img>} WebKit never runs an SVG's scripts, and
 * the page never puts SVG anywhere else.
 */
final class Images {
    /** Past this an image is shown as a placeholder: base64 makes the page a third larger than the file. */
    static final int MAX_BYTES = 8 * 1024 * 1024;

    private static final Map<String, String> TYPES = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif",
            "webp", "image/webp", "svg", "image/svg+xml", "bmp", "image/bmp", "avif", "image/avif");

    private Images() {
    }

    static boolean isImage(String path) {
        return mimeType(path).isPresent();
    }

    static Optional<String> mimeType(String path) {
        int dot = path.lastIndexOf('.');
        if (dot < 0 || dot < path.lastIndexOf('/')) {
            return Optional.empty();
        }
        return Optional.ofNullable(TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** The data URI of the image, or empty when it is not an image, unreadable, empty or too large. */
    static Optional<String> dataUri(String path, RenderContext context) {
        Optional<String> type = mimeType(path);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        return context.readAttachment(path)
                .filter(bytes -> bytes.length > 0 && bytes.length <= MAX_BYTES)
                .map(bytes -> "data:" + type.get() + ";base64," + Base64.getEncoder().encodeToString(bytes));
    }

    /**
     * Obsidian's size after the pipe: "300" is a width, "300x200" width and height. Anything else is not a size
     * (it is alt text).
     */
    static Optional<int[]> size(String spec) {
        String s = spec.strip();
        int x = s.indexOf('x');
        String w = x < 0 ? s : s.substring(0, x);
        String h = x < 0 ? "" : s.substring(x + 1);
        if (!isPixels(w) || (x >= 0 && !isPixels(h))) {
            return Optional.empty();
        }
        return Optional.of(x < 0 ? new int[] {Integer.parseInt(w)} : new int[] {Integer.parseInt(w), Integer.parseInt(h)});
    }

    private static boolean isPixels(String s) {
        return !s.isEmpty() && s.length() <= 5 && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
