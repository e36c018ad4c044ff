package io.vaultdesk.app.render;

/**
 * Where a link on the page goes. A null {@code url} means the link is not followed: it is written as a span, so
 * nothing the note says can make the page navigate somewhere the app did not allow.
 */
record Href(String url, String cssClass, String title) {
    static Href blocked(String why) {
        return new Href(null, "link-blocked", why);
    }

    boolean navigates() {
        return url != null;
    }

    String open() {
        StringBuilder out = new StringBuilder(64);
        out.append(navigates() ? "<a" : "<span").append(" class=\"").append(cssClass).append('"');
        if (navigates()) {
            out.append(" href=\"").append(Html.escape(url)).append('"');
        }
        if (title != null && !title.isEmpty()) {
            out.append(" title=\"").append(Html.escape(title)).append('"');
        }
        return out.append('>').toString();
    }

    String close() {
        return navigates() ? "</a>" : "</span>";
    }

    /** The whole link with a plain-text label. */
    String wrap(String text) {
        return open() + Html.escape(text) + close();
    }
}
