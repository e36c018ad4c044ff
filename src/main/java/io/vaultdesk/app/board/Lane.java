package io.vaultdesk.app.board;

import java.util.List;

/**
 * One lane of the board: an owner's (cards grouped by due bucket, one group per bucket, empty ones included so the
 * columns line up), or a due bucket's (cards grouped by owner, only owners with cards).
 *
 * @param count the cards in the lane
 */
public record Lane(String key, String label, List<CardGroup> groups, int count) {
    public Lane {
        groups = List.copyOf(groups);
    }
}
