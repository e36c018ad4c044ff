package io.vaultdesk.ui.board;

import io.vaultdesk.app.board.BoardMove;
import io.vaultdesk.app.board.CardGroup;
import io.vaultdesk.app.board.DueBucket;
import io.vaultdesk.app.board.Lane;
import io.vaultdesk.index.TaskRow;
import java.util.Collections;
import java.util.List;

/** One row of the board's virtualised list: a lane's header, an owner's header inside a due lane, or cards. */
sealed interface BoardRow {
    /** @param bucket the lane's due bucket when lanes are due buckets, else null (the lane is an owner's) */
    record LaneHeader(Lane lane, DueBucket bucket, boolean collapsed) implements BoardRow {
    }

    /** The cards of one owner inside a due lane. */
    record GroupHeader(CardGroup group, DueBucket bucket) implements BoardRow {
    }

    /**
     * Cards side by side: in an owner's lane, one per due column (null where that column has no more); in a due
     * lane, the next few of one owner's cards.
     *
     * @param bucket the due bucket of every card in the row when lanes are due buckets, else null
     */
    record Cards(String ownerKey, String ownerLabel, DueBucket bucket, List<TaskRow> cells) implements BoardRow {
        public Cards {
            cells = Collections.unmodifiableList(cells); // holds nulls, which List.copyOf refuses
        }

        /** Where a card dropped on the cell in that column goes. */
        BoardMove target(int column) {
            return new BoardMove(ownerKey, ownerLabel, bucket != null ? bucket : DueBucket.values()[column]);
        }
    }
}
