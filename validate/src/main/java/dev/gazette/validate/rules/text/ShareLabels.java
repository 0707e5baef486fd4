package dev.gazette.validate.rules.text;

/**
 * Share widgets rendered as text: each network's button shows its name and an icon label, the same word again in
 * another case ("Share on Facebook facebook Share on Reddit reddit", "facebook Facebook facebook twitter Twitter
 * twitter"). Such a line is page furniture, written so on purpose: its lower-case labels are not proper nouns in
 * lower case, and a label after the same word ("via email email") is not a doubled word.
 */
final class ShareLabels {

    /** The fewest pairs of a word and its copy in another case on one line for it to be a share widget. */
    static final int MIN_PAIRS = 2;

    private ShareLabels() {
    }

    /** The line holding offset {@code at} has {@link #MIN_PAIRS} or more words next to their copy in another case. */
    static boolean widgetLine(String t, int at) {
        int from = t.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        int to = t.indexOf('\n', at);
        if (to < 0) {
            to = t.length();
        }
        int pairs = 0;
        int prevStart = -1;
        int prevEnd = -1;
        int i = from;
        while (i < to) {
            while (i < to && !Character.isLetter(t.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < to && Character.isLetter(t.charAt(i))) {
                i++;
            }
            if (s == i) {
                break;
            }
            if (prevEnd >= 0 && s == prevEnd + 1 && t.charAt(prevEnd) == ' ' && i - s == prevEnd - prevStart
                    && t.regionMatches(true, prevStart, t, s, i - s) && !t.regionMatches(false, prevStart, t, s, i - s)
                    && ++pairs >= MIN_PAIRS) {
                return true;
            }
            prevStart = s;
            prevEnd = i;
        }
        return false;
    }

    /** The word at {@code [start, end)} stands next to its own copy in another case ("reddit Reddit"). */
    static boolean besideOtherCase(String t, int start, int end) {
        int n = end - start;
        boolean before = start - n - 1 >= 0 && t.charAt(start - 1) == ' '
                && (start - n - 1 == 0 || !Character.isLetter(t.charAt(start - n - 2)))
                && t.regionMatches(true, start - n - 1, t, start, n) && !t.regionMatches(false, start - n - 1, t, start, n);
        boolean after = end + 1 + n <= t.length() && t.charAt(end) == ' '
                && (end + 1 + n == t.length() || !Character.isLetter(t.charAt(end + 1 + n)))
                && t.regionMatches(true, end + 1, t, start, n) && !t.regionMatches(false, end + 1, t, start, n);
        return before || after;
    }
}
