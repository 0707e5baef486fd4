package dev.gazette.analysis.text;

import dev.gazette.model.Article;
import dev.gazette.model.Block;
import dev.gazette.model.Paragraph;
import dev.gazette.model.TextEdit;
import java.util.ArrayList;
import java.util.List;

/**
 * A piece of article text the rules check: a body paragraph (whose text joins its lines with
 * single spaces) or a single-line block such as the title or dek. Maps offsets of its text back
 * to the raw text, so findings and fixes point at the raw file. Its tokens and words
 * ({@link Tokens}, one pass over the text) and its double quote marks are found once, on first
 * use, and shared by every rule and extractor that reads them (one tokenisation per unit, see
 * {@link ArticleText}). Belongs to one article's analysis and one thread.
 */
public final class TextUnit {

    private final String text;
    private final Paragraph paragraph;
    private final Block block;
    private Tokens tokens;
    private List<QuoteMarks.Quote> quoteMarks;

    private TextUnit(String text, Paragraph paragraph, Block block) {
        this.text = text;
        this.paragraph = paragraph;
        this.block = block;
    }

    /**
     * The body paragraphs of {@code a}, preceded by its title and dek when {@code withTitle}; fresh
     * units (rules read the shared ones through {@link ArticleText}).
     */
    public static List<TextUnit> of(Article a, boolean withTitle) {
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

    /** A unit of one body paragraph on its own (the units of an article come from {@link ArticleText}). */
    public static TextUnit of(Paragraph paragraph) {
        return new TextUnit(paragraph.text(), paragraph, null);
    }

    public String text() {
        return text;
    }

    /** The paragraph, or {@code null} for a title or dek. */
    public Paragraph paragraph() {
        return paragraph;
    }

    public boolean isBody() {
        return paragraph != null;
    }

    /** The raw offset of text offset {@code offset}. */
    public int raw(int offset) {
        return paragraph != null ? paragraph.rawOffset(offset) : block.start() + offset;
    }

    /** True when {@code [start, end)} of the text lies within one line of the raw text (it crosses no line join). */
    public boolean contiguous(int start, int end) {
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
    public TextEdit edit(int start, int end, String replacement) {
        return new TextEdit(raw(start), raw(end), replacement);
    }

    /**
     * The tokens and words of the text ({@link Tokens}), found in one pass on the first call and
     * kept: every later call, by any rule or extractor, returns the same instance.
     */
    public Tokens tokens() {
        Tokens t = tokens;
        if (t == null) {
            t = Tokens.of(text);
            tokens = t;
        }
        return t;
    }

    /**
     * Calls {@code visitor} for every word of the text (a maximal run of letters, see
     * {@link Words}), in order; the words come from {@link #tokens()}.
     */
    public void forEachWord(Words.Visitor visitor) {
        tokens().forEachWord(visitor);
    }

    /** The double quote marks of the text with their roles ({@link QuoteMarks#scan}), found once. */
    public List<QuoteMarks.Quote> quoteMarks() {
        if (quoteMarks == null) {
            quoteMarks = List.copyOf(QuoteMarks.scan(text));
        }
        return quoteMarks;
    }


    /**
     * True when the line holding text offset {@code offset} is a table row: it has two or more
     * runs of two or more spaces or tabs (aligned columns).
     */
    public boolean isTableLine(int offset) {
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
    public String excerpt(int start, int end, int before, int after) {
        int s = Math.max(0, start - before);
        int e = Math.min(text.length(), end + after);
        return text.substring(s, e);
    }

    /** Shortens {@code s} to at most {@code max} characters for a message. */
    public static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
