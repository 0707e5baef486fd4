package dev.gazette.analysis.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The double quote marks, shared by the rules and the quotation extractor: which characters are
 * double quote marks ({@code " “ ” „ ‟ « »}), their shapes, and (for the rules, {@link #scan}) in
 * one paragraph which of them open and which close, judged from the mark's shape (curly marks and
 * guillemets have a direction), the characters around it, and whether a quotation is already open.
 * Straight marks after a digit (12" = inches) are not quote marks. The quotation extractor reads
 * the same marks and shapes but pairs them by its own reading, which also knows straight marks
 * nested in a curly quotation and single curly quotations ({@code QuoteExtractor}).
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
        OPENS_INSIDE
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

    /** The double quotes of {@code text} with their roles, in order. */
    public static List<Quote> scan(String text) {
        List<Quote> out = new ArrayList<>();
        boolean open = false;
        char opener = 0;
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
            if (isOpeningShape(c)) {
                if (open && closeContext) {
                    // German style opens with „ and closes with “
                    role = opener == LOW_OPEN && c == OPEN ? Role.CLOSES : Role.CLOSES_WRONG_WAY;
                } else {
                    role = open ? Role.OPENS_INSIDE : Role.OPENS;
                }
            } else if (isClosingShape(c)) {
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
            if (open) {
                opener = c;
            }
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

    private static boolean isOpenerBefore(char c) {
        return Character.isWhitespace(c) || c == '(' || c == '[' || c == '{' || c == '\u2014' || c == '\u2013'
                || c == '-' || c == '/' || c == '\u2018';
    }

    private static boolean isPunctuation(char c) {
        return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']'
                || c == '\u2019' || c == '\u2014' || c == '\u2013' || c == '-';
    }
}
