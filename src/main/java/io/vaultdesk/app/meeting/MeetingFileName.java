package io.vaultdesk.app.meeting;

import java.util.function.Predicate;

/**
 * Where a new meeting note goes: {@code <folder>/YYYY-MM-DD - Title.md}, the folder a setting with {@code {{year}}}
 * and {@code {{month}}} in it (default {@code Meetings/{{year}}}). A title is made safe for every file system and
 * for links: characters Windows or Obsidian's links cannot have become spaces or a dash; a name already taken gets
 * " 2", " 3"… as Obsidian names a copy.
 */
public final class MeetingFileName {
    public static final String DEFAULT_FOLDER = "Meetings/{{year}}";
    /** Not allowed in Windows file names ({@code \ / : * ? " < > |}) or in a link's target ({@code # ^ [ ] |}). */
    private static final String FORBIDDEN = "\\/:*?\"<>|#^[]";
    private static final int MAX_TITLE = 120;

    private MeetingFileName() {
    }

    /** The title as it can stand in a file name; "Meeting" when nothing of it is left. */
    public static String safeTitle(String title) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                out.append(' ');
            } else if (FORBIDDEN.indexOf(c) >= 0) {
                out.append(c == ':' || c == '/' || c == '\\' || c == '|' ? " - " : " ");
            } else {
                out.append(c);
            }
        }
        String s = out.toString().replaceAll("\\s+", " ").replaceAll("( - )+", " - ").strip();
        // leading dots would hide the note; trailing dots and spaces Windows drops
        s = s.replaceAll("^[.\\s-]+", "").replaceAll("[.\\s-]+$", "");
        if (s.length() > MAX_TITLE) {
            int cut = Character.isHighSurrogate(s.charAt(MAX_TITLE - 1)) ? MAX_TITLE - 1 : MAX_TITLE;
            s = s.substring(0, cut).strip(); // never half of an emoji
        }
        return s.isEmpty() ? "Meeting" : s;
    }

    /**
     * The vault-relative path for the draft.
     *
     * @param taken whether a vault-relative path is already used (case-insensitively, as on macOS and Windows)
     */
    public static String pathFor(MeetingDraft draft, String folderPattern, Predicate<String> taken) {
        String folder = folder(folderPattern, draft);
        String base = draft.date() + " - " + safeTitle(draft.title());
        String path = folder.isEmpty() ? base + ".md" : folder + "/" + base + ".md";
        for (int n = 2; taken.test(path); n++) {
            path = (folder.isEmpty() ? "" : folder + "/") + base + " " + n + ".md";
        }
        return path;
    }

    static String folder(String pattern, MeetingDraft draft) {
        String p = pattern == null || pattern.isBlank() ? DEFAULT_FOLDER : pattern.strip();
        p = p.replace("{{year}}", String.valueOf(draft.date().getYear()))
                .replace("{{month}}", String.format("%02d", draft.date().getMonthValue()))
                .replace('\\', '/');
        StringBuilder out = new StringBuilder();
        for (String part : p.split("/")) {
            String safe = part.isBlank() || part.equals(".") || part.equals("..") ? "" : safeTitle(part);
            if (!safe.isEmpty()) {
                out.append(out.length() > 0 ? "/" : "").append(safe);
            }
        }
        return out.toString();
    }
}
