package dev.gazette.validate.rules.text;

import dev.gazette.analysis.text.QuoteMarks;
import dev.gazette.analysis.text.TextUnit;
import dev.gazette.model.parse.LineShape;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.Rule;
import java.util.List;

/**
 * Finds double quotes that do not pair up within a paragraph: a closing quote with no
 * opening one, an opening quote never closed, and a quotation opened inside another. A
 * quotation may run on over several paragraphs (the next paragraph opens with a quote, or, in
 * wire copy, closes it without repeating the opening quote); quotations nested in the same
 * marks are fine when they pair up; a straight quote after a digit may close a quotation
 * ("0/92"), and so may two apostrophes ({@code ''} or {@code ’’}, a closing double quote typed as
 * two single ones); a paragraph cut off with "..." is not expected to close its quotation; a list of
 * links set into the text (related stories) does not break a quotation running on; a guillemet
 * that only points ("Next Post »", "« Previous Post", "Home › News", and the one guillemet of a paragraph standing
 * the wrong way, "Full Story »Next headline") is an arrow, not a quote; a run of marks touching no word ({@code "“}
 * between spaces, a dash garbled by a wrong encoding) is no quote either, nor is the straight quote of an HTML
 * attribute printed in the text ({@code <a href="...">}, its value perhaps wrapped onto the next line). A quotation
 * opened inside another is reported once, at its opening mark, not again at the mark that then closes the outer one.
 * A quotation left open by a paragraph that ends with a colon runs on into the list below it when the list's first item
 * opens with a quote ("as we go forward:" then "1. “Brand ...”"). A straight quote stuck to the word before it with a
 * space and a capital after it ("during the" Harbour Lights" concert") is reported, and the straight quote that then
 * closes its quotation is not. Apostrophes and single quotes are otherwise not considered. A curly quote turned the wrong
 * way ("declared,”The") is reported with a fix that turns it round, offered only when the turned mark then pairs up with
 * another mark of the paragraph (the mark that closes its quotation follows it, or a quotation is open for it to close)
 * or, opening, stands after a colon or comma that introduces speech. A long quotation (a quoted statement or article
 * that quotes others) may open at the start of one paragraph and close only at the end of a later one, the paragraphs
 * between with their own quotations paired: neither its opening nor its closing mark is reported.
 */
public final class UnbalancedQuoteRule implements Rule {

    public static final String ID = "unbalanced-quote";

    @Override
    public String id() {
        return ID;
    }

    /** A straight quote after a digit that ends a quotation ("0/92" plan), which the scanner reads as inches. */
    private static final java.util.regex.Pattern DIGIT_CLOSE = java.util.regex.Pattern.compile("\\d\"(?=[\\s.,;:!?)\\]]|$)");

    /** Two apostrophes after a word or punctuation, typed for a closing double quote ("he said ''no''"). */
    private static final java.util.regex.Pattern APOSTROPHES_CLOSE =
            java.util.regex.Pattern.compile("[\\p{L}\\p{N}.,;:!?)\\]](?:''|\u2019\u2019)(?!\\p{L})");

    /**
     * A guillemet used as an arrow: at the end of a link ("Read more »", "Next Post »"), at the start of one
     * ("« Previous Post"), or between the steps of a breadcrumb ("Home » News"), with a space on both sides or at
     * the end or start of the paragraph.
     */
    private static final java.util.regex.Pattern ARROW = java.util.regex.Pattern.compile("(?:^|\\s)[\u00AB\u00BB](?:\\s|$)");

    private static final LineShape SHAPES = LineShape.defaults();

    /** The farthest a quotation is followed over list items set into the text (a box of related links). */
    private static final int MAX_LIST_ITEMS_SKIPPED = 12;

    /**
     * The most paragraphs a quotation runs on over when the paragraph below does not open with a quote: a quotation
     * that opens only at its first paragraph and closes only at its last (a long statement or an interview answer).
     */
    private static final int MAX_PARAGRAPHS_RUN_ON = 12;

