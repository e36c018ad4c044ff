package io.vaultdesk.vault;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import io.vaultdesk.vault.EditOutcome.Refused;
import io.vaultdesk.vault.EditOutcome.Written;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Replaces one line of a note on disk, and only if it is still the line the caller means: the note may have been
 * changed in another editor or by a sync tool since the index read it.
 *
 * <p>The guard: when the note's bytes still hash as they did when it was read, the line number is trusted (after
 * checking the line still says what the caller expects). Otherwise the line is looked for again by its content;
 * found exactly once, it is used; found nowhere or more than once, nothing is written and a {@link Refused} says
 * why. So two identical task lines are told apart only by an unchanged note, never by a guess.
 *
 * <p>The write: only the bytes of that line change (BOM, line breaks, a missing final newline and the encoding of
 * every other line, mojibake included, stay byte for byte). The new note goes to a temporary file in the same folder,
 * is synced, and replaces the note by an atomic rename, keeping its POSIX permissions. Just before the rename the
 * note is read again, and a change since the first read (a concurrent writer) refuses the edit. A writer that
 * slips in between that check and the rename is not detected: no portable lock excludes other editors.
 *
 * <p>IOExceptions propagate; the temporary file is removed on every path that does not rename it.
 */
public final class GuardedNoteEdit {
    /** Runs after the temporary file is written and before the note is read again: lets a test change the note. */
    interface BeforeReplace {
        void run(Path note) throws IOException;
    }

    private final BeforeReplace beforeReplace;

    public GuardedNoteEdit() {
        this(note -> { });
    }

    GuardedNoteEdit(BeforeReplace beforeReplace) {
        this.beforeReplace = beforeReplace;
    }

    /**
     * Replaces a task's line with the lines {@code edit} makes of it (the line's text as written, mojibake and
     * all), e.g. {@code line -> TaskLineEdit.toggle(line, today).lines()}. An edit that throws
     * {@link LineEditException} is refused with its message.
     */
    public EditOutcome replaceTaskLine(Path file, TaskRef ref, Function<String, List<String>> edit)
            throws IOException {
        return replace(file, (bytes, hash) -> findTask(file, bytes, hash, ref), edit);
    }

    /**
     * Replaces a line that read {@code expectedText} (its repaired text, as parsed) when the note hashed
     * {@code indexedHash}: the same guard as for a task, with the whole line as what must match.
     */
    public EditOutcome replaceLine(Path file, int line, String expectedText, long indexedHash,
                                   UnaryOperator<String> edit) throws IOException {
        return replace(file, (bytes, hash) -> findLine(bytes, hash == indexedHash ? line : 0, expectedText),
                text -> List.of(edit.apply(text)));
    }

    /**
     * Replaces a line that read {@code expectedText} (its repaired text, as parsed) when no hash of the note is at
     * hand: without one the note may have changed, so the text must occur exactly once in it, wherever it now is.
     */
    public EditOutcome replaceLine(Path file, int line, String expectedText, UnaryOperator<String> edit)
            throws IOException {
        return replace(file, (bytes, hash) -> findLine(bytes, 0, expectedText), text -> List.of(edit.apply(text)));
    }

