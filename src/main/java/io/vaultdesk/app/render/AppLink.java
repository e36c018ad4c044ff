package io.vaultdesk.app.render;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * One of the app's own links, parsed from an href the page navigated to (see {@link AppLinks}).
 *
 * @param target the vault-relative path ({@link Kind#NOTE}), the target as written ({@link Kind#CREATE}), or empty
 *               ({@link Kind#HEADING}: a heading of the page itself)
 * @param anchor a heading slug, or {@code ^blockid}; empty when the link is to the whole note
 * @param line   a 1-based file line to scroll to, when the link names one
 */
public record AppLink(Kind kind, String target, Optional<String> anchor, OptionalInt line) {
    public enum Kind {
        /** Open a note (or an attachment) that exists. */
        NOTE,
        /** The link's target does not exist yet: offer to create it. */
        CREATE,
        /** Scroll the page to one of its own headings. */
        HEADING
    }
}
