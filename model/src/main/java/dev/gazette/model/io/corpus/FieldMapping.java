package dev.gazette.model.io.corpus;

import java.util.Objects;

/**
 * Which fields of a corpus record hold the article's id, title, text and date. A JSON field is
 * named by its key or by a dotted path into nested objects ({@code attrs.newid}; a number
 * indexes an array); a CSV field by its header. Only the text field is required in a record;
 * an empty name switches a field off. Without an id, a record is named after its file and
 * position ({@code reut2-000-17}).
 *
 * @param id    the id field ({@code id} by default)
 * @param title the title field ({@code title})
 * @param text  the article text field ({@code text})
 * @param date  the publication date field ({@code date})
 */
public record FieldMapping(String id, String title, String text, String date) {

    public FieldMapping {
        id = clean(id);
        title = clean(title);
        text = clean(text);
        date = clean(date);
        if (text.isEmpty()) {
            throw new IllegalArgumentException("the text field must be named");
        }
    }

    /** {@code id}, {@code title}, {@code text}, {@code date}. */
    public static FieldMapping defaults() {
        return new FieldMapping("id", "title", "text", "date");
    }

    private static String clean(String s) {
        return Objects.requireNonNullElse(s, "").strip();
    }
}
