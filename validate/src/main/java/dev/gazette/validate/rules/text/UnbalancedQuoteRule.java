package dev.gazette.validate.rules.text;

import dev.gazette.analysis.text.QuoteMarks;
import dev.gazette.analysis.text.TextUnit;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.Rule;
import java.util.List;

/**
 * Finds double quotes that do not pair up within a paragraph: a closing quote with no
 * opening one, an opening quote never closed, and a quotation opened inside another. A
 * quotation may run on over several paragraphs (the next paragraph opens with a quote, or, in
 * wire copy, closes it without repeating the opening quote); quotations nested in the same
 * marks are fine when they pair up; a straight quote after a digit may close a quotation
 * ("0/92"); a paragraph cut off with "..." is not expected to close its quotation. Apostrophes and single quotes are not considered. A curly quote turned the
 * wrong way ("declared,”The") is reported with a safe fix that turns it round.
 */
public final class UnbalancedQuoteRule implements Rule {

    public static final String ID = "unbalanced-quote";

    @Override
    public String id() {
        return ID;
    }

    /** A straight quote after a digit that ends a quotation ("0/92" plan), which the scanner reads as inches. */
    private static final java.util.regex.Pattern DIGIT_CLOSE = java.util.regex.Pattern.compile("\\d\"(?=[\\s.,;:!?)\\]]|$)");

    @Override
    public void check(ArticleContext ctx) {
        List<TextUnit> units = ctx.analysis().text().units(true);
        for (int k = 0; k < units.size(); k++) {
            TextUnit u = units.get(k);
            String t = u.text();
            List<QuoteMarks.Quote> quotes = u.quoteMarks();
            boolean nested = balancedWhenNested(quotes);
            boolean firstCloseAnswered = k > 0 && u.isBody() && units.get(k - 1).isBody()
                    && leavesOpen(units.get(k - 1).text(), units.get(k - 1).quoteMarks());
            for (QuoteMarks.Quote q : quotes) {
                int i = q.offset();
                switch (q.role()) {
                    case UNMATCHED_CLOSE -> {
                        if (q.ch() == '\u00BB' && t.indexOf('\u00AB') < 0) {
                            continue; // a guillemet with no opening one in the paragraph is a link arrow ("More »")
                        }
                        if (firstCloseAnswered) {
                            firstCloseAnswered = false; // closes the quotation run on from the paragraph above
                        } else if (!nested) {
                            report(ctx, u, i, "Closing quote " + q.ch() + " after '" + before(t, i)
                                    + "' has no opening quote in this paragraph",
                                    "Add the opening quote where the quotation starts.");
                        }
                    }
                    case OPENS_INSIDE -> {
                        if (!nested) {
                            report(ctx, u, i, "Quote " + q.ch() + " before '" + after(t, i)
                                    + "' opens a quotation while another is still open in this paragraph",
                                    "Close the earlier quotation, or remove the stray quote.");
                        }
                    }
                    case OPENS_WRONG_WAY, CLOSES_WRONG_WAY -> reportTurned(ctx, u, q);
                    default -> {
                    }
                }
                if (q.role() != QuoteMarks.Role.UNMATCHED_CLOSE) {
                    firstCloseAnswered = false;
                }
            }
            if (leavesOpen(t, quotes) && !runsOnBelow(units, k)) {
                QuoteMarks.Quote last = quotes.get(quotes.size() - 1);
                report(ctx, u, last.offset(), "Quotation opened by " + last.ch() + " before '" + after(t, last.offset())
                        + "' is never closed in this paragraph", "Add the closing quote where the quotation ends.");
            }
        }
    }

    /**
     * The paragraph leaves a quotation open: the last quote opens one, it is not closed by a straight quote after
     * a digit ("0/92" plan), and the paragraph is not cut off ("..." at its end, as in teasers).
     */
    private static boolean leavesOpen(String t, List<QuoteMarks.Quote> quotes) {
        if (!QuoteMarks.leavesOpen(quotes) || balancedWhenNested(quotes)) {
            return false;
        }
        int last = quotes.get(quotes.size() - 1).offset();
        if (DIGIT_CLOSE.matcher(t).region(last, t.length()).find()) {
            return false;
        }
        String end = t.stripTrailing();
        return !(end.endsWith("...") || end.endsWith("\u2026"));
    }

    /**
     * A quotation left open runs on into the next body paragraph: that paragraph opens with a quote (the usual
     * convention), or its first quote closes a quotation (wire copy that does not repeat the opening quote), or it
     * holds no quote and the one after it goes on the same way (up to three paragraphs).
     */
    private static boolean runsOnBelow(List<TextUnit> units, int k) {
        if (!units.get(k).isBody()) {
            return false;
        }
        for (int j = k + 1; j < units.size() && j <= k + 3 && units.get(j).isBody(); j++) {
            if (QuoteMarks.opensWithQuote(units.get(j).text())) {
                return true;
            }
            List<QuoteMarks.Quote> q = units.get(j).quoteMarks();
            if (!q.isEmpty()) {
                return q.get(0).role() == QuoteMarks.Role.UNMATCHED_CLOSE;
            }
        }
        return false;
    }

    /**
     * Quotations nested in the same marks ("the "haves" and "have-nots" budget") pair up when read as nested:
     * no close without an open before it and every open closed.
     */
    private static boolean balancedWhenNested(List<QuoteMarks.Quote> quotes) {
        int depth = 0;
        boolean nestedSeen = false;
        for (QuoteMarks.Quote q : quotes) {
            switch (q.role()) {
                case OPENS, OPENS_WRONG_WAY -> depth++;
                case OPENS_INSIDE -> {
                    depth++;
                    nestedSeen = true;
                }
                case CLOSES, CLOSES_WRONG_WAY, UNMATCHED_CLOSE -> depth--;
                default -> {
                }
            }
            if (depth < 0) {
                return false;
            }
        }
        return nestedSeen && depth == 0;
    }

    /** A mark turned the wrong way: fixed by turning it round, in its own style (“ ”, « »). */
    private static void reportTurned(ArticleContext ctx, TextUnit u, QuoteMarks.Quote q) {
        String t = u.text();
        int i = q.offset();
        char turned = QuoteMarks.turned(q.ch());
        boolean opens = q.role() == QuoteMarks.Role.OPENS_WRONG_WAY;
        String message = opens
                ? "Closing quote " + q.ch() + " opens the quotation '" + after(t, i) + "'"
                : "Opening quote " + q.ch() + " closes the quotation after '" + before(t, i) + "'";
        if (turned == 0) {
            ctx.report(ID, u, i, i + 1, message, "Check which way the quotation runs.", List.of());
            return;
        }
        ctx.report(ID, u, i, i + 1, message + "; it should be " + turned,
                "Write " + turned + " (done by the normaliser).", List.of(u.edit(i, i + 1, String.valueOf(turned))));
    }

    private static void report(ArticleContext ctx, TextUnit u, int i, String message, String suggestion) {
        ctx.report(ID, u, i, i + 1, message, suggestion, List.of());
    }

    private static String before(String t, int i) {
        String s = t.substring(Math.max(0, i - 30), i);
        return (i > 30 ? "..." : "") + s;
    }

    private static String after(String t, int i) {
        String s = t.substring(i + 1, Math.min(t.length(), i + 31));
        return s + (i + 31 < t.length() ? "..." : "");
    }
}
