package io.vaultdesk.app.render;

import io.vaultdesk.vault.Link;
import io.vaultdesk.vault.LinkKind;
import io.vaultdesk.vault.LinkResolver;
import io.vaultdesk.vault.VaultPaths;
import java.util.Optional;

/** Turns links as written in one note into hrefs: resolved through the app, checked against the allow-list. */
final class LinkWriter {
    private final RenderContext context;
    private final String sourcePath;

    LinkWriter(RenderContext context, String sourcePath) {
        this.context = context;
        this.sourcePath = sourcePath;
    }

    /** The resolved vault path of a wiki-link or embed, when it stays inside the vault and exists. */
    Optional<String> resolve(Link link) {
        if (!isSafeTarget(link.target())) {
            return Optional.empty();
        }
        return context.resolve(link, sourcePath);
    }

    /** {@code [[T]]}, {@code [[T|alias]]}, {@code [[T#H]]}, {@code [[T#^b]]}, {@code [[#H]]}. */
    Href wiki(Link link) {
        if (link.isSelfReference()) {
            return link.subpath().isEmpty() ? Href.blocked("Empty link")
                    : new Href(AppLinks.headingHref(anchor(link.subpath())), "internal", null);
        }
        if (!isSafeTarget(link.target())) {
            return Href.blocked("Link not followed: " + link.target());
        }
        Optional<String> resolved = context.resolve(link, sourcePath);
        if (resolved.isPresent()) {
            return new Href(AppLinks.noteHref(resolved.get(), anchor(link.subpath())), "internal", resolved.get());
        }
        String target = stripLeadingSlash(link.target());
        return AppLinks.isVaultPath(target)
                ? new Href(AppLinks.createHref(target), "unresolved", "Not created yet: " + target)
                : Href.blocked("Link not followed: " + link.target());
    }

    /** A Markdown link's destination; {@code text} is the link's text (Obsidian resolves it like any link). */
    Href markdown(String url, String text, int line) {
        Destinations.Destination d = Destinations.classify(url, VaultPaths.folder(sourcePath));
        return switch (d.kind()) {
            case WEB -> new Href(d.value(), "external", d.value());
            case MAIL -> new Href(d.value(), "external mail", d.value());
            case APP -> new Href(d.value(), "internal", null);
            case FRAGMENT -> new Href(AppLinks.headingHref(anchor(d.value())), "internal", null);
            case LOCAL -> local(d, text, line);
            case BLOCKED -> Href.blocked("Link not followed: " + d.value());
        };
    }

    private Href local(Destinations.Destination d, String text, int line) {
        Link link = new Link(line, LinkKind.MARKDOWN, d.value(), d.fragment(), text);
        Optional<String> resolved = context.resolve(link, sourcePath);
        if (resolved.isPresent()) {
            return new Href(AppLinks.noteHref(resolved.get(), anchor(d.fragment())), "internal", resolved.get());
        }
        String name = d.vaultPath().substring(d.vaultPath().lastIndexOf('/') + 1);
        boolean noteLike = VaultPaths.isNote(name) || name.indexOf('.') < 0;
        return noteLike && AppLinks.isVaultPath(d.vaultPath())
                ? new Href(AppLinks.createHref(d.vaultPath()), "unresolved", "Not created yet: " + d.vaultPath())
                : Href.blocked("Not in the vault: " + d.value());
    }

    /** How Obsidian labels a wiki-link without an alias: the target as written, "T > Heading" for a subpath. */
    static String display(Link link) {
        if (!link.display().isBlank()) {
            return link.display();
        }
        String sub = link.subpath().isEmpty() ? "" : String.join(" > ", link.subpath().split("#"));
        if (link.target().isEmpty()) {
            return sub;
        }
        return sub.isEmpty() ? link.target() : link.target() + " > " + sub;
    }

    /** The fragment an app link carries: a block id as written ("^abc"), else the last heading's slug. */
    static String anchor(String subpath) {
        if (subpath.isBlank()) {
            return "";
        }
        String last = subpath.substring(subpath.lastIndexOf('#') + 1).strip();
        if (last.startsWith("^")) {
            return last;
        }
        return last.isEmpty() ? "" : Slugs.slug(last);
    }

    /** A target with ".." that climbs out of the vault, or a control character, never reaches the resolver. */
    private boolean isSafeTarget(String target) {
        for (int i = 0; i < target.length(); i++) {
            if (Character.isISOControl(target.charAt(i))) {
                return false;
            }
        }
        if (!target.contains("..")) {
            return true;
        }
        String folder = VaultPaths.folder(sourcePath);
        String fromRoot = target.startsWith("/") ? target.substring(1) : folder.isEmpty() ? target : folder + "/" + target;
        return LinkResolver.normalise(fromRoot).filter(p -> !p.isEmpty()).isPresent();
    }

    private static String stripLeadingSlash(String s) {
        return s.startsWith("/") ? s.substring(1) : s;
    }
}
