package io.vaultdesk.app.board;

import io.vaultdesk.app.TaskEdit;
import io.vaultdesk.index.TaskRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A card dropped on the board: into an owner's lane and a due column. What it means for the task's line: its
 * {@code @owner} rewritten when the lane differs, its 📅 date when the column does ({@link DueBucket#dropDate}).
 *
 * @param ownerKey   the lane's key ({@link OwnerLanes}); its label is the owner's name as written
 * @param ownerLabel the lane's name
 */
public record BoardMove(String ownerKey, String ownerLabel, DueBucket bucket) {

    /** The edit to make, none when the card is already there, or why it cannot move there. */
    public record Plan(Optional<TaskEdit> edit, String refusal) {
        static Plan of(TaskEdit edit) {
            return new Plan(Optional.of(edit), null);
        }

        static Plan refused(String reason) {
            return new Plan(Optional.empty(), reason);
        }

        static final Plan NOTHING = new Plan(Optional.empty(), null);
    }

    /** @param myNames the user's names; a card given to "Me" is written with the first one */
    public Plan plan(TaskRow card, OwnerLanes lanes, List<String> myNames, LocalDate today) {
        List<TaskEdit> edits = new ArrayList<>(2);
        if (!lanes.key(card.task().owner()).equals(ownerKey)) {
            Optional<String> owner = switch (ownerKey) {
                case OwnerLanes.NO_OWNER -> Optional.empty();
                case OwnerLanes.ME -> myNames.stream().filter(n -> !n.isBlank()).findFirst()
                        .or(() -> Optional.of(OwnerLanes.DEFAULT_NAMES.get(0)));
                default -> Optional.of(ownerLabel);
            };
            edits.add(new TaskEdit.SetOwner(owner));
        }
        if (DueBucket.of(card.task().due(), today) != bucket) {
            Optional<LocalDate> due = bucket.dropDate(today);
            if (due == null) {
                return Plan.refused(bucket == DueBucket.OVERDUE
                        ? "A card cannot be made overdue; give it a date from its menu instead"
                        : "Nothing is left of this week; drop the card on Today or Next week");
            }
            edits.add(new TaskEdit.SetDue(due));
        }
        return switch (edits.size()) {
            case 0 -> Plan.NOTHING;
            case 1 -> Plan.of(edits.get(0));
            default -> Plan.of(new TaskEdit.Both(edits.get(0), edits.get(1)));
        };
    }
}
