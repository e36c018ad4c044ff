package io.vaultdesk.vault;

import java.util.List;
import java.util.Set;

/**
 * Everything the index keeps of one note.
 *
 * @param path     vault-relative, '/'-separated
 * @param warnings one line per problem, for the user
 */
public record ParsedNote(
        String path,
        Set<Damage> damage,
        List<String> warnings,
        Frontmatter frontmatter,
        NoteProperties properties,
        List<Heading> headings,
        List<TaskLine> tasks,
        List<Link> links,
        List<String> tags) {

    public ParsedNote {
        damage = Set.copyOf(damage);
        warnings = List.copyOf(warnings);
        headings = List.copyOf(headings);
        tasks = List.copyOf(tasks);
        links = List.copyOf(links);
        tags = List.copyOf(tags);
    }
}
