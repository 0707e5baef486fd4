package dev.gazette.validate.rules.text;

import dev.gazette.analysis.text.TextUnit;
import dev.gazette.model.LineIndex;
import dev.gazette.model.TextEdit;
import dev.gazette.model.parse.LineShape;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.Rule;
import java.util.List;

/**
 * Finds whitespace that is not a single plain space inside the text: runs of spaces, tabs,
 * non-breaking and other special spaces, zero-width spaces and soft hyphens, and spaces at
 * the end of a paragraph's last line or of the title. It looks only inside each line's text
 * (a paragraph joins its lines with one space, so line breaks and indentation are the
 * broken-paragraph rule's business) and leaves spaces before punctuation to the
 * space-before-punctuation rule. Runs of spaces in a table row or a list item (two or more runs, a
 * tab, columns of numbers, a bullet: {@link LineShape}) are its layout and are left alone.
 * Zero-width joiners are left alone: scripts and emoji need
 * them, and so is the no-break or thin space that French typography writes inside guillemets. The fix writes one plain space, or deletes.
 */
public final class WhitespaceRule implements Rule {

    public static final String ID = "whitespace";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ArticleContext ctx) {
        String raw = ctx.article().raw();
        LineIndex lines = ctx.lines();
        for (TextUnit u : ctx.analysis().text().units(true)) {
            String t = u.text();
            int n = t.length();
            int i = 0;
            while (i < n) {
                char c = t.charAt(i);
                if (isInvisible(c)) {
                    ctx.report(ID, u, i, i + 1, describe(c) + " inside '" + TextUnit.shorten(around(t, i), 40) + "'",
                            "Delete it (done by the normaliser).", List.of(u.edit(i, i + 1, "")));
                    i++;
                    continue;
                }
                if (!isSpace(c)) {
                    i++;
                    continue;
                }
                int s = i;
                while (i < n && isSpace(t.charAt(i))) {
                    i++;
                }
                if (i - s == 1 && c == ' ') {
                    continue;
                }
                if (i < n && isPunctuation(t.charAt(i)) && s > 0) {
                    continue;
                }
                if (i - s == 1 && c != ' ' && c != '\t' && guillemetSpace(t, s)) {
                    continue; // French typography: a no-break or thin space inside guillemets is how it is written
                }
                if (!u.contiguous(s, i) || u.isTableLine(s)) {
                    continue;
                }
                if (i - s > 1 && (structured(raw, lines, u.raw(s)) || aligned(raw, lines, u.raw(i)))) {
                    continue; // the spacing of a list item or table row is its layout
                }
                String what = describeRun(t, s, i);
                ctx.report(ID, u, s, i, what + " in '" + TextUnit.shorten(around(t, s), 40) + "'",
                        "Write one plain space (done by the normaliser).", List.of(u.edit(s, i, " ")));
            }
            int end = u.raw(n);
            int line = lines.lineOf(Math.max(0, end - 1));
            int lineEnd = lines.lineEnd(line);
            if (lineEnd > end && blank(raw, end, lineEnd)) {
                String tail = raw.substring(end, lineEnd);
                ctx.report(ID, end, lineEnd, "Trailing whitespace (" + tail.length() + " character"
                                + (tail.length() == 1 ? "" : "s") + ") at the end of line " + line,
                        "Delete it (done by the normaliser).", List.of(new TextEdit(end, lineEnd, "")));
            }
        }
    }

    private static final LineShape SHAPES = LineShape.defaults();

    /** The raw line holding {@code offset} is a list item or a table row. */
    private static boolean structured(String raw, LineIndex lines, int offset) {
        int line = lines.lineOf(offset);
        return SHAPES.isStructured(raw.substring(lines.lineStart(line), lines.lineEnd(line)));
    }

    /** The longest line (stripped) read as a line of a listing whose columns one space can line up. */
    private static final int SHORT_LINE = 40;

    /**
     * The run of spaces ending at {@code offset} lines a column up with the line above or below: there too a word
     * starts at the same column after two or more spaces ("600/700  unquoted" over "700/800  unquoted"), or, in a
     * listing (a block of at least three short lines between blank lines: "add  r1, r2" under "load r2, 200"),
     * after one space. A headline over its date line is no listing: two lines, then prose.
     */
    private static boolean aligned(String raw, LineIndex lines, int offset) {
        int line = lines.lineOf(offset);
        int column = offset - lines.lineStart(line);
        boolean listing = inListing(raw, lines, line);
        for (int other : new int[] {line - 1, line + 1}) {
            if (other < 1 || other > lines.lineCount()) {
                continue;
            }
            int start = lines.lineStart(other);
            int at = start + column;
            if (at >= lines.lineEnd(other) || column < 2 || Character.isWhitespace(raw.charAt(at))
                    || raw.charAt(at - 1) != ' ') {
                continue;
            }
            if (raw.charAt(at - 2) == ' ' || listing && !Character.isWhitespace(raw.charAt(at - 2))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code line} is in a block of at least three non-blank lines, all short, between blank lines. */
    private static boolean inListing(String raw, LineIndex lines, int line) {
        int first = line;
        while (first > 1 && !lineText(raw, lines, first - 1).isBlank()) {
            first--;
        }
        int last = line;
        while (last < lines.lineCount() && !lineText(raw, lines, last + 1).isBlank()) {
            last++;
        }
        if (last - first < 2) {
            return false;
        }
        for (int k = first; k <= last; k++) {
            if (lineText(raw, lines, k).strip().length() > SHORT_LINE) {
                return false;
            }
        }
        return true;
    }

    private static String lineText(String raw, LineIndex lines, int line) {
        return raw.substring(lines.lineStart(line), lines.lineEnd(line));
    }

    private static boolean blank(String raw, int s, int e) {
        for (int i = s; i < e; i++) {
            char c = raw.charAt(i);
            if (!Character.isWhitespace(c) && !isSpace(c) && !isInvisible(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F'
                || c == '\u205F' || c == '\u3000';
    }

    /**
     * The one special space at {@code at} stands just inside guillemets (after « or ‹, before » or ›), where French
     * typography writes a no-break or thin space on purpose.
     */
    private static boolean guillemetSpace(String t, int at) {
        return at > 0 && (t.charAt(at - 1) == '\u00AB' || t.charAt(at - 1) == '\u2039')
                || at + 1 < t.length() && (t.charAt(at + 1) == '\u00BB' || t.charAt(at + 1) == '\u203A');
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    private static boolean isPunctuation(char c) {
        return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\u201D';
    }

    private static String describe(char c) {
        return switch (c) {
            case '\u200B' -> "Zero-width space (U+200B)";
            case '\u2060' -> "Word joiner (U+2060)";
            case '\uFEFF' -> "Byte-order mark (U+FEFF)";
            case '\u00AD' -> "Soft hyphen (U+00AD)";
            default -> String.format("Invisible character (U+%04X)", (int) c);
        };
    }

    private static String describeRun(String t, int s, int e) {
        if (e - s == 1) {
            char c = t.charAt(s);
            return c == '\t' ? "Tab" : c == '\u00A0' ? "Non-breaking space (U+00A0)"
                    : String.format("Special space (U+%04X)", (int) c);
        }
        boolean plain = true;
        for (int i = s; i < e; i++) {
            plain &= t.charAt(i) == ' ';
        }
        return plain ? "Run of " + (e - s) + " spaces" : "Run of " + (e - s) + " whitespace characters (tabs or special spaces)";
    }

    private static String around(String t, int i) {
        int s = i;
        while (s > 0 && i - s < 15 && !Character.isWhitespace(t.charAt(s - 1))) {
            s--;
        }
        int e = i;
        while (e < t.length() && (Character.isWhitespace(t.charAt(e)) || isInvisible(t.charAt(e)) || e == i)) {
            e++;
        }
        while (e < t.length() && e - i < 20 && !Character.isWhitespace(t.charAt(e))) {
            e++;
        }
        return t.substring(s, e).replace('\t', ' ').replace('\u00A0', ' ');
    }
}
