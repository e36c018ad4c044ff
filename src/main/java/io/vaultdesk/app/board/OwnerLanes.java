package io.vaultdesk.app.board;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which lane an owner's tasks go in. The user's own names ("Myself" and what they set) share one lane, "Me";
 * other owners are told apart case-insensitively, as a person note's name is.
 */
public final class OwnerLanes {
    public static final String ME = "@me";
    public static final String NO_OWNER = "@none";
    /** What a vault written for Obsidian Tasks calls its user when the user has not said otherwise. */
    public static final List<String> DEFAULT_NAMES = List.of("Myself", "Me");

    private final Set<String> mine;

    public OwnerLanes(List<String> myNames) {
        this.mine = myNames.stream().map(OwnerLanes::fold).filter(n -> !n.isEmpty()).collect(Collectors.toSet());
    }

    public String key(String owner) {
        String folded = fold(owner);
        if (folded.isEmpty()) {
            return NO_OWNER;
        }
        return mine.contains(folded) ? ME : "owner:" + folded;
    }

    public boolean isMine(String owner) {
        return mine.contains(fold(owner));
    }

    private static String fold(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
