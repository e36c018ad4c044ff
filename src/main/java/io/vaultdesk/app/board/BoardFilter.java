package io.vaultdesk.app.board;

import io.vaultdesk.vault.Priority;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * What the board shows; every part narrows the others. Empty sets and texts mean "any".
 *
 * @param owners   lane keys ({@link OwnerLanes#key}) of the owners to show
 * @param text     words that must all occur, case-insensitively, in the description, the note's title or path
 * @param showDone done and cancelled tasks too (hidden by default, as a to-do list does)
 */
public record BoardFilter(
        Set<String> owners,
        Optional<String> account,
        Optional<String> tag,
        String text,
        Set<Priority> priorities,
        Optional<LocalDate> dueFrom,
        Optional<LocalDate> dueTo,
        boolean showDone,
        Split split) {

    public static final BoardFilter OPEN = new BoardFilter(Set.of(), Optional.empty(), Optional.empty(), "",
            Set.of(), Optional.empty(), Optional.empty(), false, Split.ALL);

    public BoardFilter {
        owners = Set.copyOf(owners);
        priorities = Set.copyOf(priorities);
        text = text == null ? "" : text.strip();
    }

    public BoardFilter withOwners(Set<String> value) {
        return new BoardFilter(value, account, tag, text, priorities, dueFrom, dueTo, showDone, split);
    }

    public BoardFilter withAccount(Optional<String> value) {
        return new BoardFilter(owners, value, tag, text, priorities, dueFrom, dueTo, showDone, split);
    }

    public BoardFilter withTag(Optional<String> value) {
        return new BoardFilter(owners, account, value, text, priorities, dueFrom, dueTo, showDone, split);
    }

    public BoardFilter withText(String value) {
        return new BoardFilter(owners, account, tag, value, priorities, dueFrom, dueTo, showDone, split);
    }

    public BoardFilter withPriorities(Set<Priority> value) {
        return new BoardFilter(owners, account, tag, text, value, dueFrom, dueTo, showDone, split);
    }

    public BoardFilter withDue(Optional<LocalDate> from, Optional<LocalDate> to) {
        return new BoardFilter(owners, account, tag, text, priorities, from, to, showDone, split);
    }

    public BoardFilter withShowDone(boolean value) {
        return new BoardFilter(owners, account, tag, text, priorities, dueFrom, dueTo, value, split);
    }

    public BoardFilter withSplit(Split value) {
        return new BoardFilter(owners, account, tag, text, priorities, dueFrom, dueTo, showDone, value);
    }
}
