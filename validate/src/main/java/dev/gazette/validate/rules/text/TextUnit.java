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

    /** True when {@code [start, end)} of the text lies within one line of the raw text (it crosses no line join). */
    boolean contiguous(int start, int end) {
        if (paragraph == null) {
            return true;
        }
        int base = 0;
        for (dev.gazette.model.Span p : paragraph.pieces()) {
            if (start >= base && end <= base + p.length()) {
                return true;
            }
            base += p.length() + 1;
        }
        return false;
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

    /**
     * True when the line holding text offset {@code offset} is a table row: it has two or more
     * runs of two or more spaces or tabs (aligned columns).
     */
    boolean isTableLine(int offset) {
        int s = 0;
        int e = text.length();
        if (paragraph != null) {
            int base = 0;
            for (dev.gazette.model.Span p : paragraph.pieces()) {
                if (offset <= base + p.length()) {
                    s = base;
                    e = base + p.length();
                    break;
                }
                base += p.length() + 1;
            }
        }
        int runs = 0;
        for (int i = s; i + 1 < e; i++) {
            if (isColumnSpace(text.charAt(i)) && isColumnSpace(text.charAt(i + 1))) {
                runs++;
                while (i + 1 < e && isColumnSpace(text.charAt(i + 1))) {
                    i++;
                }
            } else if (text.charAt(i) == '\t') {
                runs++;
            }
        }
        return runs >= 2;
    }

    private static boolean isColumnSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }

    /** The text from {@code before} characters before {@code start} to {@code after} characters after {@code end},
            for messages. */
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