    /**
     * Puts back lines as they were before an edit of VaultDesk's own (an undo): the lines {@code written}, which
     * that edit wrote from {@code line} on, become {@code original} again. Guarded as any edit: when the note still
     * hashes {@code writtenHash}, the lines must be at {@code line}; otherwise they must occur exactly once.
     */
    public EditOutcome restoreLines(Path file, int line, List<String> written, long writtenHash,
                                    List<String> original) throws IOException {
        if (written.isEmpty()) {
            throw new IllegalArgumentException("no lines to restore");
        }
        List<String> replacement = List.copyOf(original);
        requireLines(replacement);
        NoteOnDisk read = NoteOnDisk.read(file);
        if (read == null) {
            return new Refused("the note no longer exists");
        }
        Path note = read.path();
        byte[] bytes = read.bytes();
        NoteBytes lines = new NoteBytes(bytes);
        List<Integer> found = new ArrayList<>();
        if (ContentHash.of(bytes) == writtenHash) {
            if (linesAt(lines, line - 1, written)) {
                found.add(line);
            }
        } else {
            for (int i = 0; i + written.size() <= lines.lineCount(); i++) {
                if (linesAt(lines, i, written)) {
                    found.add(i + 1);
                }
            }
        }
        Target target = found.isEmpty() && ContentHash.of(bytes) == writtenHash
                ? Target.refused("line " + line + " of the note is no longer as VaultDesk wrote it")
                : unique(found, "the line \"" + written.get(written.size() - 1) + "\"");
        if (target.refusal() != null) {
            return new Refused(target.refusal());
        }
        if (!isWritable(note)) {
            return new Refused("the note is read-only");
        }
        byte[] updated = lines.replace(target.line() - 1, written.size(), replacement);
        if (!replaceIfUnchanged(note, bytes, updated)) {
            return new Refused("the note changed while the edit was being saved; nothing was written");
        }
        return new Written(target.line(), replacement.size(), ContentHash.of(updated));
    }

    private static boolean linesAt(NoteBytes lines, int index, List<String> expected) {
        if (index < 0 || index + expected.size() > lines.lineCount()) {
            return false;
        }
        for (int k = 0; k < expected.size(); k++) {
            if (!lines.text(index + k).map(expected.get(k)::equals).orElse(false)) {
                return false;
            }
        }
        return true;
    }

    /** A note's real path (a symlinked note is edited where it lives, and the link is kept) and its bytes. */
    private record NoteOnDisk(Path path, byte[] bytes) {
        /** Null when the note is gone: a change like any other, refused, not an error. */
        static NoteOnDisk read(Path file) throws IOException {
            try {
                Path real = file.toRealPath();
                return new NoteOnDisk(real, Files.readAllBytes(real));
            } catch (NoSuchFileException e) {
                return null;
            }
        }
    }

    /** Where the line to edit is now (1-based), or why it cannot be told. */
    private record Target(int line, String refusal) {
        static Target at(int line) {
            return new Target(line, null);
        }

        static Target refused(String reason) {
            return new Target(0, reason);
        }
    }

    private interface Locator {
        Target locate(byte[] bytes, long hash);
    }

    private static Target findTask(Path file, byte[] bytes, long hash, TaskRef ref) {
        List<TaskLine> tasks = new NoteParser().parse(file.toString(), bytes).tasks();
        if (hash == ref.indexedHash()) {
            boolean there = tasks.stream().anyMatch(t -> t.line() == ref.line()
                    && t.description().equals(ref.description()));
            return there ? Target.at(ref.line()) : Target.refused("line " + ref.line()
                    + " of the note is not the task \"" + ref.description() + "\"");
        }
        List<Integer> found = tasks.stream().filter(t -> t.description().equals(ref.description()))
                .map(TaskLine::line).toList();
        return unique(found, "the task \"" + ref.description() + "\"");
    }

