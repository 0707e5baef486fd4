package dev.gazette.validate.rules.text;

import dev.gazette.analysis.text.Lexicon;
import dev.gazette.analysis.text.QuoteMarks;
import dev.gazette.analysis.text.TextUnit;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.Rule;
import java.util.List;
import java.util.Set;

/**
 * Finds spaces before punctuation that closes ("word ,", "clear. ”") and after an opening
 * curly quote ("“ The"). Left alone: an ellipsis, a leading decimal (" .5"), a dot starting a
 * name (" .com"), emoticons, a dash or quote that opens, and the space between a single and a double closing quote
 * that end a nested quotation ("‘Do no harm,’ ”"), and the space French typography puts before ? ! : ; in a
 * sentence of French ("Pourquoi voyez-vous ce message ?", printed or quoted on an English page: at least two French
 * function words of {@code french-function-words.txt}, more than English ones), and the marks of a run of two or more
 * double quotes that touches no word ({@code "“} between spaces: a dash garbled by a wrong encoding, no quotation), and
 * a colon spaced on both sides when two lines or more of the article have one ("Post title : Blog name" in a list of
 * links: the page's separator), and the space after an opening curly quote stuck to the word before it ("fears“ and":
 * a closing quote typed the wrong way, which {@code unbalanced-quote} reports; the space after it is right). The fix
 * deletes the spaces; it is offered only when they stand on one line.
 */
public final class SpaceBeforePunctuationRule implements Rule {

