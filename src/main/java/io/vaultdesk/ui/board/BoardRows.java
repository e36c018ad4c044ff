package io.vaultdesk.ui.board;

import io.vaultdesk.app.board.Board;
import io.vaultdesk.app.board.CardGroup;
import io.vaultdesk.app.board.DueBucket;
import io.vaultdesk.app.board.Grouping;
import io.vaultdesk.app.board.Lane;
import io.vaultdesk.index.TaskRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Lays a board out as rows for a virtualised list, so 50,000 cards cost only the rows on screen. */
final class BoardRows {
    /** Cards per row in a due lane: wider than the six due columns of an owner's lane, so more of each is read. */
    static final int DUE_LANE_COLUMNS = 3;

    private BoardRows() {
    }

    static int columns(Grouping grouping) {
        return grouping == Grouping.OWNER_FIRST ? DueBucket.values().length : DUE_LANE_COLUMNS;
    }

    static List<BoardRow> of(Board board, Set<String> collapsed) {
        List<BoardRow> rows = new ArrayList<>();
        boolean byOwner = board.grouping() == Grouping.OWNER_FIRST;
        for (Lane lane : board.lanes()) {
            DueBucket laneBucket = byOwner ? null : DueBucket.valueOf(lane.key());
            boolean folded = collapsed.contains(lane.key());
            rows.add(new BoardRow.LaneHeader(lane, laneBucket, folded));
            if (folded) {
                continue;
            }
            if (byOwner) {
                int depth = lane.groups().stream().mapToInt(g -> g.cards().size()).max().orElse(0);
                for (int i = 0; i < depth; i++) {
                    TaskRow[] cells = new TaskRow[lane.groups().size()];
                    for (int c = 0; c < cells.length; c++) {
                        List<TaskRow> cards = lane.groups().get(c).cards();
                        cells[c] = i < cards.size() ? cards.get(i) : null;
                    }
                    rows.add(new BoardRow.Cards(lane.key(), lane.label(), null, Arrays.asList(cells)));
                }
            } else {
                for (CardGroup g : lane.groups()) {
                    rows.add(new BoardRow.GroupHeader(g, laneBucket));
                    for (int i = 0; i < g.cards().size(); i += DUE_LANE_COLUMNS) {
                        TaskRow[] cells = new TaskRow[DUE_LANE_COLUMNS];
                        for (int c = 0; c < DUE_LANE_COLUMNS && i + c < g.cards().size(); c++) {
                            cells[c] = g.cards().get(i + c);
                        }
                        rows.add(new BoardRow.Cards(g.key(), g.label(), laneBucket, Arrays.asList(cells)));
                    }
                }
            }
        }
        return rows;
    }
}
