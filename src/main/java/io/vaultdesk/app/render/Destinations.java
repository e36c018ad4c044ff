package io.vaultdesk.app.render;

import io.vaultdesk.vault.LinkResolver;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts the destination of a Markdown link or image by what the page may do with it. The rule is an allow-list:
 * http(s), mailto, the app's own scheme, an in-page fragment, or a path inside the vault. Any other scheme
 * ({@code javascript:}, {@code file:}, {@code data:}, {@code C:\...}) is blocked, and so is anything with a control
 * character (WebKit strips tabs and newlines from URLs, which is how {@code java\tscript:} gets through filters).
 */
final class Destinations {
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    enum Kind { WEB, MAIL, APP, FRAGMENT, LOCAL, BLOCKED }

    /**
     * @param value      for WEB, MAIL and APP the URL to write; for FRAGMENT the decoded fragment; for LOCAL the
     *                   decoded path as written; for BLOCKED the original destination
     * @param fragment   for LOCAL, what followed '#', decoded
     * @param vaultPath  for LOCAL, the path from the vault root with "." and ".." resolved; else empty
     */
    record Destination(Kind kind, String value, String fragment, String vaultPath) {
        Destination(Kind kind, String value, String fragment) {
            this(kind, value, fragment, "");
        }
    }

    private Destinations() {
    }

    static Destination classify(String raw, String sourceFolder) {
        String url = raw.strip();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return blocked(raw);
            }
        }
        Matcher m = SCHEME.matcher(url);
        if (m.find()) {
            String scheme = m.group(1).toLowerCase(Locale.ROOT);
            return switch (scheme) {
                case "http", "https" -> url.startsWith("//", m.end()) ? new Destination(Kind.WEB, url, "") : blocked(raw);
                case "mailto" -> url.length() > m.end() ? new Destination(Kind.MAIL, url, "") : blocked(raw);
                case AppLinks.SCHEME -> AppLinks.parse(url).map(link -> new Destination(Kind.APP, rebuild(link), ""))
                        .orElseGet(() -> blocked(raw));
                default -> blocked(raw);
            };
        }
        if (url.startsWith("#")) {
            return url.length() > 1 ? new Destination(Kind.FRAGMENT, lenientDecode(url.substring(1)), "") : blocked(raw);
        }
        if (url.startsWith("//") || url.isEmpty()) {
            return blocked(raw); // protocol-relative: would leave the vault
        }
        String path = url;
        String fragment = "";
        int hash = path.indexOf('#');
        if (hash >= 0) {
            fragment = lenientDecode(path.substring(hash + 1));
            path = path.substring(0, hash);
        }
        path = lenientDecode(path);
        String fromRoot = path.startsWith("/") ? path.substring(1) : sourceFolder.isEmpty() ? path : sourceFolder + "/" + path;
        Optional<String> normalised = LinkResolver.normalise(fromRoot);
        if (normalised.isEmpty() || normalised.get().isEmpty() || path.indexOf('\\') >= 0) {
            return blocked(raw);
        }
        return new Destination(Kind.LOCAL, path, fragment, normalised.get());
    }

    private static Destination blocked(String raw) {
        return new Destination(Kind.BLOCKED, raw, "");
    }

    /** An app link written in a note is written back in our own canonical form, never as the note spelled it. */
    private static String rebuild(AppLink link) {
        return switch (link.kind()) {
            case NOTE -> link.line().isPresent() ? AppLinks.noteLineHref(link.target(), link.line().getAsInt())
                    : AppLinks.noteHref(link.target(), link.anchor().orElse(""));
            case CREATE -> AppLinks.createHref(link.target());
            case HEADING -> AppLinks.headingHref(link.anchor().orElse(""));
        };
    }

    /** "My%20Note.md" → "My Note.md"; a stray '%' is kept as written, as Obsidian does. */
    static String lenientDecode(String s) {
        return s.indexOf('%') < 0 ? s : AppLinks.decode(s).orElse(s);
    }
}
