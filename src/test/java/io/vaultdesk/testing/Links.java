package io.vaultdesk.testing;

import java.util.Locale;
import java.util.Random;

/** Writes links in the spellings Obsidian users use, and records on the note what each one counts as. */
final class Links {
    private static final int DANGLING_PERCENT = 3;

    private final Random random;
    private final Prose prose;
    private final VaultPools pools;

    Links(Random random, Prose prose, VaultPools pools) {
        this.random = random;
        this.prose = prose;
        this.pools = pools;
    }

    /** A wiki link to the target, or now and then one to a name that no note has instead. */
    String wikiOrDangling(NoteDraft note, NoteTarget target) {
        return random.nextInt(100) < DANGLING_PERCENT ? unresolved(note, pools.unresolvedTarget()) : wiki(note, target);
    }

    /** A wiki link or embed to an existing note: plain, aliased, by path, to a heading, or embedded. */
    String wiki(NoteDraft note, NoteTarget target) {
        note.bodyLink(new LinkFact(target.name(), true));
        int roll = random.nextInt(100);
        if (roll < 55) {
            return "[[" + target.name() + "]]";
        }
        if (roll < 67) {
            return "[[" + target.name() + "|" + alias(target) + "]]";
        }
        if (roll < 77) {
            return "[[" + target.wikiPath() + "]]";
        }
        if (roll < 85) {
            return "[[" + target.name() + "#" + prose.heading() + "]]";
        }
        if (roll < 92) {
            return "![[" + target.name() + "]]";
        }
        if (roll < 96) {
            return "[[" + target.name() + "#" + prose.heading() + "|" + alias(target) + "]]";
        }
        return "![[" + target.wikiPath() + "#" + prose.heading() + "]]";
    }

    /** A wiki link to a name no note has; it is reported as written, without alias or heading. */
    String unresolved(NoteDraft note, String name) {
        note.bodyLink(new LinkFact(name, false));
        int roll = random.nextInt(100);
        if (roll < 60) {
            return "[[" + name + "]]";
        }
        return roll < 80 ? "[[" + name + "|" + name.toLowerCase(Locale.ROOT) + "]]" : "[[" + name + "#" + prose.heading() + "]]";
    }

    /** A Markdown link to the note's file, relative to the linking note's folder, with spaces as %20. */
    String markdown(NoteDraft note, String fromFolder, NoteTarget target) {
        note.bodyLink(new LinkFact(target.name(), true));
        String upToRoot = "../".repeat(fromFolder.isEmpty() ? 0 : fromFolder.split("/").length);
        return "[" + target.name() + "](" + upToRoot + target.path().replace(" ", "%20") + ")";
    }

    /** A frontmatter property value that links, e.g. `"[[Contoso]]"` or `"[[Contoso|Contoso team]]"`. */
    String frontmatter(NoteDraft note, NoteTarget target) {
        note.frontmatterLink(new LinkFact(target.name(), true));
        return random.nextInt(100) < 85 ? "\"[[" + target.name() + "]]\""
                : "\"[[" + target.name() + "|" + alias(target) + "]]\"";
    }

    private String alias(NoteTarget target) {
        String name = target.name();
        int space = name.indexOf(' ');
        return space > 0 ? name.substring(0, space) : name.toLowerCase(Locale.ROOT);
    }
}
