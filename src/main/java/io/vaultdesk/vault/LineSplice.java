package io.vaultdesk.vault;

/**
 * Replaces a part of a line that was found on its repaired text, in the line as written: on a mojibake line the
 * rest stays mis-encoded as it was and only the replaced part changes (decision 9), the new text in proper UTF-8.
 */
public final class LineSplice {
    private LineSplice() {
    }

    /**
     * @param written the line as it is in the file (what {@link GuardedNoteEdit} hands an edit)
     * @param seen    the line as read, repaired; [start, end) addresses it
     * @throws LineEditException when the written line does not read as {@code seen}
     */
    public static String replace(String written, String seen, int start, int end, String text) {
        MojibakeRepair.RepairedLine repaired = MojibakeRepair.instance().repairLine(written);
        if (!repaired.text().equals(seen)) {
            throw new LineEditException("the line no longer reads \"" + seen + "\"");
        }
        if (start < 0 || start > end || end > seen.length()) {
            throw new IllegalArgumentException("no range " + start + ".." + end + " in \"" + seen + "\"");
        }
        int[] original = repaired.original();
        return new StringBuilder(written).replace(original[start], original[end], text).toString();
    }
}
