package io.vaultdesk.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** How many notes of each kind a vault of about {@code notes} notes gets, and which meetings are damaged. */
record VaultPlan(int people, int accounts, int projects, int plainNotes, int meetings, boolean damaged) {
    /** The empty note and the binary note. */
    static final int CONTENTLESS_NOTES = 2;

    static VaultPlan of(int notes, boolean damaged) {
        int people = Math.max(3, share(notes, 0.08));
        int accounts = Math.max(2, share(notes, 0.02));
        int projects = Math.max(1, share(notes, 0.02));
        int plainNotes = Math.max(2, share(notes, 0.01));
        int contentless = damaged ? CONTENTLESS_NOTES : 0;
        int meetings = Math.max(1, notes - people - accounts - projects - plainNotes - contentless);
        return new VaultPlan(people, accounts, projects, plainNotes, meetings, damaged);
    }

    /** The damage of each meeting, by its position in writing order; when damaged, every kind appears at least once. */
    Damage[] meetingDamage(Random random) {
        Damage[] damage = new Damage[meetings];
        Arrays.fill(damage, Damage.NONE);
        if (!damaged) {
            return damage;
        }
        List<Integer> order = new ArrayList<>(meetings);
        for (int i = 0; i < meetings; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        int next = 0;
        next = assign(damage, order, next, Damage.MOJIBAKE, Math.max(1, share(meetings, 0.01)));
        next = assign(damage, order, next, Damage.CRLF, Math.max(1, share(meetings, 0.005)));
        next = assign(damage, order, next, Damage.BOM, Math.max(1, share(meetings, 0.005)));
        next = assign(damage, order, next, Damage.UNCLOSED_FLOW_YAML, Math.max(1, share(meetings, 0.001)));
        next = assign(damage, order, next, Damage.TAB_INDENTED_YAML, Math.max(1, share(meetings, 0.001)));
        assign(damage, order, next, Damage.INVALID_UTF8, 1);
        return damage;
    }

    private static int assign(Damage[] damage, List<Integer> order, int from, Damage kind, int count) {
        int to = Math.min(order.size(), from + count);
        for (int i = from; i < to; i++) {
            damage[order.get(i)] = kind;
        }
        return to;
    }

    private static int share(int total, double fraction) {
        return (int) Math.round(total * fraction);
    }
}
