package io.vaultdesk.app.render;

/** Escaping for text and attribute values; every string from a note reaches the page through here or flexmark. */
final class Html {
    private Html() {
    }

    /** Safe both as element text and inside a double- or single-quoted attribute value. */
    static String escape(CharSequence s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep == null && c < 0x20 && c != '\n' && c != '\t') {
                rep = " "; // control characters have no business in a page and some confuse WebKit's tokenizer
            }
            if (rep != null) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                out.append(rep);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s.toString() : out.toString();
    }
}