    public static final String ID = "space-before-punctuation";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ArticleContext ctx) {
        boolean colonSeparators = spacedColonLines(ctx) >= MIN_SEPARATOR_LINES;
        for (TextUnit u : ctx.analysis().text().units(true)) {
            String t = u.text();
            int n = t.length();
            for (int i = 0; i < n; i++) {
                char c = t.charAt(i);
                if (i > 0 && isSpace(t.charAt(i - 1)) && (isClosingPunctuation(c) || c == '\u201D')
                        && !QuoteMarks.inDetachedRun(t, i)) {
                    int s = i;
                    while (s > 0 && isSpace(t.charAt(s - 1))) {
                        s--;
                    }
                    if (s == 0 || !closes(t, i, s) || "?!:;".indexOf(c) >= 0 && french(t, s)
                            || c == ':' && colonSeparators && separator(t, s, i)) {
                        continue;
                    }
                    String word = t.substring(wordStart(t, s), s);
                    report(ctx, u, s, i, "Space before '" + c + "' in '" + TextUnit.shorten(t.substring(wordStart(t, s), i
                            + 1), 60) + "'",
                            word + c);
                } else if (c == '\u201C' && i + 1 < n && isSpace(t.charAt(i + 1)) && !QuoteMarks.inDetachedRun(t, i)
                        && !(i > 0 && Character.isLetterOrDigit(t.charAt(i - 1)))) {
                    // an opening mark stuck to the word before it ("fears“ and") is a closing quote typed the wrong
                    // way: the space after it is right, and joining it to the next word would only hide that mistake
                    int e = i + 1;
                    while (e < n && isSpace(t.charAt(e))) {
                        e++;
                    }
                    if (e == n || !Character.isLetterOrDigit(t.charAt(e))) {
                        continue;
                    }
                    int we = e;
                    while (we < n && !isSpace(t.charAt(we))) {
                        we++;
                    }
                    report(ctx, u, i + 1, e, "Space after opening quote in '" + TextUnit.shorten(t.substring(i, we), 60) + "'",
                            "\u201C" + t.substring(e, we));
                }
            }
        }
    }

    /** A colon with a space on each side between two words or marks: "Title : Site Name". */
    private static final java.util.regex.Pattern SPACED_COLON = java.util.regex.Pattern.compile("\\S\\h+:\\h+\\S");

    /** The fewest lines of one article with a spaced colon that make it the page's separator, not a typing error. */
    private static final int MIN_SEPARATOR_LINES = 2;

    /**
     * The lines of the article that hold a colon spaced on both sides ("Hardest states to live in : The Block"): a
     * page that sets a title apart from its site's or blog's name so on two lines or more (related links, a list of
     * posts) uses the spaced colon as its separator, a convention of the page, not a space typed by mistake.
     */
    private static int spacedColonLines(ArticleContext ctx) {
        int lines = 0;
        for (TextUnit u : ctx.analysis().text().units(true)) {
            for (String line : u.text().split("\n")) {
                if (SPACED_COLON.matcher(line).find()) {
                    lines++;
                }
            }
        }
        return lines;
    }

    /** The colon at {@code i}, after spaces from {@code s}, has a space and then a word or mark after it. */
    private static boolean separator(String t, int s, int i) {
        return SPACED_COLON.matcher(t.substring(s - 1, Math.min(t.length(), i + 3))).matches();
    }

    /** French function words English does not share: {@code french-function-words.txt}. */
    private static final Set<String> FRENCH = WordFiles.read("french-function-words.txt");

    /** The fewest French function words that make a sentence French. */
    private static final int MIN_FRENCH = 2;

    /** The farthest back, in characters, the sentence before a mark is read. */
    private static final int SENTENCE_REACH = 300;

    /**
     * The sentence that ends at {@code s} (from the last sentence end or line break before it) is French: it holds at
     * least {@link #MIN_FRENCH} French function words and more of them than English function words.
     */
    static boolean french(String t, int s) {
        int from = Math.max(0, s - SENTENCE_REACH);
        for (int k = s - 1; k >= from; k--) {
            char c = t.charAt(k);
            if (c == '\n' || c == '.' || c == '!' || c == '?') {
                from = k + 1;
                break;
            }
        }
        int fr = 0;
        int en = 0;
        for (String w : t.substring(from, s).split("[^\\p{L}]+")) {
            String lower = Lexicon.lowerCase(w);
            if (FRENCH.contains(lower)) {
                fr++;
            } else if (Lexicon.bundled().isFunctionWord(lower)) {
                en++;
            }
        }
        return fr >= MIN_FRENCH && fr > en;
    }

    private static void report(ArticleContext ctx, TextUnit u, int s, int e, String message, String fixed) {
        if (ctx.analysis().text().inCode(u.raw(s))) {
            return; // a line of a code listing: its spacing is the language's ("while (i < n) : (i += 1)")
        }
        ctx.report(ID, u, s, e, message, "Write '" + TextUnit.shorten(fixed, 60) + "'" + FixWording.SUGGESTED,
                u.contiguous(s, e) ? List.of(u.edit(s, e, "")) : List.of());
    }

    private static boolean isClosingPunctuation(char c) {
        return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
    }

    /** True when the punctuation at {@code i}, after spaces from {@code s}, closes what comes before it. */
    private static boolean closes(String t, int i, int s) {
        char c = t.charAt(i);
        char prev = t.charAt(s - 1);
        boolean afterWord = Character.isLetterOrDigit(prev) || prev == ')' || prev == '\u2019' || prev == '%'
                || prev == '\u201D';
        if (c == '\u201D') {
            // "clear. ”": a closing quote after sentence punctuation or a word; but "said: ”Bird flu" opens a
            // quotation with the wrong quote, and the space before it is right
            boolean opensNext = i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i + 1));
            return (afterWord || isClosingPunctuation(prev)) && !opensNext && !nestedClose(t, s);
        }
        if (!afterWord || (c == '.' && prev == '.')) {
            return false;
        }
        boolean last = i + 1 == t.length();
        char next = last ? ' ' : t.charAt(i + 1);
        if (c == '.' && (next == '.' || (i + 2 < t.length() && next == ' ' && t.charAt(i + 2) == '.'))) {
            return false; // ellipsis, also spaced (". . .")
        }
        if ((c == '.' || c == ',') && Character.isLetterOrDigit(next)) {
            return false; // " .5", " .com"
        }
        if ((c == ':' || c == ';') && (next == ')' || next == '(' || next == '-' || next == 'D' || next == 'P')) {
            return false; // emoticons
        }
        if (c == ':' && Character.isDigit(prev) && i + 2 < t.length() && Character.isDigit(t.charAt(i + 2))) {
            return false; // a score or ratio spaced on both sides: "2 : 1"
        }
        return last || isSpace(next) || next == '\u201D' || next == '"' || next == ')';
    }

    /**
     * The space stands between a single closing quote and the double one after it ("‘Do no harm,’ ”"): a nested
     * quotation ends with both, and typesetters separate the two marks with a (thin or no-break) space on purpose.
     * The single mark closes a quotation when punctuation stands before it or a single opening mark follows the
     * double opening one; otherwise it is an apostrophe ("the players’ ”") and the space is reported.
     */
    private static boolean nestedClose(String t, int s) {
        if (s < 2 || t.charAt(s - 1) != '\u2019') {
            return false;
        }
        char before = t.charAt(s - 2);
        return isClosingPunctuation(before) || before == '\u2026'
                || t.lastIndexOf('\u2018', s - 1) > t.lastIndexOf('\u201C', s - 1);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }

    private static int wordStart(String t, int end) {
        int s = end;
        while (s > 0 && !isSpace(t.charAt(s - 1))) {
            s--;
        }
        return s;
    }
}
