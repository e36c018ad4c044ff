package io.vaultdesk.app.board;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The board as arranged for a filter and a grouping.
 *
 * @param columnCounts cards per due bucket, over every lane
 * @param splitCounts  open cards per split ("I owe", "Waiting on others", all), with every other filter applied
 * @param owners       every owner lane of the vault's tasks (key and label), for the owner filter
 */
public record Board(
        Grouping grouping,
        LocalDate today,
        List<Lane> lanes,
        Map<DueBucket, Integer> columnCounts,
        int shown,
        Map<Split, Integer> splitCounts,
        List<OwnerChoice> owners,
        List<String> accounts,
        List<String> tags) {

    public Board {
        lanes = List.copyOf(lanes);
        columnCounts = Map.copyOf(columnCounts);
        splitCounts = Map.copyOf(splitCounts);
        owners = List.copyOf(owners);
        accounts = List.copyOf(accounts);
        tags = List.copyOf(tags);
    }
}
