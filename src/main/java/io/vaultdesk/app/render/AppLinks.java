package io.vaultdesk.app.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Builds and parses the app's own hrefs: {@code vaultdesk://note/<path>[?line=N][#anchor]},
 * {@code vaultdesk://create/<target>} and {@code vaultdesk://heading/<slug>}.
 * <p>
 * Paths are percent-encoded whole, '/' included: the path is then one opaque segment that no URL parser normalises
 * ("a/../b" cannot be rewritten by WebKit on the way back). {@link #parse} accepts only what {@link #noteHref} and
 * its siblings could have produced for a path inside the vault, so the app may act on a parsed link without
 * re-checking it for "..", absolute paths or control characters.
 */
public final class AppLinks {
    public static final String SCHEME = "vaultdesk";
    private static final String PREFIX = SCHEME + "://";
    private static final String NOTE = "note";
    private static final String CREATE = "create";
    private static final String HEADING = "heading";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private AppLinks() {
    }

    public static String noteHref(String path) {
        return PREFIX + NOTE + "/" + encode(path);
    }

    /** @param anchor a heading slug or {@code ^blockid}; empty for the top of the note */
    public static String noteHref(String path, String anchor) {
        return anchor.isEmpty() ? noteHref(path) : noteHref(path) + "#" + encode(anchor);
    }

    public static String noteLineHref(String path, int line) {
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1-based: " + line);
        }
        return noteHref(path) + "?line=" + line;
    }

    public static String createHref(String target) {
        return PREFIX + CREATE + "/" + encode(target);
    }

    public static String headingHref(String slug) {
        return PREFIX + HEADING + "/" + encode(slug);
    }

    /** True when the href uses the app's scheme, whether or not it is a valid app link. */
    public static boolean isAppHref(String href) {
        return href.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /** The app link the href stands for; empty when it is not one, or names a path outside the vault. */
    public static Optional<AppLink> parse(String href) {
        if (href == null || !isAppHref(href)) {
            return Optional.empty();
        }
        String rest = href.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String kind = rest.substring(0, slash);
        String tail = rest.substring(slash + 1);
        String fragment = null;
        int hash = tail.indexOf('#');
        if (hash >= 0) {
            fragment = tail.substring(hash + 1);
            tail = tail.substring(0, hash);
        }
        String query = null;
        int question = tail.indexOf('?');
        if (question >= 0) {
            query = tail.substring(question + 1);
            tail = tail.substring(0, question);
        }
        Optional<String> target = decode(tail);
        Optional<String> anchor = fragment == null || fragment.isEmpty() ? Optional.empty() : decode(fragment);
        if (target.isEmpty() || (fragment != null && !fragment.isEmpty() && anchor.isEmpty())) {
            return Optional.empty();
        }
        switch (kind.toLowerCase(java.util.Locale.ROOT)) {
            case NOTE -> {
                OptionalInt line = line(query);
                if (!isVaultPath(target.get()) || (query != null && line.isEmpty())) {
                    return Optional.empty();
                }
                return Optional.of(new AppLink(AppLink.Kind.NOTE, target.get(), anchor, line));
            }
            case CREATE -> {
                if (!isVaultPath(target.get()) || query != null || fragment != null) {
                    return Optional.empty();
                }
                return Optional.of(new AppLink(AppLink.Kind.CREATE, target.get(), Optional.empty(), OptionalInt.empty()));
            }
            case HEADING -> {
                if (target.get().isEmpty() || query != null || fragment != null || hasControl(target.get())) {
                    return Optional.empty();
                }
                return Optional.of(new AppLink(AppLink.Kind.HEADING, "", target, OptionalInt.empty()));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /**
     * A relative path that stays inside the vault: not empty, no leading '/', no '\', no "." or ".." segment,
     * no empty segment, no control character.
     */
    static boolean isVaultPath(String path) {
        if (path.isEmpty() || path.indexOf('\\') >= 0 || hasControl(path)) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isBlank() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static OptionalInt line(String query) {
        if (query == null || !query.startsWith("line=")) {
            return OptionalInt.empty();
        }
        String digits = query.substring(5);
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalInt.empty();
        }
        int line = Integer.parseInt(digits);
        return line < 1 ? OptionalInt.empty() : OptionalInt.of(line);
    }

    /** Percent-encodes every byte of the UTF-8 form except RFC 3986's unreserved characters. */
    static String encode(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    /** Strict: a '%' not followed by two hex digits, or bytes that are not UTF-8, make the whole link invalid. */
    static Optional<String> decode(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                int lo = hi >= 0 ? Character.digit(s.charAt(i + 2), 16) : -1;
                if (lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c > 0x7F) {
                // We never write raw non-ASCII, but an href typed into a note may have it: read it as its UTF-8.
                int cp = s.codePointAt(i);
                byte[] utf8 = Character.toString(cp).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
                i += Character.charCount(cp) - 1;
            } else {
                bytes.write(c);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