    /** The most paragraphs a quotation runs on over when it is followed only to a paragraph opening with a quote. */
    private static final int MAX_PARAGRAPHS_TO_REOPEN = 3;

    @Override
    public void check(ArticleContext ctx) {
        List<Para> units = Para.of(ctx.analysis().text().units(true));
        for (int k = 0; k < units.size(); k++) {
            Para p = units.get(k);
            TextUnit u = p.unit();
            String shown = u.text(); // the paragraph as written, for messages; t has the markup's quotes blanked
            String t = p.text();
            List<QuoteMarks.Quote> quotes = withoutArrows(t, p.quoteMarks());
            boolean nested = balancedWhenNested(quotes);
            int above = openAbove(units, k);
            boolean firstCloseAnswered = above != NOT_OPEN;
            int depth = 0; // the quotations open at this mark, read as nested in the same marks
            boolean nestingReported = false;
            boolean misplacedOpener = false; // the mark before was a straight opening quote stuck to the word before it
            for (QuoteMarks.Quote q : quotes) {
                int i = q.offset();
                int openBefore = depth;
                boolean afterMisplacedOpener = misplacedOpener;
                misplacedOpener = false;
                depth = switch (q.role()) {
                    case OPENS, OPENS_WRONG_WAY, OPENS_INSIDE -> depth + 1;
                    case CLOSES, CLOSES_WRONG_WAY, UNMATCHED_CLOSE -> Math.max(0, depth - 1);
                    default -> depth;
                };
                switch (q.role()) {
                    case UNMATCHED_CLOSE -> {
                        if (q.ch() == '\u00BB' && t.indexOf('\u00AB') < 0) {
                            continue; // a guillemet with no opening one in the paragraph is a link arrow ("More »")
                        }
                        if (firstCloseAnswered && (above == OPEN_ABOVE || t.substring(i + 1).isBlank())) {
                            firstCloseAnswered = false; // closes the quotation run on from the paragraph above
                        } else if (closesLongQuotation(p) && q == quotes.get(quotes.size() - 1)
                                && longQuotationAbove(units, k)) {
                            continue; // ends a quotation opened paragraphs above, the quotations between balanced
                        } else if (afterMisplacedOpener && q.ch() == '"') {
                            continue; // closes the quotation whose opening quote was reported as stuck to the word before
                        } else if (!nested && !(nestingReported && openBefore > 0)) {
                            misplacedOpener = stuckOpener(t, i);
                            // after a quotation reported as opened inside another, this mark closes the outer one:
                            // the one fault is reported once
                            report(ctx, u, i, "Closing quote " + q.ch() + " after '" + before(shown, i)
                                    + "' has no opening quote in this paragraph",
                                    "Add the opening quote where the quotation starts.");
                        }
                    }
                    case OPENS_INSIDE -> {
                        if (!nested && !(nestedLeavesOpen(t, quotes) && (runsOnBelow(units, k, true)
                                || innerQuotationsShort(t, quotes) && runsOnBelow(units, k, false)
                                || longQuotationBelow(units, k)))) {
                            report(ctx, u, i, "Quote " + q.ch() + " before '" + after(shown, i)
                                    + "' opens a quotation while another is still open in this paragraph",
                                    "Close the earlier quotation, or remove the stray quote.");
                            nestingReported = true;
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
            if (leavesOpen(t, quotes) && !runsOnBelow(units, k, false) && !longQuotationBelow(units, k)) {
                QuoteMarks.Quote last = quotes.get(quotes.size() - 1);
                report(ctx, u, last.offset(), "Quotation opened by " + last.ch() + " before '" + after(shown, last.offset())
                        + "' is never closed in this paragraph", "Add the closing quote where the quotation ends.");
            }
        }
    }

    /**
     * A straight quote read as closing that opens a quotation with its space on the wrong side: stuck to the word
     * before it, a space and a capital after it ("during the" Harbour Lights" concert"); the next straight quote then
     * closes that quotation and is not reported again.
     */
    private static boolean stuckOpener(String t, int i) {
        return t.charAt(i) == '"' && i > 0 && Character.isLetter(t.charAt(i - 1)) && i + 2 < t.length()
                && t.charAt(i + 1) == ' ' && Character.isUpperCase(t.charAt(i + 2));
    }

    /**
     * The paragraph leaves a quotation open: the last quote opens one, it is not closed by a straight quote after
     * a digit ("0/92" plan), and the paragraph is not cut off ("..." at its end, as in teasers).
     */
    private static boolean leavesOpen(String t, List<QuoteMarks.Quote> quotes) {
        quotes = withoutArrows(t, quotes);
        if (!QuoteMarks.leavesOpen(quotes) || balancedWhenNested(quotes)) {
            return false;
        }
        int last = quotes.get(quotes.size() - 1).offset();
        if (DIGIT_CLOSE.matcher(t).region(last, t.length()).find()
                || APOSTROPHES_CLOSE.matcher(t).region(last + 1, t.length()).find()) {
            return false;
        }
        String end = t.stripTrailing();
        return !(end.endsWith("...") || end.endsWith("\u2026"));
    }

    /**
     * A quotation is still open at the end of the paragraph: it {@link #leavesOpen leaves one open}, or, read with
     * its quotations nested in the same marks ("“The “march” has been held for years and"), the outer one is open.
     */
    private static boolean leavesOpenForRunOn(String t, List<QuoteMarks.Quote> quotes) {
        return leavesOpen(t, quotes) || nestedLeavesOpen(t, withoutArrows(t, quotes));
    }

    /**
     * The paragraph opens with a quotation that, read with the quotations inside it nested in the same marks, is the
     * one still open at the end: every inner quotation closed ("“The “march” has been held for years and").
     */
    private static boolean nestedLeavesOpen(String t, List<QuoteMarks.Quote> quotes) {
        if (!QuoteMarks.opensWithQuote(t)) {
            return false;
        }
        Nesting n = Nesting.of(quotes);
        return n.nested() && n.open() == 1;
    }

    /**
     * The paragraph opens a long quotation and leaves it open: its first mark opens it at the start of the paragraph
     * and is its only double quote mark, or the quotations inside it, in the same marks, all close.
     */
    private static boolean opensLongQuotation(Para u) {
        List<QuoteMarks.Quote> quotes = withoutArrows(u.text(), u.quoteMarks());
        return QuoteMarks.opensWithQuote(u.text()) && ((quotes.size() == 1 && quotes.get(0).role() == QuoteMarks.Role.OPENS)
                || nestedLeavesOpen(u.text(), quotes));
    }

    /**
     * The paragraph ends a long quotation: its last mark closes a quotation it did not open, at its very end, and the
     * marks before it pair up ("... from “Western scholars” ... or not.”").
     */
    private static boolean closesLongQuotation(Para u) {
        List<QuoteMarks.Quote> quotes = withoutArrows(u.text(), u.quoteMarks());
        if (quotes.isEmpty()) {
            return false;
        }
        QuoteMarks.Quote last = quotes.get(quotes.size() - 1);
        Nesting before = Nesting.of(quotes.subList(0, quotes.size() - 1));
        return last.role() == QuoteMarks.Role.UNMATCHED_CLOSE && u.text().substring(last.offset() + 1).isBlank()
                && before.open() == 0 && !before.strayClose();
    }

    /** Every mark of the paragraph pairs up (or it has none): a paragraph inside a long quotation, its own quotes closed. */
    private static boolean balanced(Para u) {
        Nesting n = Nesting.of(withoutArrows(u.text(), u.quoteMarks()));
        return n.open() == 0 && !n.strayClose();
    }

    /**
     * A long quotation opened further up ends at the end of paragraph {@code k}: above it, over body paragraphs whose
     * own marks all pair up (a quoted article or statement quoting others inside it), up to
     * {@link #MAX_PARAGRAPHS_RUN_ON}, a paragraph opens with a quotation it leaves open ({@link #opensLongQuotation}).
     */
    private static boolean longQuotationAbove(List<Para> units, int k) {
        int paragraphs = 0;
        for (int j = k - 1; j >= 0 && units.get(j).isBody() && paragraphs < MAX_PARAGRAPHS_RUN_ON; j--, paragraphs++) {
            Para above = units.get(j);
            if (opensLongQuotation(above)) {
                return true;
            }
            if (!balanced(above)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Paragraph {@code k} opens a long quotation ({@link #opensLongQuotation}) that a paragraph below closes at its end
     * ({@link #closesLongQuotation}), the body paragraphs between with their own marks paired, up to
     * {@link #MAX_PARAGRAPHS_RUN_ON}.
     */
    private static boolean longQuotationBelow(List<Para> units, int k) {
        if (!units.get(k).isBody() || !opensLongQuotation(units.get(k))) {
            return false;
        }
        for (int j = k + 1, paragraphs = 0; j < units.size() && units.get(j).isBody() && paragraphs < MAX_PARAGRAPHS_RUN_ON;
                j++, paragraphs++) {
            if (closesLongQuotation(units.get(j))) {
                return true;
            }
            if (!balanced(units.get(j))) {
                return false;
            }
        }
        return false;
    }

    /** {@link #openAbove}: no quotation is open above. */
    private static final int NOT_OPEN = 0;
    /** {@link #openAbove}: the paragraph just above leaves a quotation open. */
    private static final int OPEN_ABOVE = 1;
    /** {@link #openAbove}: a long quotation opened further up may close at the end of this paragraph. */
    private static final int OPEN_FURTHER_UP = 2;

    /**
     * Whether the first closing quote of paragraph {@code k} may close a quotation run on from above: the body
     * paragraph just above leaves one open ({@link #OPEN_ABOVE}), or paragraphs with no quote mark (and list items)
     * lie between this one and a paragraph that opens with a quotation it leaves open, up to
     * {@link #MAX_PARAGRAPHS_RUN_ON} ({@link #OPEN_FURTHER_UP}: a long statement quoted once, which closes at the end of
     * its last paragraph).
     */
    private static int openAbove(List<Para> units, int k) {
        if (!units.get(k).isBody()) {
            return NOT_OPEN;
        }
        int paragraphs = 0;
        for (int j = k - 1; j >= 0 && units.get(j).isBody(); j--) {
            Para above = units.get(j);
            if (!above.quoteMarks().isEmpty()) {
                if (j == k - 1) {
                    return leavesOpenForRunOn(above.text(), above.quoteMarks()) ? OPEN_ABOVE : NOT_OPEN;
                }
                return opensLongQuotation(above) ? OPEN_FURTHER_UP : NOT_OPEN;
            }
            if (!SHAPES.isListItem(above.text().strip()) && ++paragraphs >= MAX_PARAGRAPHS_RUN_ON) {
                return NOT_OPEN;
            }
        }
        return NOT_OPEN;
    }

    /**
     * A quotation left open runs on into the next body paragraph: that paragraph opens with a quote (the usual
     * convention), or its first quote closes a quotation (wire copy that does not repeat the opening quote, and web
     * copy that opens a long statement once and closes it at its last paragraph), or it holds no quote and the one
     * after it goes on the same way (up to {@link #MAX_PARAGRAPHS_TO_REOPEN} paragraphs; up to
     * {@link #MAX_PARAGRAPHS_RUN_ON} when this paragraph opens with the quotation and that one ends with the close).
     * With {@code closeOnly}, only a paragraph below whose first quote closes the quotation counts (the evidence that
     * a quotation read as nested in the same marks really runs on).
     */
    private static boolean runsOnBelow(List<Para> units, int k, boolean closeOnly) {
        if (!units.get(k).isBody()) {
            return false;
        }
        int paragraphs = 0;
        int listItems = 0;
        int furniture = 0;
        for (int j = k + 1; j < units.size() && units.get(j).isBody(); j++) {
            if (SHAPES.isListItem(units.get(j).text().strip())) {
                if (j == k + 1 && !closeOnly && introducesList(units.get(k).text())
                        && QuoteMarks.opensWithQuote(LIST_MARKER.matcher(units.get(j).text().strip()).replaceFirst(""))) {
                    return true; // "... as we go forward:" then "1. “Brand ...”": the quotation runs on into its list
                }
                if (++listItems > MAX_LIST_ITEMS_SKIPPED) {
                    return false;
                }
                continue; // a box of links set into the story: the quotation goes on below it
            }
            if (furniture(units.get(j))) {
                if (++furniture > MAX_FURNITURE_SKIPPED) {
                    return false;
                }
                continue; // a widget set into the story ("Most read", a caption): the quotation goes on below it
            }
            if (++paragraphs > MAX_PARAGRAPHS_RUN_ON) {
                return false;
            }
            if (QuoteMarks.opensWithQuote(units.get(j).text())) {
                return !closeOnly && paragraphs <= MAX_PARAGRAPHS_TO_REOPEN;
            }
            List<QuoteMarks.Quote> q = units.get(j).quoteMarks();
            if (!q.isEmpty()) {
                if (q.get(0).role() != QuoteMarks.Role.UNMATCHED_CLOSE) {
                    return false;
                }
                // further down, only a long statement quoted once: opened at the start of this paragraph, closed at
                // the end of that one
                return paragraphs <= MAX_PARAGRAPHS_TO_REOPEN || (opensLongQuotation(units.get(k))
                        && units.get(j).text().substring(q.get(0).offset() + 1).isBlank());
            }
        }
        return false;
    }

    /** The marker of a list item: a bullet, a dash or a number, and the space after it. */
    private static final java.util.regex.Pattern LIST_MARKER =
            java.util.regex.Pattern.compile("^(?:[\u2022\u00B7\u25AA\u25CF*\u2013-]|\\d{1,3}[.)])\\h+");

    /** The paragraph ends with a colon: it introduces what follows (a list whose items go on with the quotation). */
    private static boolean introducesList(String t) {
        return t.stripTrailing().endsWith(":");
    }

    /** The most lines of a widget set into the text (headlines, kickers, labels, captions) a quotation is followed over. */
    private static final int MAX_FURNITURE_SKIPPED = 24;

    /** The most words of a line of a widget set into the text. */
    private static final int MAX_FURNITURE_WORDS = 25;

    /** Where a line ends a sentence: a full stop, question or exclamation mark, possibly inside a closing quote or bracket. */
    private static final java.util.regex.Pattern SENTENCE_END =
            java.util.regex.Pattern.compile("[.!?…][\"'”’)\\]]*$");

    /** A sentence that ends inside a closing double quote ("... be here.”"). */
    private static final java.util.regex.Pattern QUOTED_SENTENCE_END = java.util.regex.Pattern.compile("[.!?…][\"”]");

    /**
     * A line of a widget set into the story between the paragraphs of a quotation (a "Most read" box of related
     * headlines and their kickers, a "Read more" label, a caption with its credit): it ends no sentence, is short, and
     * leaves no quotation of its own open or closes one it did not open. A quotation of the story runs on past it. A
     * line in which a quoted sentence ends ("... I will be here.” – The Herald/Jane Roe": the last paragraph of a
     * quotation with the credit of the story after it) is prose, not furniture, whatever follows the closing quote.
     */
    private static boolean furniture(Para u) {
        String t = u.text().strip();
        if (t.isEmpty() || SENTENCE_END.matcher(t).find() || QUOTED_SENTENCE_END.matcher(t).find()
                || t.split("\\s+").length > MAX_FURNITURE_WORDS) {
            return false;
        }
        Nesting n = Nesting.of(withoutArrows(u.text(), u.quoteMarks()));
        return n.open() == 0 && !n.strayClose();
    }

    /** The most words of a quotation inside a run-on quotation that is read as a quoted word or phrase. */
    private static final int MAX_INNER_QUOTATION_WORDS = 3;

    /**
     * Read as nested in the same marks, every quotation inside the outer one is a quoted word or short phrase
     * ("the homes were let "temporarily", with no end date"): inside a quotation that runs on, such marks are
     * scare quotes, not the opening of another quotation.
     */
    private static boolean innerQuotationsShort(String t, List<QuoteMarks.Quote> quotes) {
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        boolean inner = false;
        for (QuoteMarks.Quote q : quotes) {
            switch (q.role()) {
                case OPENS, OPENS_WRONG_WAY, OPENS_INSIDE -> open.push(q.offset());
                case CLOSES, CLOSES_WRONG_WAY, UNMATCHED_CLOSE -> {
                    if (open.isEmpty()) {
                        return false;
                    }
                    int from = open.pop();
                    if (!open.isEmpty()) {
                        inner = true;
                        String quoted = t.substring(from + 1, q.offset()).strip();
                        if (quoted.isEmpty() || quoted.split("\\s+").length > MAX_INNER_QUOTATION_WORDS) {
                            return false;
                        }
                    }
                }
                default -> {
                }
            }
        }
        return inner && open.size() == 1;
    }

    /**
     * The quote marks of the text read again without the marks that are no quotes (offsets unchanged): guillemets
     * that are arrows, the paragraph's only guillemet when it stands the wrong way (a link arrow run into the next
     * link's text: "Full Story »Next headline"; with no second guillemet to pair with, turning it round would be a
     * guess), and runs of marks that touch no word ({@link QuoteMarks#inDetachedRun}).
     */
    private static List<QuoteMarks.Quote> withoutArrows(String t, List<QuoteMarks.Quote> quotes) {
        StringBuilder blanked = null;
        for (QuoteMarks.Quote q : quotes) {
            boolean turned = q.role() == QuoteMarks.Role.OPENS_WRONG_WAY || q.role() == QuoteMarks.Role.CLOSES_WRONG_WAY;
            boolean guillemet = q.ch() == QuoteMarks.GUILLEMET_OPEN || q.ch() == QuoteMarks.GUILLEMET_CLOSE;
            if (turned && guillemet && guillemets(t) == 1 || QuoteMarks.inDetachedRun(t, q.offset())) {
                blanked = blanked == null ? new StringBuilder(t) : blanked;
                blanked.setCharAt(q.offset(), ' ');
            }
        }
        if (t.indexOf(QuoteMarks.GUILLEMET_OPEN) >= 0 || t.indexOf(QuoteMarks.GUILLEMET_CLOSE) >= 0) {
            java.util.regex.Matcher m = ARROW.matcher(t).useAnchoringBounds(false);
            while (m.find()) {
                blanked = blanked == null ? new StringBuilder(t) : blanked;
                int at = t.charAt(m.start()) == QuoteMarks.GUILLEMET_OPEN
                        || t.charAt(m.start()) == QuoteMarks.GUILLEMET_CLOSE ? m.start() : m.start() + 1;
                blanked.setCharAt(at, ' ');
                m.region(at + 1, t.length()); // the space after one arrow may come before the next
            }
        }
        return blanked == null ? quotes : QuoteMarks.scan(blanked.toString());
    }

    private static int guillemets(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == QuoteMarks.GUILLEMET_OPEN || t.charAt(i) == QuoteMarks.GUILLEMET_CLOSE) {
                n++;
            }
        }
        return n;
    }

    /**
     * Quotations nested in the same marks ("the "haves" and "have-nots" budget") pair up when read as nested:
     * no close without an open before it and every open closed.
     */
    private static boolean balancedWhenNested(List<QuoteMarks.Quote> quotes) {
        Nesting n = Nesting.of(quotes);
        return n.nested() && !n.strayClose() && n.open() == 0;
    }

    /**
     * The marks of a paragraph read as quotations nested in the same marks: how many are still open at the end,
     * whether one opened inside another, and whether a mark closed when none was open (it then closes nothing).
     */
    private record Nesting(int open, boolean nested, boolean strayClose) {

        static Nesting of(List<QuoteMarks.Quote> quotes) {
            int depth = 0;
            boolean nested = false;
            boolean stray = false;
            for (QuoteMarks.Quote q : quotes) {
                switch (q.role()) {
                    case OPENS, OPENS_WRONG_WAY -> depth++;
                    case OPENS_INSIDE -> {
                        depth++;
                        nested = true;
                    }
                    case CLOSES, CLOSES_WRONG_WAY, UNMATCHED_CLOSE -> {
                        if (depth == 0) {
                            stray = true;
                        } else {
                            depth--;
                        }
                    }
                    default -> {
                    }
                }
            }
            return new Nesting(depth, nested, stray);
        }
    }

    /**
     * A paragraph as this rule reads it: its text with the straight quotes of markup blanked ({@link QuoteMarks#markupQuotes}),
     * and the quote marks of that text.
     */
    private record Para(TextUnit unit, String text, List<QuoteMarks.Quote> quoteMarks) {

        boolean isBody() {
            return unit.isBody();
        }

        static List<Para> of(List<TextUnit> units) {
            List<Para> out = new java.util.ArrayList<>(units.size());
            for (int k = 0; k < units.size(); k++) {
                String t = units.get(k).text();
                String prev = k > 0 ? units.get(k - 1).text() : "";
                String next = k + 1 < units.size() ? units.get(k + 1).text() : "";
                List<Integer> blanks = QuoteMarks.markupQuotes(t, prev, next);
                if (blanks.isEmpty()) {
                    out.add(new Para(units.get(k), t, units.get(k).quoteMarks()));
                } else {
                    StringBuilder b = new StringBuilder(t);
                    blanks.forEach(i -> b.setCharAt(i, ' '));
                    out.add(new Para(units.get(k), b.toString(), QuoteMarks.scan(b.toString())));
                }
            }
            return out;
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
        if (turned == 0 || !pairsWhenTurned(t, i, turned, opens)) {
            // a mark turned round must then pair with another in the paragraph; a stray mark turned round is a guess
            ctx.report(ID, u, i, i + 1, message, "Check which way the quotation runs.", List.of());
            return;
        }
        ctx.report(ID, u, i, i + 1, message + "; it should be " + turned,
                "Write " + turned + " (done by the normaliser).", List.of(u.edit(i, i + 1, String.valueOf(turned))));
    }

    /**
     * Turned round, the mark at {@code i} pairs up with another: a mark that opens is followed by the mark that closes
     * its quotation ("declared,”The plan is dead.”") or, a curly ” turned, stands after a colon or comma that introduces
     * speech ("said: ”They ..." running on into the next paragraph; not a guillemet: German writes »…«), a mark that closes ends a quotation that is open ("many.“" after
     * an opening mark). A stray closing mark at a paragraph's start with no closing mark after it would only become an
     * opening one left open: turning it round is a guess, so no fix is offered.
     */
    private static boolean pairsWhenTurned(String t, int i, char turned, boolean opens) {
        StringBuilder b = new StringBuilder(t);
        b.setCharAt(i, turned);
        List<QuoteMarks.Quote> quotes = QuoteMarks.scan(b.toString());
        for (int k = 0; k < quotes.size(); k++) {
            if (quotes.get(k).offset() != i) {
                continue;
            }
            QuoteMarks.Role role = quotes.get(k).role();
            if (!opens) {
                return role == QuoteMarks.Role.CLOSES;
            }
            return role == QuoteMarks.Role.OPENS && (k + 1 < quotes.size() && quotes.get(k + 1).role() == QuoteMarks.Role.CLOSES
                    || t.charAt(i) == QuoteMarks.CLOSE && introduced(t, i));
        }
        return false;
    }

    /** A colon or comma stands before the mark (spaces between): it introduces speech ("said: ”They", "declared,”The"). */
    private static boolean introduced(String t, int i) {
        int j = i - 1;
        while (j >= 0 && t.charAt(j) == ' ') {
            j--;
        }
        return j >= 0 && (t.charAt(j) == ':' || t.charAt(j) == ',');
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