    /** {@code trustedLine}: the line to check, when the note is unchanged; 0 to look for the text anywhere. */
    private static Target findLine(byte[] bytes, int trustedLine, String expectedText) {
        List<String> lines = Lines.split(new TextDecoder().decode(bytes).text());
        if (trustedLine > 0) {
            return trustedLine <= lines.size() && lines.get(trustedLine - 1).equals(expectedText)
                    ? Target.at(trustedLine) : Target.refused("line " + trustedLine + " of the note no longer reads \""
                    + expectedText + "\"");
        }
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals(expectedText)) {
                found.add(i + 1);
            }
        }
        return unique(found, "the line \"" + expectedText + "\"");
    }

    private static Target unique(List<Integer> found, String what) {
        if (found.size() == 1) {
            return Target.at(found.get(0));
        }
        return Target.refused(found.isEmpty()
                ? "the note changed since it was read and no longer contains " + what
                : "the note changed since it was read and " + what + " appears " + found.size()
                + " times; edit it in the note itself");
    }

    /**
     * Rewrites a whole note, for an explicit repair the user previewed: only if its bytes still hash to what the
     * preview was made from, with the same atomic, re-checked replace as a line edit.
     */
    public EditOutcome replaceAll(Path file, long readHash, UnaryOperator<byte[]> rewrite) throws IOException {
        NoteOnDisk read = NoteOnDisk.read(file);
        if (read == null) {
            return new Refused("the note no longer exists");
        }
        Path note = read.path();
        byte[] bytes = read.bytes();
        if (ContentHash.of(bytes) != readHash) {
            return new Refused("the note changed since the preview; look at it again");
        }
        if (!isWritable(note)) {
            return new Refused("the note is read-only");
        }
        byte[] updated = rewrite.apply(bytes.clone());
        if (!replaceIfUnchanged(note, bytes, updated)) {
            return new Refused("the note changed while the edit was being saved; nothing was written");
        }
        return new Written(1, new NoteBytes(updated).lineCount(), ContentHash.of(updated));
    }

    private EditOutcome replace(Path file, Locator locator, Function<String, List<String>> edit) throws IOException {
        NoteOnDisk read = NoteOnDisk.read(file);
        if (read == null) {
            return new Refused("the note no longer exists");
        }
        Path note = read.path();
        byte[] bytes = read.bytes();
        Target target = locator.locate(bytes, ContentHash.of(bytes));
        if (target.refusal() != null) {
            return new Refused(target.refusal());
        }
        if (!isWritable(note)) {
            return new Refused("the note is read-only");
        }
        NoteBytes lines = new NoteBytes(bytes);
        int index = target.line() - 1;
        String text = lines.text(index).orElse(null);
        if (text == null) {
            return new Refused("line " + target.line()
                    + " holds bytes that are not UTF-8; VaultDesk will not rewrite it");
        }
        List<String> replacement;
        try {
            replacement = List.copyOf(edit.apply(text));
        } catch (LineEditException e) {
            return new Refused(e.getMessage());
        }
        requireLines(replacement);
        byte[] updated = lines.replace(index, replacement);
        if (Arrays.equals(updated, bytes)) {
            return new Written(target.line(), 1, ContentHash.of(bytes));
        }
        if (!replaceIfUnchanged(note, bytes, updated)) {
            return new Refused("the note changed while the edit was being saved; nothing was written");
        }
        return new Written(target.line(), replacement.size(), ContentHash.of(updated));
    }

    private static void requireLines(List<String> replacement) {
        if (replacement.isEmpty()) {
            throw new IllegalArgumentException("an edit must give at least one line");
        }
        for (String line : replacement) {
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("an edit's lines must not contain line breaks: " + line);
            }
        }
    }

    /** Rename over the note would bypass its read-only flag, which the user set for a reason. */
    private static boolean isWritable(Path note) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(note, PosixFileAttributeView.class);
        if (posix != null) {
            return posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
        }
        return Files.isWritable(note);
    }

    private boolean replaceIfUnchanged(Path note, byte[] expected, byte[] updated) throws IOException {
        Path folder = note.getParent();
        Path temp = Files.createTempFile(folder, "." + note.getFileName() + ".", ".vaultdesk-tmp");
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(updated);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            copyPermissions(note, temp);
            beforeReplace.run(note);
            if (!Arrays.equals(readIfThere(note), expected)) {
                return false;
            }
            Files.move(temp, note, ATOMIC_MOVE, REPLACE_EXISTING);
            moved = true;
            syncFolder(folder);
            return true;
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
    }

    /** A note deleted while the edit was being saved is a change like any other: refused, not an error. */
    private static byte[] readIfThere(Path note) throws IOException {
        try {
            return Files.readAllBytes(note);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view != null) {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            Files.setPosixFilePermissions(to, permissions);
        }
    }

    /** Makes the rename itself durable; Windows cannot open a folder for this and journals renames anyway. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // the note is already replaced; only durability across a power cut is at stake
        }
    }

    /** The outcome or exception already on its way matters more than a leftover hidden temporary file. */
    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // nothing better to do: see above
        }
    }
}
