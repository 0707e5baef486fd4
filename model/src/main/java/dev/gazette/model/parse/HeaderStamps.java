package dev.gazette.model.parse;

import dev.gazette.model.Article;
import java.time.MonthDay;
import java.util.Optional;

/**
 * What the header of an article says about its date when no publication date could be read: a stamp or byline that
 * gives the month and day without the year ("Oct. 23 07:45 pm JST", "By Jane Roe  April 9 at 10:24 AM"), as pages stamp
 * the current year's articles. The article then has no calendar date, but its page gave one: rules that report a
 * missing date (or dates that cannot be resolved for want of one) read this to say that the year is what is missing. The header is read as the header date is (the lines
 * above the second line of prose, at most {@value #HEADER_LINES} non-blank lines).
 */
public final class HeaderStamps {

    /** The most non-blank lines at the top of an article read (menus may come first). */
    static final int HEADER_LINES = 60;
    /** The prose lines a stamp may come after: a photo caption above the byline, then the first paragraph. */
    private static final int HEADER_PROSE_LINES = 2;

    private HeaderStamps() {
    }

    /**
     * A yearless date stamp of a header.
     *
     * @param monthDay the month and day it gives
     * @param text     its text ("April 9 at 10:24 AM")
     */
    public record Stamp(MonthDay monthDay, String text) {
    }

    /** The first yearless date stamp in the header of {@code article}; empty when there is none. */
    public static Optional<Stamp> yearless(Article article) {
        int seen = 0;
        int prose = 0;
        String lastProse = null;
        for (String line : article.raw().split("\r\n|\r|\n", -1)) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (++seen > HEADER_LINES || prose >= HEADER_PROSE_LINES) {
                break;
            }
            if (prose(t)) {
                if (!ArticleParser.repeats(t, lastProse)) {
                    prose++; // a caption printed twice (for the screen and for screen readers) counts once
                }
                lastProse = t;
                continue;
            }
            Optional<HeaderDates.Yearless> y = HeaderDates.yearlessOfHeaderLine(t);
            if (y.isPresent()) {
                return Optional.of(new Stamp(y.get().monthDay(), y.get().text()));
            }
        }
        return Optional.empty();
    }

    /** A line of running text: a sentence of fifteen words or more, or thirty words (as the header date reads it). */
    private static boolean prose(String t) {
        int words = ArticleParser.wordCount(t);
        char end = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        return words >= 15 && ".!?…:\"”’'".indexOf(end) >= 0 || words >= 30;
    }
}
