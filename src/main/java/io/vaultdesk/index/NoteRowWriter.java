package io.vaultdesk.index;

import io.vaultdesk.vault.Damage;
import io.vaultdesk.vault.Heading;
import io.vaultdesk.vault.Link;
import io.vaultdesk.vault.LinkResolver;
import io.vaultdesk.vault.NoteProperties;
import io.vaultdesk.vault.ParsedNote;
import io.vaultdesk.vault.TaskLine;
import io.vaultdesk.vault.VaultPaths;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Writes parsed files to the index in JDBC batches: one statement per table, flushed once per chunk. */
final class NoteRowWriter implements AutoCloseable {
    private static final List<String> CHILD_TABLES =
            List.of("properties", "facets", "tags", "headings", "tasks", "links", "fulltext");

    private final Connection c;
    private final PreparedStatement note;
    private final PreparedStatement property;
    private final PreparedStatement facet;
    private final PreparedStatement tag;
    private final PreparedStatement heading;
    private final PreparedStatement task;
    private final PreparedStatement link;
    private final PreparedStatement text;
    private final PreparedStatement touch;
    private final List<PreparedStatement> deletes = new ArrayList<>();

    NoteRowWriter(Connection c) throws SQLException {
        this.c = c;
        note = c.prepareStatement("INSERT INTO notes VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        property = c.prepareStatement("INSERT INTO properties VALUES(?,?,?,?)");
        facet = c.prepareStatement("INSERT INTO facets VALUES(?,?,?)");
        tag = c.prepareStatement("INSERT INTO tags VALUES(?,?)");
        heading = c.prepareStatement("INSERT INTO headings VALUES(?,?,?,?)");
        task = c.prepareStatement("INSERT INTO tasks VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        link = c.prepareStatement("INSERT INTO links VALUES(?,?,?,?,?,?,?,?,?)");
        text = c.prepareStatement("INSERT INTO fulltext VALUES(?,?)");
        touch = c.prepareStatement("UPDATE notes SET size = ?, mtime = ?, indexed_at = ? WHERE id = ?");
        for (String table : CHILD_TABLES) {
            deletes.add(c.prepareStatement("DELETE FROM " + table + " WHERE note_id = ?"));
        }
        deletes.add(c.prepareStatement("DELETE FROM notes WHERE id = ?"));
    }

    void remove(int id) throws SQLException {
        for (PreparedStatement d : deletes) {
            d.setInt(1, id);
            d.addBatch();
        }
    }

    void touch(FileUpdate.Touched t) throws SQLException {
        touch.setLong(1, t.file().size());
        touch.setLong(2, t.file().modifiedMillis());
        touch.setLong(3, t.readAt());
        touch.setInt(4, t.id());
        touch.addBatch();
    }

    void insert(ParsedFile f) throws SQLException {
        String path = f.file().path();
        Optional<ParsedNote> parsed = f.note();
        NoteProperties p = parsed.map(ParsedNote::properties).orElse(NoteProperties.NONE);
        int i = 1;
        note.setInt(i++, f.id());
        note.setString(i++, path);
        note.setString(i++, VaultPaths.name(path));
        note.setString(i++, LinkResolver.targetKey(path));
        note.setString(i++, VaultPaths.folder(path));
        note.setBoolean(i++, f.file().isNote());
        note.setLong(i++, f.file().size());
        note.setLong(i++, f.file().modifiedMillis());
        note.setLong(i++, f.hash());
        note.setLong(i++, f.readAt());
        note.setString(i++, title(parsed, path));
        note.setString(i++, p.type().orElse(null));
        note.setString(i++, p.date().orElse(null));
        note.setBoolean(i++, p.isMeeting());
        note.setBoolean(i++, f.isPerson());
        note.setString(i++, parsed.map(n -> n.damage().stream().map(Damage::name).sorted()
                .collect(Collectors.joining(","))).orElse(""));
        note.setString(i, parsed.map(n -> String.join("\n", n.warnings())).orElse(""));
        note.addBatch();
        if (parsed.isPresent()) {
            insertContent(f.id(), parsed.get(), f.linkTargets());
        }
    }

    private void insertContent(int id, ParsedNote n, List<Integer> targets) throws SQLException {
        for (Map.Entry<String, List<String>> e : n.frontmatter().values().entrySet()) {
            List<String> values = e.getValue();
            for (int k = 0; k < values.size(); k++) {
                property.setInt(1, id);
                property.setString(2, e.getKey());
                property.setInt(3, k);
                property.setString(4, values.get(k));
                property.addBatch();
            }
        }
        NoteProperties p = n.properties();
        facets(id, "ACCOUNT", p.accounts());
        facets(id, "PARTICIPANT", p.participants());
        facets(id, "ALIAS", p.aliases());
        for (String t : n.tags()) {
            tag.setInt(1, id);
            tag.setString(2, t);
            tag.addBatch();
        }
        for (Heading h : n.headings()) {
            heading.setInt(1, id);
            heading.setInt(2, h.line());
            heading.setInt(3, h.level());
            heading.setString(4, h.text());
            heading.addBatch();
        }
        for (TaskLine t : n.tasks()) {
            insertTask(id, t);
        }
        for (int k = 0; k < n.links().size(); k++) {
            insertLink(id, k, n.links().get(k), targets.get(k));
        }
        text.setInt(1, id);
        text.setString(2, n.body());
        text.addBatch();
    }

    private void facets(int id, String facetName, List<String> values) throws SQLException {
        for (String v : values) {
            facet.setInt(1, id);
            facet.setString(2, facetName);
            facet.setString(3, v);
            facet.addBatch();
        }
    }

    private void insertTask(int id, TaskLine t) throws SQLException {
        int i = 1;
        task.setInt(i++, id);
        task.setInt(i++, t.line());
        task.setString(i++, Character.toString(t.symbol()));
        task.setString(i++, t.status().name());
        task.setString(i++, t.description());
        task.setString(i++, t.ownerRun());
        task.setString(i++, t.ownerRun()); // the owner pass narrows ambiguous runs once person notes are known
        for (Optional<LocalDate> d : List.of(t.due(), t.scheduled(), t.start(), t.created(), t.done(),
                t.cancelled())) {
            setDate(task, i++, d);
        }
        task.setString(i++, t.recurrence().orElse(null));
        task.setString(i++, t.priority().key());
        task.setString(i++, t.id().orElse(null));
        task.setString(i++, t.dependsOn().isEmpty() ? null : String.join(",", t.dependsOn()));
        task.setString(i++, String.join(" ", t.tags()));
        task.setString(i++, t.blockId().orElse(null));
        task.setString(i, t.heading());
        task.addBatch();
    }

    private void insertLink(int id, int ord, Link l, Integer target) throws SQLException {
        link.setInt(1, id);
        link.setInt(2, ord);
        link.setInt(3, l.line());
        link.setString(4, l.kind().name());
        link.setString(5, l.target());
        link.setString(6, l.subpath());
        link.setString(7, l.display());
        link.setString(8, LinkResolver.targetKey(l.target()));
        if (target == null) {
            link.setNull(9, Types.INTEGER);
        } else {
            link.setInt(9, target);
        }
        link.addBatch();
    }

    private static void setDate(PreparedStatement s, int i, Optional<LocalDate> d) throws SQLException {
        if (d.isPresent()) {
            s.setDate(i, Date.valueOf(d.get()));
        } else {
            s.setNull(i, Types.DATE);
        }
    }

    private static String title(Optional<ParsedNote> parsed, String path) {
        return parsed.flatMap(n -> n.properties().title()
                        .or(() -> n.headings().stream().filter(h -> h.level() == 1).map(Heading::text).findFirst()))
                .orElse(VaultPaths.name(path));
    }

    /** Sends every batch: deletes first, so a changed note's new rows never meet its old ones. */
    void flush() throws SQLException {
        for (PreparedStatement d : deletes) {
            d.executeBatch();
        }
        for (PreparedStatement s : List.of(note, property, facet, tag, heading, task, link, text, touch)) {
            s.executeBatch();
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : List.of(note, property, facet, tag, heading, task, link, text, touch)) {
            s.close();
        }
        for (PreparedStatement d : deletes) {
            d.close();
        }
    }
}
