package dev.gazette.model.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises the lines whose layout carries meaning: list items (a bullet from
 * {@code list-markers.txt}, or a number or letter with a stop or bracket) and table rows (columns
 * apart by tabs or runs of spaces, or rows that are mostly numbers). Such lines are kept as lines:
 * never joined to their neighbours, never taken as headings, and their spacing is left alone.
 */
public final class LineShape {

    private static final Pattern NUMBERED = Pattern.compile("^(?:\\(?\\d{1,3}[.)]|\\(?[a-zA-Z][.)]|\\(\\d{1,3}\\))\\s+\\S");
    private static final Pattern GAP = Pattern.compile("\\S( {2,}|\\t)(?=\\S)");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern NUMBER = Pattern.compile(
            "[-+(]?[$£€¥]?\\d[\\d.,/:%-]*[)%]?|n(?:il|a)|unch|[-–—]{2,}", Pattern.CASE_INSENSITIVE);

    private final Pattern bullet;

    /** A recogniser for the given bullet characters or strings (each followed by white space). */
    public LineShape(List<String> bullets) {
        StringBuilder alt = new StringBuilder();
        for (String b : bullets) {
            if (!b.isBlank()) {
                alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(b.strip()));
            }
        }
        this.bullet = alt.length() == 0 ? null : Pattern.compile("^(?:" + alt + ")(?:\\s+\\S|$)");
    }

    /** The bullets of the bundled {@code list-markers.txt}. */
    public static LineShape defaults() {
        return new LineShape(PatternFile.plain(PatternFile.resourceLines("list-markers.txt")));
    }

    /** A bulleted or numbered list item. */
    public boolean isListItem(String line) {
        String t = line.strip();
        return !t.isEmpty() && ((bullet != null && bullet.matcher(t).find()) || NUMBERED.matcher(t).find());
    }

    /**
     * A table row: a tab between words; two or more gaps of two or more spaces of which one is
     * three or more wide or most tokens are numbers; or one such gap in a row of three or more
     * tokens that are mostly numbers.
     */
    public static boolean isTableRow(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        if (t.indexOf('\t') >= 0) {
            return true;
        }
        var m = GAP.matcher(t);
        int gaps = 0;
        boolean wide = false;
        while (m.find()) {
            gaps++;
            wide |= m.group(1).length() >= 3;
        }
        if (gaps == 0) {
            return false;
        }
        int tokens = 0;
        int numbers = 0;
        var k = TOKEN.matcher(t);
        while (k.find()) {
            tokens++;
            if (NUMBER.matcher(k.group()).matches()) {
                numbers++;
            }
        }
        boolean numeric = tokens >= 3 && numbers * 2 >= tokens;
        return gaps >= 2 && (wide || numbers * 10 >= tokens * 3) || gaps >= 1 && (numeric || wide && tokens <= 8);
    }

    /** A list item or a table row. */
    public boolean isStructured(String line) {
        return isListItem(line) || isTableRow(line);
    }
}
