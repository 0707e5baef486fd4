package dev.gazette.validate.rules.text;

import dev.gazette.model.Article;
import dev.gazette.model.Block;
import dev.gazette.model.Paragraph;
import dev.gazette.model.TextEdit;
import dev.gazette.validate.ArticleContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A piece of article text a rule checks: a body paragraph (whose text joins its lines with
 * single spaces) or a single-line block such as the title or dek. Maps offsets of its text
 * back to the raw text, so findings and fixes point at the raw file.
 */
final class TextUnit {

    private final String text;
    private final Paragraph paragraph;
    private final Block block;

    private TextUnit(String text, Paragraph paragraph, Block block) {
        this.text = text;
        this.paragraph = paragraph;
        this.block = block;
    }

    /** The body paragraphs of {@code a}, preceded by its title and dek when {@code withTitle}. */
    static List<TextUnit> of(Article a, boolean withTitle) {
        List<TextUnit> units = new ArrayList<>(a.paragraphs().size() + 2);
        if (withTitle) {
            if (a.title() != null) {
                units.add(new TextUnit(a.title().text(), null, a.title()));
            }
            if (a.dek() != null) {
                units.add(new TextUnit(a.dek().text(), null, a.dek()));
            }
        }
        for (Paragraph p : a.paragraphs()) {
            units.add(new TextUnit(p.text(), p, null));
        }
        return units;
    }

    String text() {
        return text;
    }

    /** The paragraph, or {@code null} for a title or dek. */
    Paragraph paragraph() {
        return paragraph;
    }

    boolean isBody() {
        return paragraph != null;
    }

    /** The raw offset of text offset {@code offset}. */
    int raw(int offset) {
        return paragraph != null ? paragraph.rawOffset(offset) : block.start() + offset;
    }

    /** True when {@code [start, end)} of the text is one stretch of the raw text (it crosses no line join). */
    boolean contiguous(int start, int end) {
        return raw(end) - raw(start) == end - start;
    }

    /** An edit replacing {@code [start, end)} of the text; the range must be {@link #contiguous}. */
    TextEdit edit(int start, int end, String replacement) {
        return new TextEdit(raw(start), raw(end), replacement);
    }

    /** Reports a finding on {@code [start, end)} of the text. */
    void report(ArticleContext ctx, String ruleId, int start, int end, String message, String suggestion,
                List<TextEdit> edits) {
        if (paragraph != null) {
            ctx.reportInParagraph(ruleId, paragraph, start, end, message, suggestion, edits);
        } else {
            ctx.report(ruleId, raw(start), raw(end), message, suggestion, edits);
        }
    }

    /** Up to {@code max} characters around {@code [start, end)}, for messages. */
    String excerpt(int start, int end, int before, int after) {
        int s = Math.max(0, start - before);
        int e = Math.min(text.length(), end + after);
        return text.substring(s, e);
    }

    /** Shortens {@code s} to at most {@code max} characters for a message. */
    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
