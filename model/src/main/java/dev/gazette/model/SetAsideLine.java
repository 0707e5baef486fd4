package dev.gazette.model;

/**
 * A line kept out of the article body, with the reason, so nothing is lost.
 *
 * @param line   the 1-based line number
 * @param start  offset of the line's first character in the raw text
 * @param end    offset just past the line's last character (before the line break)
 * @param text   the line as it stands, trimmed
 * @param reason why it was set aside
 * @param detail what recognised it: the pattern category, or the attribution label
 */
public record SetAsideLine(int line, int start, int end, String text, Reason reason, String detail) {

    /** Why a line is not part of the body. */
    public enum Reason {
        /** Matched a boilerplate pattern (share widgets, navigation, copyright, …). */
        BOILERPLATE,
        /** A short line that recurs in several articles of the corpus. */
        RECURRING,
        /** A short line above the title, such as a site name or slogan. */
        SITE_HEADER,
        /** A lone number, identifier or hash. */
        STRAY,
        /** A source or attribution line, recorded in the article's metadata. */
        ATTRIBUTION,
        /** A date line other than the one taken as the publication date. */
        DATE
    }
}
