package dev.gazette.validate.rules.text;

import dev.gazette.analysis.text.QuoteMarks;
import dev.gazette.analysis.text.TextUnit;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.Rule;
import java.util.List;

/**
 * Finds double quotes that do not pair up within a paragraph: a closing quote with no
 * opening one, an opening quote never closed (unless the next paragraph opens with a quote,
 * the convention for a quotation running over several paragraphs), and a quotation opened
 * inside another. Apostrophes and single quotes are not considered. A curly quote turned the
 * wrong way ("declared,”The") is reported with a safe fix that turns it round.
 */
public final class UnbalancedQuoteRule implements Rule {

    public static final String ID = "unbalanced-quote";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ArticleContext ctx) {
        List<TextUnit> units = ctx.analysis().text().units(true);
        for (int k = 0; k < units.size(); k++) {
            TextUnit u = units.get(k);
            String t = u.text();
            List<QuoteMarks.Quote> quotes = u.quoteMarks();
            for (QuoteMarks.Quote q : quotes) {
                int i = q.offset();
                switch (q.role()) {
                    case UNMATCHED_CLOSE -> report(ctx, u, i, "Closing quote " + q.ch() + " after '" + before(t, i)
                            + "' has no opening quote in this paragraph", "Add the opening quote where the quotation starts.");
                    case OPENS_INSIDE -> report(ctx, u, i, "Quote " + q.ch() + " before '" + after(t, i)
                            + "' opens a quotation while another is still open in this paragraph",
                            "Close the earlier quotation, or remove the stray quote.");
                    case OPENS_WRONG_WAY, CLOSES_WRONG_WAY -> reportTurned(ctx, u, q);
                    default -> {
                    }
                }
            }
            boolean continued = u.isBody() && k + 1 < units.size() && QuoteMarks.opensWithQuote(units.get(k + 1).text());
            if (QuoteMarks.leavesOpen(quotes) && !continued) {
                QuoteMarks.Quote last = quotes.get(quotes.size() - 1);
                report(ctx, u, last.offset(), "Quotation opened by " + last.ch() + " before '" + after(t, last.offset())
                        + "' is never closed in this paragraph", "Add the closing quote where the quotation ends.");
            }
        }
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
