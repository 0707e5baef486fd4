package dev.gazette.model.io.corpus;

import dev.gazette.model.ArticleIds;
import dev.gazette.model.Finding;
import dev.gazette.model.Severity;
import dev.gazette.model.io.DocumentReader;
import dev.gazette.model.io.PendingDocument;
import dev.gazette.model.io.RawDocument;
import dev.gazette.model.io.ReadResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A corpus record turned into article text that the article parser reads like a file: the
 * title line, a blank line, the date line (when the record has a date), a blank line, then
 * the body. Composition and hashing happen in {@link #read()}, on a worker thread.
 */
final class RecordDocument implements PendingDocument {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final RecordLocation at;
    private final String id;
    private final String title;
    private final String date;
    private final String body;

    private RecordDocument(RecordLocation at, String id, String title, String date, String body) {
        this.at = at;
        this.id = id;
        this.title = title;
        this.date = date;
        this.body = body;
    }

    /**
     * The document of a record whose fields have been read, or a rejection when its text field
     * is missing or blank.
     */
    static PendingDocument of(RecordLocation at, FieldMapping mapping, String id, String title, String date,
                              String body) {
        String articleId = id == null || id.isBlank() ? at.fallbackId() : ArticleIds.friendly(id.strip());
        if (body == null) {
            return rejected(malformed(at, articleId, at.line(), 1,
                    "Record " + at.record() + " has no text field '" + mapping.text() + "'; it is skipped",
                    "Name the field that holds the article text with --text-field."), 0);
        }
        if (body.isBlank()) {
            return rejected(Finding.fileLevel("empty-record", Severity.WARNING, articleId, at.source(),
                    "Record " + at.record() + " has an empty text field '" + mapping.text() + "'; it is skipped",
                    "Leave the record out of the corpus, or fill in its text."), 0);
        }
        return new RecordDocument(at, articleId, oneLine(title), oneLine(date), body);
    }

    /** A {@code malformed-record} finding at a line and column of the corpus file. */
    static Finding malformed(RecordLocation at, String articleId, long line, long column, String message,
                             String suggestion) {
        return Finding.atPosition("malformed-record", Severity.ERROR, articleId, at.source(), clamp(line),
                clamp(column), message, suggestion);
    }

    static PendingDocument rejected(Finding why, long weight) {
        return PendingDocument.of(ReadResult.rejected(why), weight);
    }

    @Override
    public ReadResult read() {
        StringBuilder text = new StringBuilder(body.length() + 128);
        if (title != null) {
            text.append(title).append("\n\n");
        }
        if (date != null) {
            text.append(date).append("\n\n");
        }
        text.append(trimBody(body)).append('\n');
        String composed = text.toString();
        List<Finding> notes = new ArrayList<>(0);
        if (composed.indexOf('\uFFFD') >= 0) {
            notes.add(Finding.fileLevel("encoding", Severity.WARNING, id, at.source(),
                    "Record holds U+FFFD replacement characters: the corpus file is probably not UTF-8",
                    "Convert the corpus file to UTF-8, e.g. iconv -f windows-1252 -t UTF-8."));
        }
        String sha = DocumentReader.sha256(composed.getBytes(StandardCharsets.UTF_8));
        // The title field is line 1 of the composed text: the parser is told so and never sets it aside.
        return ReadResult.of(new RawDocument(id, at.source(), sha, "UTF-8", composed, notes, title != null ? 1 : 0));
    }

    @Override
    public long weight() {
        return body.length();
    }

    @Override
    public String source() {
        return at.source();
    }

    /** A field value on one line, or {@code null} when blank: a title or date is one line of the text. */
    private static String oneLine(String s) {
        if (s == null) {
            return null;
        }
        String t = SPACES.matcher(s.strip()).replaceAll(" ");
        return t.isEmpty() ? null : t;
    }

    /** The body without leading line breaks and trailing white space (indents are kept: they mark paragraphs). */
    private static String trimBody(String s) {
        int from = 0;
        int lastBreak = -1;
        while (from < s.length() && Character.isWhitespace(s.charAt(from))) {
            if (s.charAt(from) == '\n' || s.charAt(from) == '\r') {
                lastBreak = from;
            }
            from++;
        }
        return s.substring(lastBreak + 1).stripTrailing();
    }

    private static int clamp(long v) {
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, v));
    }
}
