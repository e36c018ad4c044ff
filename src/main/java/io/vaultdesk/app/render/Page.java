package io.vaultdesk.app.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The document around a rendered note: the security policy, the stylesheet and the theme. */
final class Page {
    /**
     * No script of any kind, no network: images only as data: URIs, styles only from the page itself.
     * {@code form-action} and {@code base-uri} are not covered by default-src, so they are closed separately.
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; img-src data:; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'";

    private static final String STYLESHEET = load("note.css");

    private Page() {
    }

    static String html(String title, String path, Theme theme, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\" class=\"" + theme.cssClass() + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CONTENT_SECURITY_POLICY + "\">\n"
                + "<meta name=\"color-scheme\" content=\"" + theme.colorScheme() + "\">\n"
                + "<title>" + Html.escape(title) + "</title>\n"
                + "<style>\n" + STYLESHEET + "</style>\n</head>\n<body>\n"
                + "<article class=\"note\" data-path=\"" + Html.escape(path) + "\">\n" + body + "</article>\n"
                + "</body>\n</html>\n";
    }

    private static String load(String name) {
        try (InputStream in = Page.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
