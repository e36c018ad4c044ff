package io.vaultdesk.vault;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves links the way Obsidian does (see docs/decisions/0003-link-resolution.md): only the part before
 * '#' and '|' counts; a path resolves from the vault root (or, failing that, from the linking note's folder, or as
 * the end of a longer path); a bare name matches file names case-insensitively, preferring the linking note's
 * folder, then the shortest path. Aliases never resolve a link. Immutable, so safe to share between threads.
 */
public final class LinkResolver {
    private static final Comparator<String> SHORTEST_FIRST =
            Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

    private final Map<String, String> byPath = new HashMap<>();
    private final Map<String, List<String>> byName = new HashMap<>();

    public LinkResolver(Collection<String> paths) {
        for (String path : paths) {
            byPath.put(pathKey(path), path);
            byName.computeIfAbsent(VaultPaths.lower(VaultPaths.name(path)), k -> new ArrayList<>(1)).add(path);
        }
    }

    /**
     * The key under which a target is looked up by name: its last segment, lower-case, without ".md". When a file
     * with this key appears or disappears, links with the key are the only ones whose resolution can change.
     */
    public static String targetKey(String target) {
        int end = target.length();
        while (end > 0 && target.charAt(end - 1) == '/') {
            end--; // "People/Ann/" resolves as "People/Ann": its key must be "ann" too
        }
        String trimmed = target.substring(0, end);
        String name = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        return VaultPaths.lower(VaultPaths.isNote(name) ? name.substring(0, name.length() - 3) : name);
    }

    /**
     * Whether the link resolves to the same file from every note: a wiki link or embed by bare name, which at most
     * one file has. A caller resolving many links may keep such a result by the target as written.
     */
    public boolean resolvesAlikeEverywhere(Link link) {
        if (link.isSelfReference() || link.kind() == LinkKind.MARKDOWN || link.target().indexOf('/') >= 0) {
            return false; // "./x" and "../x" have a '/' too
        }
        List<String> candidates = byName.get(targetKey(link.target()));
        return candidates == null || candidates.size() == 1;
    }

    /** The vault-relative path the link points to, or empty when it resolves to nothing. */
    public Optional<String> resolve(Link link, String sourcePath) {
        if (link.isSelfReference()) {
            return Optional.of(sourcePath);
        }
        String target = link.target();
        String folder = VaultPaths.folder(sourcePath);
        boolean relativeFirst = link.kind() == LinkKind.MARKDOWN || target.startsWith("./")
                || target.startsWith("../");
        if (relativeFirst) {
            Optional<String> relative = byRelativePath(folder, target);
            if (relative.isPresent()) {
                return relative;
            }
        }
        if (target.indexOf('/') < 0) {
            return byName(target, folder);
        }
        String fromRoot = target.startsWith("/") ? target.substring(1) : target;
        Optional<String> exact = Optional.ofNullable(byPath.get(pathKey(fromRoot)));
        if (exact.isPresent()) {
            return exact;
        }
        return byRelativePath(folder, target).or(() -> bySuffix(fromRoot, folder));
    }

    private Optional<String> byName(String target, String folder) {
        List<String> candidates = byName.get(targetKey(target));
        return candidates == null ? Optional.empty() : best(candidates, folder);
    }

    private Optional<String> bySuffix(String target, String folder) {
        List<String> candidates = byName.get(targetKey(target));
        if (candidates == null) {
            return Optional.empty();
        }
        String suffix = "/" + pathKey(target.startsWith("./") ? target.substring(2) : target);
        return best(candidates.stream().filter(p -> pathKey(p).endsWith(suffix)).toList(), folder);
    }

    private Optional<String> byRelativePath(String folder, String target) {
        return normalise(folder.isEmpty() ? target : folder + "/" + target).map(p -> byPath.get(pathKey(p)));
    }

    /** Loops rather than streams: this runs for nearly every link of a full build. */
    private static Optional<String> best(List<String> candidates, String folder) {
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0)); // in the folder or not, it is also the shortest
        }
        String shortest = null;
        for (String p : candidates) {
            if (isDirectlyIn(p, folder)) {
                return Optional.of(p);
            }
            if (shortest == null || SHORTEST_FIRST.compare(p, shortest) < 0) {
                shortest = p;
            }
        }
        return Optional.ofNullable(shortest);
    }

    /** Same as {@code VaultPaths.folder(path).equals(folder)}, without cutting a substring. */
    private static boolean isDirectlyIn(String path, String folder) {
        int slash = path.lastIndexOf('/');
        return folder.isEmpty() ? slash < 0 : slash == folder.length() && path.startsWith(folder);
    }

    /** Resolves "." and ".."; empty when the path would climb out of the vault. */
    public static Optional<String> normalise(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(segment);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    /** Lower-case, and without ".md" for notes, so "People/Ann" and "people/ann.md" meet. */
    private static String pathKey(String path) {
        String lower = VaultPaths.lower(path);
        return VaultPaths.isNote(lower) ? lower.substring(0, lower.length() - 3) : lower;
    }
}
