package io.vaultdesk.index;

import io.vaultdesk.vault.OwnerNames;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What settling task owners needs ({@link OwnerNames}), kept as rows are written instead of read back after each
 * sync: the person notes' names and aliases, and the owner runs of the tasks written since owners were last
 * settled. Reading them back took a scan of the notes and one of the tasks after every sync: 1 to 2 s on 100,000
 * notes, for a full build and for one edited file alike.
 */
final class OwnerLedger {
    /** Each person note's name and aliases, by note id. */
    private final Map<Integer, PersonNames> people;
    private final Set<String> runsWritten = new HashSet<>();
    private boolean peopleChanged;

    private OwnerLedger(Map<Integer, PersonNames> people) {
        this.people = people;
    }

    static OwnerLedger empty() {
        return new OwnerLedger(new HashMap<>());
    }

    static OwnerLedger load(Connection c) throws SQLException {
        Map<Integer, PersonNames> people = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id, name, aliases FROM notes WHERE is_person")) {
            while (r.next()) {
                people.put(r.getInt(1), PersonNames.of(r.getString(2), MultiValue.split(r.getString(3))));
            }
        }
        return new OwnerLedger(people);
    }

    /** The owners as the person notes now name them. */
    OwnerNames names() {
        Set<String> names = new HashSet<>();
        Set<String> aliases = new HashSet<>();
        for (PersonNames p : people.values()) {
            names.add(p.name());
            aliases.addAll(p.aliases());
        }
        return new OwnerNames(names, aliases);
    }

    void written(int id, NoteRows rows) {
        PersonNames before = rows.person() == null ? people.remove(id) : people.put(id, rows.person());
        peopleChanged |= rows.person() == null ? before != null : !rows.person().equals(before);
        runsWritten.addAll(rows.ownerRuns());
    }

    void removed(int id) {
        peopleChanged |= people.remove(id) != null;
    }

    /** Whether a person note came, went, or changed its name or aliases since owners were last settled. */
    boolean peopleChanged() {
        return peopleChanged;
    }

    /** The owner runs of tasks written since owners were last settled. */
    Set<String> runsWritten() {
        return runsWritten;
    }

    void settled() {
        runsWritten.clear();
        peopleChanged = false;
    }

    /** A person note's name and aliases, lower-case, as {@link OwnerNames} compares them. */
    record PersonNames(String name, List<String> aliases) {
        static PersonNames of(String name, List<String> aliases) {
            return new PersonNames(name.toLowerCase(Locale.ROOT),
                    aliases.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList());
        }
    }
}
