package dev.gazette.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one scanner of double quote marks, shared by the rules and the quotation extractor: which
 * characters are double quote marks ({@code " “ ” „ ‟ « »}) and, in one paragraph, which of them
 * open and which close ({@link #scan}), judged from the mark's shape (curly marks and guillemets
 * have a direction), the characters around it, and whether a quotation is already open. A text
 * unit scans its marks once ({@link TextUnit#quoteMarks()}); the rules and the extractor read the
 * roles from there.
 */
public final class QuoteMarks {

    public static final char STRAIGHT = '"';
    public static final char OPEN = '\u201C';
    public static final char CLOSE = '\u201D';
    /** Low-9 opening mark („), as German and Polish text open a quotation. */
    public static final char LOW_OPEN = '\u201E';
    /** High-reversed-9 opening mark (‟). */
    public static final char REVERSED_OPEN = '\u201F';
    public static final char GUILLEMET_OPEN = '\u00AB';
    public static final char GUILLEMET_CLOSE = '\u00BB';

    /** What a quote is doing. */
    public enum Role {
        /** Opens a quotation. */
        OPENS,
        /** Closes the open quotation. */
        CLOSES,
        /** A closing curly quote used to open a quotation ("declared,”The"). */
        OPENS_WRONG_WAY,
        /** An opening curly quote used to close the open quotation. */
        CLOSES_WRONG_WAY,
        /** Closes, but nothing is open. */
        UNMATCHED_CLOSE,
        /** Opens while a quotation is already open: the earlier one was never closed. */
        OPENS_INSIDE,
        /** A straight mark that opens a quotation nested in a curly one ("“He said "no" twice”"). */
        OPENS_NESTED,
        /** A straight mark that closes the quotation nested in a curly one. */
        CLOSES_NESTED
    }

    /** One double quote mark of the text. */
    public record Quote(int offset, char ch, Role role) {
    }

    private QuoteMarks() {
    }

    /** True for double quote marks: straight, curly, low-9, reversed-9 and guillemets. */
    public static boolean isDoubleQuote(char c) {
        return c == STRAIGHT || c == OPEN || c == CLOSE || c == LOW_OPEN || c == REVERSED_OPEN
                || c == GUILLEMET_OPEN || c == GUILLEMET_CLOSE;
    }

    /**
     * The double mark at {@code i} is one of a run of two or more double marks that touches no word: white space
     * (or the edge of the text) on both sides of the run, as in {@code in "“ out}. Such a run marks no quotation: it is
     * a dash or ellipsis garbled by a wrong text encoding, or ditto marks, and neither opens nor closes anything.
     */
    public static boolean inDetachedRun(String text, int i) {
        if (i < 0 || i >= text.length() || !isDoubleQuote(text.charAt(i))) {
            return false;
        }
        int s = i;
        while (s > 0 && isDoubleQuote(text.charAt(s - 1))) {
            s--;
        }
        int e = i + 1;
        while (e < text.length() && isDoubleQuote(text.charAt(e))) {
            e++;
        }
        return e - s >= 2 && (s == 0 || Character.isWhitespace(text.charAt(s - 1)))
                && (e == text.length() || Character.isWhitespace(text.charAt(e)));
    }

    /** True for marks shaped to open a quotation ({@code “ „ ‟ «}). */
    public static boolean isOpeningShape(char c) {
        return c == OPEN || c == LOW_OPEN || c == REVERSED_OPEN || c == GUILLEMET_OPEN;
    }

    /** True for marks shaped to close a quotation ({@code ” »}). */
    public static boolean isClosingShape(char c) {
        return c == CLOSE || c == GUILLEMET_CLOSE;
    }

    /** True for the marks English text mixes: straight and curly ({@code " “ ”}). */
    public static boolean isEnglishDouble(char c) {
        return c == STRAIGHT || c == OPEN || c == CLOSE;
    }

    /**
     * The mark of the other direction in the same style ({@code “}/{@code ”}, {@code «}/{@code »}),
     * for a mark turned the wrong way; {@code 0} when the style has none ({@code „ ‟}).
     */
    public static char turned(char c) {
        return switch (c) {
            case OPEN -> CLOSE;
            case CLOSE -> OPEN;
            case GUILLEMET_OPEN -> GUILLEMET_CLOSE;
            case GUILLEMET_CLOSE -> GUILLEMET_OPEN;
            default -> 0;
        };
    }

    /**
     * The double quotes of {@code text} with their roles, in order: the one reading of the marks that
     * the rules and the quotation extractor share. A mark's direction comes from its shape where it
     * has one, read against its context: a curly mark turned the wrong way opens or closes by the
     * characters around it ({@code declared,”The} opens). A straight mark opens unless it follows a
     * word and is followed by a space, punctuation or the end; inside a quotation it opens another
     * only between a space (or an opening bracket or dash) and a word. Inside a curly quotation,
     * straight marks are a quotation nested in it, unless one stands where the closing mark would.
     * A straight mark after a digit while no quotation is open is an inch mark (12" pipe), not a
     * quote.
     */
    public static List<Quote> scan(String text) {
        List<Quote> out = new ArrayList<>();
        int open = -1;
        boolean nested = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isDoubleQuote(c)) {
                continue;
            }
            if (c == STRAIGHT && open < 0 && i > 0 && Character.isDigit(text.charAt(i - 1))) {
                continue; // inches: a 12" pipe
            }
            if (c == STRAIGHT && open >= 0 && text.charAt(open) != STRAIGHT && (nested || !closingContext(text, i))) {
                out.add(new Quote(i, c, nested ? Role.CLOSES_NESTED : Role.OPENS_NESTED));
                nested = !nested;
                continue;
            }
            nested = false;
            Role role;
            if (opens(text, i, open >= 0)) {
                role = open >= 0 ? Role.OPENS_INSIDE : isClosingShape(c) ? Role.OPENS_WRONG_WAY : Role.OPENS;
                open = i;
            } else if (open >= 0) {
                // German style opens with „ and closes with “
                boolean turned = isOpeningShape(c) && !(text.charAt(open) == LOW_OPEN && c == OPEN);
                role = turned ? Role.CLOSES_WRONG_WAY : Role.CLOSES;
                open = -1;
            } else {
                role = Role.UNMATCHED_CLOSE;
            }
            out.add(new Quote(i, c, role));
        }
        return out;
    }

    /** Whether the double mark at {@code i} opens a quotation, read from its shape and context. */
    private static boolean opens(String t, int i, boolean quoteOpen) {
        char c = t.charAt(i);
        boolean before = openingContextBefore(t, i);
        if (isOpeningShape(c)) {
            return !quoteOpen || before;
        }
        if (isClosingShape(c)) {
            char p = i == 0 ? ' ' : t.charAt(i - 1);
            // "declared,”The", "said:”We", markup's "link=”http": a closing mark turned the wrong way
            return !quoteOpen && (before || p == ',' || p == ':' || p == '=') && wordAfter(t, i);
        }
        if (quoteOpen) {
            return before && wordAfter(t, i);
        }
        return before || !closingContextAfter(t, i);
    }

    /** Before the mark at {@code i}: nothing, a space, or punctuation that opens (also read for single marks). */
    public static boolean openingContextBefore(String t, int i) {
        if (i == 0) {
            return true;
        }
        char p = t.charAt(i - 1);
        return Character.isWhitespace(p) || "([{\u2014\u2013-/".indexOf(p) >= 0;
    }

    /** After a mark: nothing, a space, or punctuation that follows words. */
    private static boolean closingContextAfter(String t, int i) {
        if (i + 1 >= t.length()) {
            return true;
        }
        char n = t.charAt(i + 1);
        return Character.isWhitespace(n) || ".,;:!?)]}\u2014\u2013".indexOf(n) >= 0 || isDoubleQuote(n);
    }

    /** A mark right after a word and before a space, punctuation or the end. */
    private static boolean closingContext(String t, int i) {
        return !openingContextBefore(t, i) && closingContextAfter(t, i);
    }

    private static boolean wordAfter(String t, int i) {
        return i + 1 < t.length() && (Character.isLetterOrDigit(t.charAt(i + 1)) || t.charAt(i + 1) == '\u2026'
                || t.charAt(i + 1) == '\u2018' || t.charAt(i + 1) == '\'');
    }

    /** A straight quote that opens an attribute's value in markup ({@code href="}). */
    private static final Pattern MARKUP_OPEN = Pattern.compile("(?<=[A-Za-z]=)\"");
    /** A straight quote that closes an attribute's value: before the end of a tag or before the next attribute. */
    private static final Pattern MARKUP_CLOSE = Pattern.compile(
            "\"(?=\\h?/?>|\\h[A-Za-z][\\w:-]*=\")");

    /**
     * The offsets of the straight quotes of markup printed in the text ({@code <a href="...">}): an attribute's opening
     * quote and the closing quote of the same value (no tag mark or line break between them). A long value may wrap onto the
     * next line, which may be another paragraph: then the opening quote's value runs to the end of its paragraph and
     * the next one opens with the rest of the value and its closing quote. A value cut off (its opening quote with
     * no closing one) keeps its quote: it is unbalanced. {@code prev} and {@code next} are the paragraphs above and
     * below ({@code ""} for none). The rules that read quotations leave these marks out: they are syntax, not
     * typography.
     */
    public static List<Integer> markupQuotes(String t, String prev, String next) {
        if (t.indexOf('"') < 0) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        Matcher m = MARKUP_OPEN.matcher(t);
        while (m.find()) {
            int close = t.indexOf('"', m.end());
            String value = close < 0 ? t.substring(m.end()) : t.substring(m.end(), close);
            if (close >= 0 && MARKUP_CLOSE.matcher(t).region(close, t.length()).lookingAt()
                    && value.chars().noneMatch(c -> c == '<' || c == '>' || c == '\n')) {
                out.add(m.start()); // a value may hold spaces: title="Audio player"
                out.add(close);
            } else if (close < 0 && value.chars().noneMatch(Character::isWhitespace) && wrappedClose(next) >= 0) {
                out.add(m.start()); // the value wraps onto the next paragraph, which closes it
            }
        }
        int first = wrappedClose(t);
        if (first >= 0 && wrappedOpen(prev)) {
            out.add(first); // closes the value wrapped from the paragraph above
        }
        return out;
    }

    /** The offset of the closing quote of a wrapped value that opens {@code t} (no white space before it), or -1. */
    private static int wrappedClose(String t) {
        String s = t.stripLeading();
        int at = s.indexOf('"');
        if (at <= 0 || s.substring(0, at).chars().anyMatch(Character::isWhitespace)
                || !MARKUP_CLOSE.matcher(s).region(at, s.length()).lookingAt()) {
            return -1;
        }
        return t.length() - s.length() + at;
    }

    /** {@code t} ends with an attribute's value left open: its last quote opens a value with no white space after it. */
    private static boolean wrappedOpen(String t) {
        String s = t.stripTrailing();
        int at = s.lastIndexOf('"');
        return at >= 2 && s.charAt(at - 1) == '=' && Character.isLetter(s.charAt(at - 2))
                && s.substring(at + 1).chars().noneMatch(Character::isWhitespace);
    }

    /** True when the last quote of {@code quotes} leaves a quotation open. */
    public static boolean leavesOpen(List<Quote> quotes) {
        if (quotes.isEmpty()) {
            return false;
        }
        Role r = quotes.get(quotes.size() - 1).role();
        // a nested quotation lies inside a curly one that is still open
        return r == Role.OPENS || r == Role.OPENS_WRONG_WAY || r == Role.OPENS_INSIDE || r == Role.OPENS_NESTED
                || r == Role.CLOSES_NESTED;
    }

    /** True when {@code text} starts (after spaces) with an opening double quote mark: a continued quotation. */
    public static boolean opensWithQuote(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == STRAIGHT || isOpeningShape(c);
            }
        }
        return false;
    }
}
