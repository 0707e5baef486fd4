package dev.gazette.model;

/**
 * The dateline that opens a story, such as {@code BAGHDAD (Dispatches) --} or
 * {@code Mehr News Agency, International Desk:}.
 *
 * @param text   the dateline as written, including its closing dash or colon
 * @param place  the place, e.g. {@code BAGHDAD}; {@code null} when the dateline names none
 * @param agency the agency or desk, e.g. {@code Dispatches}; {@code null} when none
 * @param line   the 1-based line it stands on
 * @param start  offset of its first character in the raw text
 * @param end    offset just past it in the raw text
 */
public record Dateline(String text, String place, String agency, int line, int start, int end) {
}
