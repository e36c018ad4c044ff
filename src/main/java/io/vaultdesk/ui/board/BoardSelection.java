package io.vaultdesk.ui.board;

import io.vaultdesk.index.TaskRow;
import java.util.List;

/**
 * The card the keyboard is on, as a row of the list and a column in it. Moves skip empty cells and header rows;
 * after the board is laid out again, the same task is found again, or the card now in its place.
 */
final class BoardSelection {
    private final List<BoardRow> rows;
    private int row = -1;
    private int column;

    BoardSelection(List<BoardRow> rows) {
        this.rows = rows;
    }

    int row() {
        return row;
    }

    int column() {
        return column;
    }

    TaskRow selected() {
        return cell(row, column);
    }

    void select(int r, int c) {
        row = r;
        column = c;
    }

    private TaskRow cell(int r, int c) {
        if (r < 0 || r >= rows.size() || !(rows.get(r) instanceof BoardRow.Cards cards)
                || c < 0 || c >= cards.cells().size()) {
            return null;
        }
        return cards.cells().get(c);
    }

    /** Nothing selected yet: the first card. */
    private boolean first() {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r) instanceof BoardRow.Cards cards) {
                for (int c = 0; c < cards.cells().size(); c++) {
                    if (cards.cells().get(c) != null) {
                        select(r, c);
                        return true;
                    }
                }
            }
        }
        return false;
    }

    boolean down() {
        return selected() == null ? first() : vertical(1);
    }

    boolean up() {
        return selected() == null ? first() : vertical(-1);
    }

    /** The next row with a card in this column, or else the nearest card in the next row that has any. */
    private boolean vertical(int step) {
        for (int r = row + step; r >= 0 && r < rows.size(); r += step) {
            if (cell(r, column) != null) {
                select(r, column);
                return true;
            }
            if (rows.get(r) instanceof BoardRow.Cards cards) {
                int nearest = nearest(cards, column);
                if (nearest >= 0) {
                    select(r, nearest);
                    return true;
                }
            }
        }
        return true; // at the end: stay, and keep the key from the list
    }

    private static int nearest(BoardRow.Cards cards, int column) {
        for (int d = 1; d < cards.cells().size(); d++) {
            if (column - d >= 0 && column - d < cards.cells().size() && cards.cells().get(column - d) != null) {
                return column - d;
            }
            if (column + d < cards.cells().size() && cards.cells().get(column + d) != null) {
                return column + d;
            }
        }
        return -1;
    }

    boolean right() {
        return selected() == null ? first() : horizontal(1);
    }

    boolean left() {
        return selected() == null ? first() : horizontal(-1);
    }

    private boolean horizontal(int step) {
        BoardRow.Cards cards = (BoardRow.Cards) rows.get(row);
        for (int c = column + step; c >= 0 && c < cards.cells().size(); c += step) {
            if (cards.cells().get(c) != null) {
                select(row, c);
                return true;
            }
        }
        // an empty column further on: the nearest card in it, above or below
        for (int c = column + step; c >= 0 && c < cards.cells().size(); c += step) {
            for (int d = 1; d < rows.size(); d++) {
                if (cell(row - d, c) != null && sameLane(row - d)) {
                    select(row - d, c);
                    return true;
                }
                if (cell(row + d, c) != null && sameLane(row + d)) {
                    select(row + d, c);
                    return true;
                }
                if (!sameLane(row - d) && !sameLane(row + d)) {
                    break;
                }
            }
        }
        return true;
    }

    private boolean sameLane(int r) {
        if (r < 0 || r >= rows.size() || !(rows.get(r) instanceof BoardRow.Cards other)) {
            return false;
        }
        BoardRow.Cards mine = (BoardRow.Cards) rows.get(row);
        return other.ownerKey().equals(mine.ownerKey()) && java.util.Objects.equals(other.bucket(), mine.bucket());
    }

    /** After the board changed: the same task where it now is, else whatever card is now at the old place. */
    void restore(TaskRow previous) {
        if (previous == null) {
            row = -1;
            return;
        }
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r) instanceof BoardRow.Cards cards) {
                for (int c = 0; c < cards.cells().size(); c++) {
                    TaskRow t = cards.cells().get(c);
                    if (t != null && t.path().equals(previous.path())
                            && t.task().description().equals(previous.task().description())
                            && t.task().owner().equals(previous.task().owner())) {
                        select(r, c);
                        return;
                    }
                }
            }
        }
        if (selected() == null) {
            int r = Math.min(row, rows.size() - 1);
            row = -1;
            if (r >= 0 && rows.get(r) instanceof BoardRow.Cards cards) {
                int c = column < cards.cells().size() && cards.cells().get(column) != null ? column
                        : nearest(cards, Math.min(column, cards.cells().size() - 1));
                if (c >= 0) {
                    select(r, c);
                }
            }
        }
    }
}
