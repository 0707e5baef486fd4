package dev.gazette.analysis.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the double quotes of one paragraph: which open and which close, judged from the
 * quote character (curly quotes have a direction), the characters around it, and whether a
 * quotation is already open. Straight quotes after a digit (12" = inches) are not quotes.
 */
public final class Quotes {

    public static final char STRAIGHT = '"';
    public static final char OPEN = '\u201C';
    public static final char CLOSE = '\u201D';

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
        OPENS_INSIDE
    }

    /** One double quote of the text. */
    public record Quote(int offset, char ch, Role role) {
    }

    private Quotes() {
    }

    /** True for double-quote characters (straight or curly). */
    public static boolean isDoubleQuote(char c) {
        return c == STRAIGHT || c == OPEN || c == CLOSE;
    }

    /** The double quotes of {@code text} with their roles, in order. */
    public static List<Quote> scan(String text) {
        List<Quote> out = new ArrayList<>();
        boolean open = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!isDoubleQuote(c)) {
                continue;
            }
            char prev = i == 0 ? ' ' : text.charAt(i - 1);
            char next = i + 1 == n ? ' ' : text.charAt(i + 1);
            if (c == STRAIGHT && Character.isDigit(prev)) {
                continue;
            }
            boolean openContext = isOpenerBefore(prev) && !Character.isWhitespace(next);
            boolean closeContext = !Character.isWhitespace(prev) && !isOpenerBefore(prev)
                    && (Character.isWhitespace(next) || isPunctuation(next));
            Role role;
            if (c == OPEN) {
                if (open && closeContext) {
                    role = Role.CLOSES_WRONG_WAY;
                } else {
                    role = open ? Role.OPENS_INSIDE : Role.OPENS;
                }
            } else if (c == CLOSE) {
                if (open) {
                    role = Role.CLOSES;
                } else if (openContext || (!closeContext && Character.isLetterOrDigit(next))) {
                    role = Role.OPENS_WRONG_WAY;
                } else {
                    role = Role.UNMATCHED_CLOSE;
                }
            } else {
                if (!open) {
                    role = closeContext && !openContext ? Role.UNMATCHED_CLOSE : Role.OPENS;
                } else {
                    role = openContext && !closeContext ? Role.OPENS_INSIDE : Role.CLOSES;
                }
            }
            open = switch (role) {
                case OPENS, OPENS_WRONG_WAY, OPENS_INSIDE -> true;
                case CLOSES, CLOSES_WRONG_WAY -> false;
                case UNMATCHED_CLOSE -> false;
            };
            out.add(new Quote(i, c, role));
        }
        return out;
    }

    /** True when the last quote of {@code quotes} leaves a quotation open. */
    public static boolean leavesOpen(List<Quote> quotes) {
        if (quotes.isEmpty()) {
            return false;
        }
        Role r = quotes.get(quotes.size() - 1).role();
        return r == Role.OPENS || r == Role.OPENS_WRONG_WAY || r == Role.OPENS_INSIDE;
    }

    /** True when {@code text} starts (after spaces) with an opening double quote: a continued quotation. */
    public static boolean opensWithQuote(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == STRAIGHT || c == OPEN;
            }
        }
        return false;
    }

    private static boolean isOpenerBefore(char c) {
        return Character.isWhitespace(c) || c == '(' || c == '[' || c == '{' || c == '\u2014' || c == '\u2013'
                || c == '-' || c == '/' || c == '\u2018';
    }

    private static boolean isPunctuation(char c) {
        return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']'
                || c == '\u2019' || c == '\u2014' || c == '\u2013' || c == '-';
    }
}
