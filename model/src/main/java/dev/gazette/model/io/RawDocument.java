package dev.gazette.model.io;

import dev.gazette.model.Finding;
import java.util.List;

/**
 * An input file decoded to text, before parsing.
 *
 * @param id       the article id: the file name without extension
 * @param source   the path as given, relative, with forward slashes
 * @param sha256   SHA-256 of the raw bytes, lower-case hex
 * @param encoding the character set used to decode the bytes
 * @param text     the decoded text, byte-order mark removed, line ends as in the file
 * @param notes    findings made while decoding (e.g. not UTF-8)
 * @param titleLine the line of {@code text} (from 1) that holds the value of the input's title field, or 0 when
 *                  the input has no title field (a plain text file): the parser never sets that line aside
 */
public record RawDocument(String id, String source, String sha256, String encoding, String text,
                          List<Finding> notes, int titleLine) {
    public RawDocument {
        notes = List.copyOf(notes);
        if (titleLine < 0) {
            throw new IllegalArgumentException("titleLine must be 0 (none) or a line number, not " + titleLine);
        }
    }

    /** A document without a title field: every line is the file's own text. */
    public RawDocument(String id, String source, String sha256, String encoding, String text, List<Finding> notes) {
        this(id, source, sha256, encoding, text, notes, 0);
    }

    /** The same document under another id (used to keep ids unique across a corpus). */
    public RawDocument withId(String newId) {
        return new RawDocument(newId, source, sha256, encoding, text, notes, titleLine);
    }
}
