package io.vaultdesk.app.board;

import io.vaultdesk.index.TaskRow;
import java.util.List;

/** Cards of a lane that share a due bucket or an owner, in board order (priority, then due date). */
public record CardGroup(String key, String label, List<TaskRow> cards) {
    public CardGroup {
        cards = List.copyOf(cards);
    }
}
