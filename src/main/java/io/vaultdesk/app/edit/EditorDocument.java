package io.vaultdesk.app.edit;

/**
 * A note as the editor opened it: its text with "\n" line breaks, and what saving must keep of the file.
 *
 * @param hash the content hash of the bytes it was read from: a save is refused if the file no longer has it
 * @param crlf the file broke its lines with "\r\n"; the saved text will too
 * @param bom  the file started with a byte order mark; the saved one will too
 */
public record EditorDocument(String path, String text, long hash, boolean crlf, boolean bom) {
}
