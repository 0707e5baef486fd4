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
 */
public record RawDocument(String id, String source, String sha256, String encoding, String text,
                          List<Finding> notes) {
    public RawDocument {
        notes = List.copyOf(notes);
    }

    /** The same document under another id (used to keep ids unique across a corpus). */
    public RawDocument withId(String newId) {
        return new RawDocument(newId, source, sha256, encoding, text, notes);
    }
}
