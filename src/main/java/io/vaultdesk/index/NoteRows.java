package io.vaultdesk.index;

import io.vaultdesk.vault.Damage;
import io.vaultdesk.vault.Heading;
import io.vaultdesk.vault.NoteProperties;
import io.vaultdesk.vault.ParsedNote;
import io.vaultdesk.vault.TaskLine;
import io.vaultdesk.vault.VaultFile;
import io.vaultdesk.vault.VaultPaths;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One file's rows, column values in the tables' order ({@link Schema}). They are built on the parsing pool, so
 * that the single writer thread, which bounds a full build, only hands ready values to H2.
 *
 * @param tasks     its tasks, in line order
 * @param taskRow   its row of the tasks table, the tasks packed ({@link PackedTasks}); null when it has none
 * @param links     its links in order, each with the note it resolves to if any (at most {@link Schema#PER_NOTE})
 * @param linkRow   its row of the links table, the links packed ({@link PackedLinks}); null when it has none
 * @param text      the note's row of the full-text table (its body, properties and headings in UTF-8); null for an
 *                  attachment
 * @param person    a person note's name and aliases, lower-case ({@link OwnerLedger}); null for any other file
 * @param ownerRuns the distinct owner runs of its tasks, as written after '@'
 */
record NoteRows(Object[] note, List<TaskLine> tasks, Object[] taskRow, List<StoredLink> links, Object[] linkRow,
                Object[] text, OwnerLedger.PersonNames person, Set<String> ownerRuns) {
    /** The columns {@link ReportTally} counts, by table. */
    static final int NOTE_ID = 0;
    static final int NOTE_PATH = 1;
    static final int NOTE_NAME = 2;
    static final int NOTE_IS_NOTE = 4;
    static final int NOTE_IS_MEETING = 12;
    static final int NOTE_ACCOUNTS = 14;
    static final int NOTE_DAMAGE = 18;

    static NoteRows attachment(int id, VaultFile file, long hash, long readAt) {
        return new NoteRows(noteRow(id, file, hash, readAt, null, false, 0, 0), List.of(), null, List.of(), null,
                null, null, Set.of());
    }

    /**
     * @param targets for each of the note's links in order, the id it resolves to, or null
     * @param body    the body in UTF-8 ({@link BodyBytes})
     */
    static NoteRows of(int id, VaultFile file, long hash, long readAt, ParsedNote n, List<Integer> targets,
                       boolean person, byte[] body) {
        List<TaskLine> tasks = n.tasks();
        Set<String> runs = new HashSet<>();
        int open = 0;
        for (TaskLine t : tasks) {
            open += t.status().isOpen() ? 1 : 0;
            if (!t.ownerRun().isEmpty()) {
                runs.add(t.ownerRun());
            }
        }
        Object[] taskRow = tasks.isEmpty() ? null : new Object[] {id, PackedTasks.pack(tasks)};
        int count = Math.min(n.links().size(), Schema.PER_NOTE);
        List<StoredLink> links = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            links.add(StoredLink.of(n.links().get(k), targets.get(k)));
        }
        Object[] linkRow = links.isEmpty() ? null : new Object[] {id, PackedLinks.pack(links)};
        Object[] text = {id, body, utf8(properties(n)), utf8(headings(n))};
        Object[] note = noteRow(id, file, hash, readAt, n, person, open, tasks.size());
        return new NoteRows(note, tasks, taskRow, links, linkRow, text,
                // the aliases as the column holds them, so that a ledger loaded from the index reads the same
                person ? OwnerLedger.PersonNames.of(VaultPaths.name(file.path()),
                        MultiValue.split(MultiValue.join(n.properties().aliases()))) : null,
                runs);
    }

    /** Plain loops and builders rather than streams: this runs once per file of a full build. */
    private static Object[] noteRow(int id, VaultFile file, long hash, long readAt, ParsedNote n, boolean person,
                                    int openTasks, int tasks) {
        String path = file.path();
        NoteProperties p = n == null ? NoteProperties.NONE : n.properties();
        return new Object[] {
            id, path, VaultPaths.name(path), VaultPaths.folder(path), file.isNote(), file.size(),
            file.modifiedMillis(), hash, readAt, title(n, path), p.type().orElse(null), p.date().orElse(null),
            p.isMeeting(), person, MultiValue.join(p.accounts()), MultiValue.join(p.participants()),
            MultiValue.join(p.aliases()),
            n == null ? "" : MultiValue.join(n.tags()),
            n == null ? "" : damage(n),
            n == null ? "" : MultiValue.join(n.warnings()), openTasks, tasks};
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** "level line text", one per heading. */
    private static String headings(ParsedNote n) {
        StringBuilder out = new StringBuilder();
        for (Heading h : n.headings()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(h.level()).append(' ').append(h.line()).append(' ');
            MultiValue.appendValue(out, h.text());
        }
        return out.toString();
    }

    /** "key\tvalue", one per value, in the order written. */
    private static String properties(ParsedNote n) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<String>> e : n.frontmatter().values().entrySet()) {
            String key = e.getKey().replace('\t', ' ');
            for (String v : e.getValue()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                MultiValue.appendValue(out, key);
                out.append('\t');
                MultiValue.appendValue(out, v.replace('\t', ' '));
            }
        }
        return out.toString();
    }

    /** The damage names, sorted, comma-separated. */
    private static String damage(ParsedNote n) {
        if (n.damage().isEmpty()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (Damage d : n.damage()) {
            names.add(d.name());
        }
        names.sort(null);
        return String.join(",", names);
    }

    private static String title(ParsedNote n, String path) {
        if (n != null) {
            Optional<String> title = n.properties().title();
            if (title.isPresent()) {
                return title.get();
            }
            for (Heading h : n.headings()) {
                if (h.level() == 1) {
                    return h.text();
                }
            }
        }
        return VaultPaths.name(path);
    }
}
