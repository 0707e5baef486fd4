package dev.gazette.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One problem found in one article (or input file): which rule, how serious, where, what,
 * and optionally how to fix it. Lines and columns are 1-based; line 0 means the whole file.
 * Offsets and columns count UTF-16 code units of the decoded raw text.
 *
 * @param ruleId     the rule's catalogue id, e.g. {@code missing-title}
 * @param severity   how serious it is
 * @param articleId  the article id (file name without extension)
 * @param source     the input path, relative, with forward slashes
 * @param line       1-based line of the start, 0 for a file-level finding
 * @param column     1-based column of the start, 0 for a file-level finding
 * @param endLine    1-based line of the end: of the position just past the last character of the
 *                   range that is not a line break (a trailing line break is not shown as part of
 *                   the region); 0 for a file-level finding; {@code line} for an empty range
 * @param endColumn  1-based column of that position, exclusive (as SARIF's {@code endColumn}); 0 for
 *                   a file-level finding
 * @param start      offset of the start in the raw text
 * @param end        offset just past the end in the raw text
 * @param message    what is wrong, quoting the text
 * @param suggestion what to do about it, or an empty string
 * @param edits      the fix as text edits on the raw text; empty when there is none
 */
public record Finding(String ruleId, Severity severity, String articleId, String source,
                      int line, int column, int endLine, int endColumn, int start, int end,
                      String message, String suggestion, List<TextEdit> edits) {

    /** The one order every report uses: file, position, rule, message. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::source)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId)
            .thenComparingInt(Finding::end)
            .thenComparing(Finding::message)
            .thenComparing(Finding::articleId);

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        articleId = articleId == null ? "" : articleId;
        source = source == null ? "" : source;
        message = message == null ? "" : message;
        suggestion = suggestion == null ? "" : suggestion;
        edits = edits == null ? List.of() : List.copyOf(edits);
    }

    /** A finding about a whole file, such as an unreadable or empty one. */
    public static Finding fileLevel(String ruleId, Severity severity, String articleId, String source,
                                    String message, String suggestion) {
        return new Finding(ruleId, severity, articleId, source, 0, 0, 0, 0, 0, 0, message, suggestion, List.of());
    }

    /**
     * A finding on the raw range {@code [start, end)}, with its start and end lines and columns
     * computed from {@code lines}, the line index of the raw text.
     */
    public static Finding at(String ruleId, Severity severity, String articleId, String source, LineIndex lines,
                             int start, int end, String message, String suggestion, List<TextEdit> edits) {
        int line = lines.lineOf(start);
        int column = lines.columnOf(start);
        int endLine = line;
        int endColumn = column;
        String text = lines.text();
        if (end <= text.length()) {
            int last = end - 1;
            while (last >= start && (text.charAt(last) == '\n' || text.charAt(last) == '\r')) {
                last--;
            }
            if (last >= start) {
                endLine = lines.lineOf(last);
                endColumn = lines.columnOf(last) + 1;
            }
        }
        return new Finding(ruleId, severity, articleId, source, line, column, endLine, endColumn, start, end,
                message, suggestion, edits);
    }

    /**
     * A finding at a line and column of a file that has no raw text of its own (a corpus file's
     * record, an undecodable byte), with no range and no fix.
     */
    public static Finding atPosition(String ruleId, Severity severity, String articleId, String source, int line,
                                     int column, String message, String suggestion) {
        return new Finding(ruleId, severity, articleId, source, line, column, line, column, 0, 0, message, suggestion,
                List.of());
    }

    /** True when the finding carries a fix. */
    public boolean fixable() {
        return !edits.isEmpty();
    }

    /** The same finding with another severity (configuration overrides). */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, articleId, source, line, column, endLine, endColumn, start, end, message,
                suggestion, edits);
    }
}
