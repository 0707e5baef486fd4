package dev.gazette.eval.fixes;

import java.util.regex.Pattern;

/**
 * The harness's own, deliberately simple idea of which raw lines are list items or table rows,
 * independent of Gazette's parser, so that structural damage is measured against a fixed yardstick.
 */
final class LineShapes {

    private static final Pattern LIST = Pattern.compile(
            "^\\s*(?:[\\u2022\\u00b7\\u25aa\\u25cf\\u25cb\\u25a1\\u25e6\\u2023\\u2043*\\-\\u2013\\u2014+>]"
                    + "|\\(?\\d{1,3}[.)]|\\(?[a-zA-Z][.)])\\s+\\S");
    private static final Pattern GAP = Pattern.compile("\\S(?: {2,}|\\t)(?=\\S)");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern NUMBERISH = Pattern.compile("[-+(]?[$\u00a3\u20ac]?[\\d.,%]+[)%]?(?:mln|bln|pct|k)?",
            Pattern.CASE_INSENSITIVE);

    private LineShapes() {
    }

    /** True when the line is a bulleted or numbered list item. */
    static boolean isListItem(String line) {
        return LIST.matcher(line).find();
    }

    /**
     * True when the line is a table row: it holds a tab between words, two or more gaps of two or more
     * spaces between words, or at least three tokens of which most are numbers.
     */
    static boolean isTableRow(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        var gaps = GAP.matcher(t);
        int n = 0;
        while (gaps.find()) {
            n++;
        }
        if (n >= 2 || t.indexOf('\t') >= 0) {
            return true;
        }
        int tokens = 0;
        int numbers = 0;
        var m = TOKEN.matcher(t);
        while (m.find()) {
            tokens++;
            if (NUMBERISH.matcher(m.group()).matches()) {
                numbers++;
            }
        }
        return n >= 1 && tokens >= 3 && numbers * 2 >= tokens;
    }

    /** True when the line is a list item or a table row. */
    static boolean isStructured(String line) {
        return isListItem(line) || isTableRow(line);
    }

    /** The line of {@code raw} holding offset {@code at}, without its line break. */
    static String lineAt(String raw, int at) {
        int from = at <= 0 ? 0 : raw.lastIndexOf('\n', Math.min(at, raw.length()) - 1) + 1;
        int to = raw.indexOf('\n', Math.min(at, raw.length()));
        return raw.substring(from, to < 0 ? raw.length() : to);
    }
}
