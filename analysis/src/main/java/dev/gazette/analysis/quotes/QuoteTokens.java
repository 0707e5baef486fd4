package dev.gazette.analysis.quotes;

import dev.gazette.analysis.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@link QuoteExtractor}'s view of a paragraph's tokens: words and single punctuation marks, read
 * from the paragraph's shared tokens ({@link TextUnit#tokens()}, as {@link Tokens#runs}) and the
 * gaps between them, with no second pass over the text. A word is a run, joined to the next where
 * the extractor reads one word: over a hyphen or an apostrophe before a digit ("COVID-19"), and over
 * the full stops of initials and abbreviations ("U.S.", "e.g.", "J."), which keep their final full
 * stop ("U.S.-Japan" is two words). A trailing apostrophe a shared token took ("goin' ") is
 * punctuation here. Every other character of a gap is a punctuation mark. Words inside a quotation
 * can be masked ({@link #mask}), so a view belongs to one extraction.
 */
final class QuoteTokens {
    final List<String> lower = new ArrayList<>();
    private final List<int[]> ranges = new ArrayList<>();
    private final List<Boolean> words = new ArrayList<>();
    final String text;

    QuoteTokens(String t, Tokens shared) {
        this.text = t;
        int n = t.length();
        int[] runs = shared.runs(t);
        int at = 0;
        int k = 0;
        while (k < runs.length) {
            punctuation(at, runs[k]);
            int i = runs[k];
            int j = runs[k + 1];
            k += 2;
            while (j + 1 < n && k < runs.length && runs[k] == j + 1) {
                char d = t.charAt(j);
                boolean joined = isJoiner(d) && Character.isLetterOrDigit(t.charAt(j + 1))
                        || d == '.' && Character.isLetter(t.charAt(j + 1)) && (j - i == 1 || t.charAt(j - 2) == '.');
                if (!joined) {
                    break;
                }
                j = runs[k + 1];
                k += 2;
            }
            if (j < n && t.charAt(j) == '.' && isInitials(t, i, j)) {
                j++; // "U.S.", "J." keep their full stop
            }
            add(i, j, true);
            at = j;
        }
        punctuation(at, n);
    }

    /** Each character of {@code [from, to)} but spaces is a punctuation mark (a surrogate pair is one). */
    private void punctuation(int from, int to) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int j = Character.isHighSurrogate(c) && i + 1 < to ? i + 2 : i + 1;
            add(i, j, false);
            i = j;
        }
    }

    /** One capital letter, or letters each followed by a full stop ({@code U.S}, {@code E.F}). */
    private static boolean isInitials(String t, int from, int to) {
        if (to - from == 1) {
            return Character.isUpperCase(t.charAt(from));
        }
        for (int k = from + 1; k < to; k += 2) {
            if (t.charAt(k) != '.') {
                return false;
            }
        }
        return (to - from) % 2 == 1;
    }

    private static boolean isJoiner(char d) {
        return d == '-' || d == '\'' || d == '\u2019' || d == '\u2018' || d == '\u2010' || d == '\u2011';
    }

    /** Makes the words in {@code [from, to)} count as punctuation: the inside of a quotation. */
    void mask(int from, int to) {
        for (int i = Math.max(firstAtOrAfter(from), 0); i < size() && end(i) <= to; i++) {
            words.set(i, false);
        }
    }

    private void add(int a, int b, boolean word) {
        ranges.add(new int[] {a, b});
        words.add(word);
        lower.add(text.substring(a, b).toLowerCase(Locale.ROOT));
    }

    int size() {
        return ranges.size();
    }

    int start(int i) {
        return ranges.get(i)[0];
    }

    int end(int i) {
        return ranges.get(i)[1];
    }

    boolean word(int i) {
        return i >= 0 && i < size() && words.get(i);
    }

    String text(int i) {
        return text.substring(start(i), end(i));
    }

    boolean is(int i, String s) {
        return i >= 0 && i < size() && text(i).equals(s);
    }

    /** The first token starting at or after {@code offset}, or -1. */
    int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start(mid) < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < size() ? lo : -1;
    }

    /** The last token ending at or before {@code offset}, or -1. */
    int lastBefore(int offset) {
        int lo = 0;
        int hi = size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (end(mid) <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }
}
