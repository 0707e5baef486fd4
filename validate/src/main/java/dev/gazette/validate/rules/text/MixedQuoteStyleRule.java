package dev.gazette.validate.rules.text;

import dev.gazette.analysis.text.QuoteMarks;
import dev.gazette.analysis.text.TextUnit;
import dev.gazette.model.TextEdit;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds articles that mix straight and curly double quotes, or straight and curly
 * apostrophes. One finding per kind, at the first quote of the less used style; its fix
 * turns every quote of that style into the other style where the direction is clear
 * (a curly quote always becomes straight; a straight quote becomes the curly one its role in
 * the paragraph calls for; a straight apostrophe between letters becomes ’). The straight quotes of markup printed in
 * the text ({@code href="..."}, {@link QuoteMarks#markupQuotes}) are syntax: neither counted nor changed.
 */
public final class MixedQuoteStyleRule implements Rule {

    public static final String ID = "mixed-quote-style";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ArticleContext ctx) {
        List<TextUnit> units = ctx.analysis().text().units(true);
        checkDoubleQuotes(ctx, units);
        checkApostrophes(ctx, units);
    }

    /** Pasted markup (attributes, tags): its quotes are syntax, not typography, and are left alone. */
    private static final java.util.regex.Pattern MARKUP =
            java.util.regex.Pattern.compile("\\w=[\"\u201C\u201D]|</?[a-zA-Z][\\w-]*[\\s>]|\\[/?\\w+\\s+\\w+=");

    private static void checkDoubleQuotes(ArticleContext ctx, List<TextUnit> units) {
        java.util.Map<TextUnit, Set<Integer>> markup = markupQuotes(units);
        units = units.stream().filter(u -> !MARKUP.matcher(u.text()).find()).toList();
        int straight = 0;
        int curly = 0;
        for (TextUnit u : units) {
            Set<Integer> inner = nestedInStraight(u.quoteMarks());
            Set<Integer> syntax = markup.getOrDefault(u, Set.of());
            for (QuoteMarks.Quote q : u.quoteMarks()) {
                if (!QuoteMarks.isEnglishDouble(q.ch()) || betweenLetters(u.text(), q) || inner.contains(q.offset())
                        || QuoteMarks.inDetachedRun(u.text(), q.offset()) || syntax.contains(q.offset())) {
                    continue; // guillemets and low marks are another style, often quoted foreign text
                }
                if (q.ch() == QuoteMarks.STRAIGHT) {
                    straight++;
                } else {
                    curly++;
                }
            }
        }
        if (straight == 0 || curly == 0) {
            return;
        }
        boolean toCurly = curly >= straight;
        List<TextEdit> edits = new ArrayList<>();
        TextUnit firstUnit = null;
        int first = -1;
        for (TextUnit u : units) {
            Set<Integer> inner = nestedInStraight(u.quoteMarks());
            Set<Integer> syntax = markup.getOrDefault(u, Set.of());
            for (QuoteMarks.Quote q : u.quoteMarks()) {
                if (!QuoteMarks.isEnglishDouble(q.ch()) || betweenLetters(u.text(), q) || inner.contains(q.offset())
                        || QuoteMarks.inDetachedRun(u.text(), q.offset()) || syntax.contains(q.offset())) {
                    continue;
                }
                boolean minority = toCurly == (q.ch() == QuoteMarks.STRAIGHT);
                if (!minority) {
                    continue;
                }
                if (firstUnit == null) {
                    firstUnit = u;
                    first = q.offset();
                }
                String replacement = toCurly ? curlyFor(q.role()) : "\"";
                if (replacement != null) {
                    edits.add(u.edit(q.offset(), q.offset() + 1, replacement));
                }
            }
        }
        int minority = toCurly ? straight : curly;
        ctx.report(ID, firstUnit, first, first + 1,
                "Article mixes straight (\") and curly (\u201C \u201D) double quotes: " + straight + " straight, " + curly
                        + " curly; first " + (toCurly ? "straight" : "curly") + " quote before '"
                        + TextUnit.shorten(firstUnit.text().substring(first + 1), 30) + "'",
                "Use " + (toCurly ? "curly" : "straight") + " quotes throughout: " + edits.size() + " of the " + minority
                        + " quotes can be changed by the normaliser.",
                edits);
    }

    /**
     * The straight quotes of markup printed in each paragraph ({@link QuoteMarks#markupQuotes}, the reading that
     * {@code unbalanced-quote} shares): also the closing quote of an attribute's value wrapped onto the next paragraph,
     * which the paragraph filter {@link #MARKUP} does not see. They are neither counted nor curled.
     */
    private static java.util.Map<TextUnit, Set<Integer>> markupQuotes(List<TextUnit> units) {
        java.util.Map<TextUnit, Set<Integer>> out = new java.util.IdentityHashMap<>();
        for (int k = 0; k < units.size(); k++) {
            String prev = k > 0 ? units.get(k - 1).text() : "";
            String next = k + 1 < units.size() ? units.get(k + 1).text() : "";
            List<Integer> marks = QuoteMarks.markupQuotes(units.get(k).text(), prev, next);
            if (!marks.isEmpty()) {
                out.put(units.get(k), Set.copyOf(marks));
            }
        }
        return out;
    }

    /**
     * The offsets of the curly marks of a quotation nested in a straight one ("the report said she was
     * \u201Cnot ready\u201D for it," he said): the writer marks the second level with the other style, as
     * single marks mark it elsewhere, so they are neither counted as a mixed style nor straightened (two
     * straight levels could no longer be told apart). Read left to right in one paragraph: while a straight
     * quotation is open, a curly mark that opens starts an inner quotation and the next curly mark that closes
     * ends it; the next straight mark closes the outer one.
     */
    private static Set<Integer> nestedInStraight(List<QuoteMarks.Quote> quotes) {
        Set<Integer> inner = new HashSet<>();
        boolean straightOpen = false;
        boolean innerOpen = false;
        for (QuoteMarks.Quote q : quotes) {
            boolean opening = switch (q.role()) {
                case OPENS, OPENS_WRONG_WAY, OPENS_INSIDE, OPENS_NESTED -> true;
                default -> false;
            };
            if (q.ch() == QuoteMarks.STRAIGHT) {
                straightOpen = opening; // opens the outer quotation, or closes it (an unclosed one gives way to the next)
                innerOpen = false;
            } else if (straightOpen && (q.ch() == QuoteMarks.OPEN || q.ch() == QuoteMarks.CLOSE)) {
                if (opening != innerOpen) {
                    inner.add(q.offset()); // an inner quotation opens, or the open inner one closes
                    innerOpen = opening;
                } else {
                    straightOpen = false; // not a nesting this reading understands: counted as it is
                    innerOpen = false;
                }
            }
        }
        return inner;
    }

    /**
     * A straight double mark with a letter on both sides is not a quotation mark: it is the
     * gershayim of a Hebrew abbreviation (an acronym written with '"' before its last letter) or
     * a slip for an apostrophe, and is neither counted nor turned into a curly quote.
     */
    private static boolean betweenLetters(String text, QuoteMarks.Quote q) {
        int i = q.offset();
        return q.ch() == QuoteMarks.STRAIGHT && i > 0 && i + 1 < text.length()
                && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
    }

    private static String curlyFor(QuoteMarks.Role role) {
        return switch (role) {
            case OPENS, OPENS_INSIDE -> String.valueOf(QuoteMarks.OPEN);
            case CLOSES, UNMATCHED_CLOSE -> String.valueOf(QuoteMarks.CLOSE);
            default -> null; // turned marks are unbalanced-quote's; a nested quotation wants single marks, not double
        };
    }

    private static void checkApostrophes(ArticleContext ctx, List<TextUnit> units) {
        int straight = 0;
        int curly = 0;
        for (TextUnit u : units) {
            String t = u.text();
            for (int i = 1; i + 1 < t.length(); i++) {
                char c = t.charAt(i);
                if ((c == '\'' || c == '\u2019') && Character.isLetter(t.charAt(i - 1)) && Character.isLetter(t.charAt(i + 1))) {
                    if (c == '\'') {
                        straight++;
                    } else {
                        curly++;
                    }
                }
            }
        }
        if (straight == 0 || curly == 0) {
            return;
        }
        boolean toCurly = curly >= straight;
        char from = toCurly ? '\'' : '\u2019';
        String to = toCurly ? "\u2019" : "'";
        List<TextEdit> edits = new ArrayList<>();
        TextUnit firstUnit = null;
        int first = -1;
        for (TextUnit u : units) {
            String t = u.text();
            for (int i = 1; i + 1 < t.length(); i++) {
                if (t.charAt(i) == from && Character.isLetter(t.charAt(i - 1)) && Character.isLetter(t.charAt(i + 1))) {
                    if (firstUnit == null) {
                        firstUnit = u;
                        first = i;
                    }
                    edits.add(u.edit(i, i + 1, to));
                }
            }
        }
        String word = wordAround(firstUnit.text(), first);
        ctx.report(ID, firstUnit, first, first + 1,
                "Article mixes straight (') and curly (\u2019) apostrophes: " + straight + " straight, " + curly
                        + " curly; first " + (toCurly ? "straight" : "curly") + " one in '" + word + "'",
                "Use " + (toCurly ? "curly" : "straight") + " apostrophes throughout (done by the normaliser).", edits);
    }

    private static String wordAround(String t, int i) {
        int s = i;
        while (s > 0 && Character.isLetter(t.charAt(s - 1))) {
            s--;
        }
        int e = i + 1;
        while (e < t.length() && Character.isLetter(t.charAt(e))) {
            e++;
        }
        return t.substring(s, e);
    }
}
