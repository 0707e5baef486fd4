package dev.gazette.analysis.quotes;

import java.util.Locale;
import java.util.Objects;

/**
 * One direct quotation in an article body. Offsets are into the article's raw text (UTF-16
 * code units), like every offset in Gazette.
 *
 * @param paragraph    0-based index of the body paragraph holding the quotation
 * @param start        offset of the quotation's first character, its opening mark included
 *                     (the first quoted character when the opening mark is missing)
 * @param end          offset just past its closing mark (past the last quoted character when the
 *                     closing mark is missing)
 * @param text         the quoted words as written, without the marks, lines joined by single spaces
 * @param speaker      who said it, as the article names them; {@code null} when the text does not say
 * @param speakerStart raw offset of the speaker's first character, or -1
 * @param speakerEnd   raw offset just past the speaker, or -1
 * @param attribution  how the speaker was found; {@code null} when unattributed
 * @param balanced     whether both marks are there (a quotation continued in the next paragraph,
 *                     which then opens with a quote mark, counts as balanced)
 */
public record Quote(int paragraph, int start, int end, String text, String speaker, int speakerStart,
                    int speakerEnd, Attribution attribution, boolean balanced) {

    public Quote {
        Objects.requireNonNull(text, "text");
        if ((speaker == null) != (attribution == null)) {
            throw new IllegalArgumentException("a speaker needs an attribution and the other way round");
        }
    }

    /** True when the text names who said it. */
    public boolean attributed() {
        return speaker != null;
    }

    /** Where in the text the speaker was found. */
    public enum Attribution {
        /** After the quotation: {@code "...," Karimi said} or {@code "...," indicated al-Hashimi}. */
        AFTER,
        /** Before it, in the same sentence: {@code X said: "..."}, {@code al-Tamimi described ... "..."}. */
        BEFORE,
        /** A further quotation of the speaker just named: {@code "A," X said. "B."}. */
        CONTINUED;

        /** The lower-case label used in the dataset. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
