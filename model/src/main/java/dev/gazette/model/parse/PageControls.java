package dev.gazette.model.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines that are a page's buttons or tabs rendered as text ("• Share", "• Tweet this", "• [icon-email]Email",
 * "Jump to comments (…)"): the labels are reference data ({@code page-controls.txt}, {@link ParserConfig#pageControls}).
 * In the header such a line is neither a byline's credit nor body text.
 */
final class PageControls {

    /** A list marker or bullet opening the line. */
    private static final Pattern MARKER = Pattern.compile("^[\\u2022\\u25A1\\u25AA\\u25E6\\u00B7*+\\-\\u2013|]+\\s*");
    /** An icon's label in square brackets ("[icon-email]"), or a count or ellipsis in round ones ("(12)", "(…)"). */
    private static final Pattern ICON_OR_COUNT = Pattern.compile("\\[[^\\]]{0,40}]|\\((?:\\d+|\u2026|\\.{3})\\)");
    /** Punctuation at either end of what is left ("Share:", "Email »"). */
    private static final Pattern EDGE = Pattern.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s&&[^+]]+$");

    private PageControls() {
    }

    /** The line is one control's label, as {@link PageControls} reads it, among {@code labels} (lower case). */
    static boolean isControl(String line, Set<String> labels) {
        if (labels.isEmpty()) {
            return false;
        }
        String s = MARKER.matcher(line.strip()).replaceFirst("");
        s = ICON_OR_COUNT.matcher(s).replaceAll(" ");
        s = EDGE.matcher(s.replaceAll("\\s+", " ").strip()).replaceAll("").toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return false;
        }
        if (labels.contains(s)) {
            return true;
        }
        int half = s.length() / 2;
        return s.length() % 2 == 0 && s.substring(0, half).equals(s.substring(half)) && labels.contains(s.substring(0, half));
    }
}
