package dev.gazette.analysis.quotes;

import dev.gazette.analysis.quotes.AttributionLexicon.Kind;
import dev.gazette.analysis.text.ArticleText;
import dev.gazette.analysis.text.QuoteMarks;
import dev.gazette.analysis.text.TextUnit;
import dev.gazette.model.Article;
import dev.gazette.model.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the direct quotations of an article body and, where the text says so, who said them.
 *
 * <p>Quote marks: double marks ({@code “ ” „ ‟ « » "}) delimit quotations; a curly mark used the
 * wrong way round is read by its context ({@code declared,”The} opens). Single curly marks
 * ({@code ‘ ’}) delimit a quotation only when both are found outside a double-quoted one, since
 * {@code ’} is also the apostrophe; straight marks inside a curly quotation are a nested quotation
 * unless one stands where a closing mark would. A closing mark with no opening one closes a quotation that
 * starts at the beginning of its sentence; an opening mark with no closing one runs to the end of
 * the paragraph. Both are reported as not balanced, except a quotation continued in the next
 * paragraph, which by convention opens again with a quote mark.
 *
 * <p>Speakers, in this order: after the closing mark ({@code "...," Karimi said};
 * {@code "...," indicated al-Hashimi}; {@code "...," said the minister}); before the opening mark
 * in the same sentence ({@code X said: "..."}; {@code al-Tamimi described ... as "..."}); or the
 * speaker of the quotation just before in the paragraph when nothing but punctuation separates
 * the two ({@code "A," X said. "B."}). The words that signal a speaker come from an
 * {@link AttributionLexicon}; a speaker is a name (titles left out), a pronoun, or a short
 * description that starts a clause ({@code one senior official}).
 *
 * <p>Stateless and thread-safe.
 */
public final class QuoteExtractor {

    private static final int MAX_DESCRIPTION_WORDS = 6;
    private static final int MAX_DESCRIPTION_WORDS_AFTER_VERB = 8;
    private static final int MAX_APPOSITION_WORDS = 16;

    private final AttributionLexicon lexicon;

    public QuoteExtractor(AttributionLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** An extractor with the bundled lexicon. */
    public static QuoteExtractor standard() {
        return new QuoteExtractor(AttributionLexicon.standard());
    }

    /** The quotations of {@code article}'s body, in text order (its text tokenised here, for a caller without an analysis). */
    public List<Quote> extract(Article article) {
        return extract(ArticleText.of(article));
    }

    /**
     * The quotations of an article's body, in text order, read from the shared units of its text
     * (their tokens are those every rule and extractor reads, {@link TextUnit#tokens()}).
     */
    public List<Quote> extract(ArticleText text) {
        List<Quote> out = new ArrayList<>();
        List<TextUnit> ps = text.units(false);
        for (int i = 0; i < ps.size(); i++) {
            boolean nextOpens = i + 1 < ps.size() && opensWithQuote(ps.get(i + 1).text());
            inParagraph(ps.get(i), i, nextOpens, out);
        }
        return List.copyOf(out);
    }

    // ------------------------------------------------------------------ quote marks

    private static boolean isOpeningShape(char c) {
        return QuoteMarks.isOpeningShape(c);
    }

    private static boolean opensWithQuote(String text) {
        return !text.isEmpty() && (isOpeningShape(text.charAt(0)) || text.charAt(0) == '"' || text.charAt(0) == '\u2018');
    }

    private static boolean singleOpens(String t, int i) {
        return t.charAt(i) == '\u2018' && (i == 0 || QuoteMarks.openingContextBefore(t, i))
                && i + 1 < t.length() && Character.isLetter(t.charAt(i + 1));
    }

    private static boolean singleCloses(String t, int i) {
        return t.charAt(i) == '\u2019' && i > 0 && !Character.isWhitespace(t.charAt(i - 1))
                && (i + 1 >= t.length() || !Character.isLetterOrDigit(t.charAt(i + 1)));
    }

    /** A quotation found in a paragraph's text, in text offsets; a missing mark is -1. */
    private record Span(int open, int textStart, int textEnd, int close, boolean balanced) {
        int start() {
            return open >= 0 ? open : textStart;
        }

        int end() {
            return close >= 0 ? close + 1 : textEnd;
        }
    }

    private void inParagraph(TextUnit unit, int index, boolean nextOpens, List<Quote> out) {
        Paragraph p = unit.paragraph();
        String t = unit.text();
        List<Span> spans = new ArrayList<>();
        List<QuoteMarks.Quote> marks = unit.quoteMarks();
        int m = 0;
        int open = -1;
        int singleOpen = -1;
        int floor = 0;
        for (int i = 0; i < t.length(); i++) {
            QuoteMarks.Quote mark = m < marks.size() && marks.get(m).offset() == i ? marks.get(m++) : null;
            if (mark != null) {
                switch (mark.role()) {
                    case OPENS, OPENS_WRONG_WAY -> {
                        open = i;
                        singleOpen = -1;
                    }
                    case OPENS_INSIDE -> {
                        add(spans, t, open, open + 1, i, -1, false);
                        open = i;
                    }
                    case CLOSES, CLOSES_WRONG_WAY -> {
                        add(spans, t, open, open + 1, i, i, true);
                        open = -1;
                        floor = i + 1;
                    }
                    case UNMATCHED_CLOSE -> {
                        add(spans, t, -1, sentenceStart(t, floor, i), i, i, false);
                        floor = i + 1;
                    }
                    default -> {
                        // a quotation nested in the open one belongs to it
                    }
                }
            } else if (open < 0 && singleOpen < 0 && singleOpens(t, i)) {
                singleOpen = i;
            } else if (open < 0 && singleOpen >= 0 && singleCloses(t, i)) {
                add(spans, t, singleOpen, singleOpen + 1, i, i, true);
                singleOpen = -1;
                floor = i + 1;
            }
        }
        if (open >= 0) {
            // a quotation that fills the paragraph and goes on in the next one, which opens with a mark again
            add(spans, t, open, open + 1, t.length(), -1, open == 0 && nextOpens);
        }
        if (spans.isEmpty()) {
            return;
        }
        QuoteTokens tokens = new QuoteTokens(t, unit.tokens());
        for (Span span : spans) {
            tokens.mask(span.textStart(), span.textEnd());
        }
        Found previous = null;
        for (int s = 0; s < spans.size(); s++) {
            Span span = spans.get(s);
            int limit = s + 1 < spans.size() ? spans.get(s + 1).start() : t.length();
            Found found = after(tokens, span, limit);
            if (found == null && span.open() >= 0) {
                found = before(tokens, t, span.open());
            }
            if (found == null && previous != null && onlyPunctuationBetween(tokens, t, previous.clauseEnd, span.start())) {
                found = new Found(previous.start, previous.end, Quote.Attribution.CONTINUED, span.end());
            }
            String speaker = found == null ? null : t.substring(found.start, found.end);
            out.add(new Quote(index, p.rawOffset(span.start()), p.rawOffset(span.end()),
                    t.substring(span.textStart(), span.textEnd()), speaker,
                    found == null ? -1 : p.rawOffset(found.start), found == null ? -1 : p.rawOffset(found.end),
                    found == null ? null : found.how, span.balanced()));
            if (found != null) {
                previous = found.how == Quote.Attribution.AFTER ? found
                        : new Found(found.start, found.end, found.how, span.end());
            } else {
                previous = null;
            }
        }
    }

    private static void add(List<Span> spans, String t, int open, int textStart, int textEnd, int close,
                            boolean balanced) {
        int a = textStart;
        int b = textEnd;
        while (a < b && Character.isWhitespace(t.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(t.charAt(b - 1))) {
            b--;
        }
        if (a < b) {
            spans.add(new Span(open, a, b, close, balanced));
        }
    }

    // ------------------------------------------------------------------ sentences

    /** Where the sentence holding offset {@code at} starts, not before {@code floor}. */
    private int sentenceStart(String t, int floor, int at) {
        for (int j = at - 1; j >= floor; j--) {
            if (endsSentence(t, j)) {
                int k = j + 1;
                while (k < at && Character.isWhitespace(t.charAt(k))) {
                    k++;
                }
                return k;
            }
        }
        int k = floor;
        while (k < at && Character.isWhitespace(t.charAt(k))) {
            k++;
        }
        return k;
    }

    /** Whether the character at {@code j} ends a sentence. */
    private boolean endsSentence(String t, int j) {
        char c = t.charAt(j);
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        if (j + 1 >= t.length()) {
            return true;
        }
        char n = t.charAt(j + 1);
        boolean spaceAfter = Character.isWhitespace(n);
        // "imperatives.Underlining": a full stop run into the next sentence
        boolean runOn = Character.isUpperCase(n) && j > 0 && Character.isLowerCase(t.charAt(j - 1));
        if (!spaceAfter && !runOn) {
            return false;
        }
        if (c == '.') {
            int w = j;
            while (w > 0 && Character.isLetter(t.charAt(w - 1))) {
                w--;
            }
            String word = t.substring(w, j).toLowerCase(Locale.ROOT);
            if (word.length() == 1 || lexicon.is(Kind.ABBREVIATION, word)) {
                return false; // an initial or "Mr."
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ speakers

    /** A speaker found for a quotation: its text range, how, and where its clause ends. */
    private record Found(int start, int end, Quote.Attribution how, int clauseEnd) {
    }

    /** {@code "...," X said}, {@code "...," said X}, {@code "...," according to X}. */
    private Found after(QuoteTokens tk, Span span, int limit) {
        if (span.close() < 0) {
            return null;
        }
        int k = tk.firstAtOrAfter(span.close() + 1);
        int last = tk.lastBefore(limit);
        if (k < 0 || k > last) {
            return null;
        }
        if (tk.is(k, ",")) {
            k++;
        }
        if (k > last) {
            return null;
        }
        String quoted = tk.text.substring(span.textStart(), span.textEnd());
        if (quoted.endsWith(".") && Character.isUpperCase(tk.text(k).charAt(0))) {
            return null; // "... year." They predicted ...: a full stop ended the sentence
        }
        int verb = verbLength(tk, k, last);
        if (verb > 0) {
            int[] who = speakerAfterVerb(tk, k + verb, last);
            return who == null ? null : found(tk, who, Quote.Attribution.AFTER);
        }
        int[] who = speakerBeforeVerbForward(tk, k, last);
        if (who == null) {
            return null;
        }
        int verbEnd = verbAfter(tk, who[1] + 1, last);
        if (verbEnd < 0 && tk.is(who[1] + 1, ",")) {
            // an apposition: "...," the council's engineer, Priya Raman, said
            int[] inner = speakerBeforeVerbForward(tk, who[1] + 2, last);
            if (inner != null && tk.is(inner[1] + 1, ",")) {
                verbEnd = verbAfter(tk, inner[1] + 2, last);
                if (verbEnd >= 0 && isNameWord(tk, inner[0])) {
                    who = inner;
                }
            }
        }
        if (verbEnd < 0) {
            return null;
        }
        return new Found(tk.start(who[0]), tk.end(who[1]), Quote.Attribution.AFTER, tk.end(verbEnd));
    }

    /** The last word of the speech verb at {@code j}, after any modifiers; -1 when there is none. */
    private int verbAfter(QuoteTokens tk, int j, int last) {
        while (j <= last && isModifier(tk, j)) {
            j++;
        }
        int v = j <= last && tk.word(j) ? lexicon.match(Kind.VERB, tk.lower, j) : 0;
        return v == 0 || j + v - 1 > last ? -1 : j + v - 1;
    }

    /**
     * {@code X said: "..."}, {@code X described ... "..."}: the nearest speech verb of the sentence
     * that names a speaker. Words inside earlier quotations of the sentence are skipped.
     */
    private Found before(QuoteTokens tk, String t, int open) {
        int from = sentenceStart(t, 0, open);
        int first = tk.firstAtOrAfter(from);
        int last = tk.lastBefore(open);
        if (first < 0 || last < first) {
            return null;
        }
        for (int v = last; v >= first; v--) {
            if (!tk.word(v)) {
                continue;
            }
            int len = lexicon.match(Kind.VERB_FIRST, tk.lower, v);
            if (len > 0 && v + len - 1 <= last) {
                int[] who = speakerAfterVerb(tk, v + len, last);
                if (who != null) {
                    return new Found(tk.start(who[0]), tk.end(who[1]), Quote.Attribution.BEFORE, open);
                }
                continue;
            }
            len = lexicon.match(Kind.VERB, tk.lower, v);
            if (len == 0 || v + len - 1 > last) {
                continue;
            }
            int j = v - 1;
            while (j >= first && isModifier(tk, j)) {
                j--;
            }
            int[] who = null;
            if (tk.is(j, ",") && j - 1 >= first && tk.word(j - 1)) {
                who = apposition(tk, j, first);
            }
            if (who == null && (j < first || !tk.word(j) || lexicon.is(Kind.PASSIVE, tk.lower.get(j)))) {
                continue;
            }
            if (who == null) {
                who = speakerBackward(tk, j, first);
            }
            if (who != null) {
                return new Found(tk.start(who[0]), tk.end(who[1]), Quote.Attribution.BEFORE, open);
            }
        }
        return null;
    }

    /**
     * The speaker of {@code X, an analyst at Y, said} or {@code the minister, Ali Larijani, said}, with
     * {@code comma} the comma before the verb: the subject before the apposition when it is a name,
     * else the name in the apposition, else the described subject; or a name right before a stray
     * comma ({@code Suzanne Earley, replied}).
     */
    private int[] apposition(QuoteTokens tk, int comma, int first) {
        int open = -1;
        boolean clauseStart = false;
        for (int i = comma - 1; i >= first - 1 && i >= comma - MAX_APPOSITION_WORDS; i--) {
            if (i < first || (!tk.word(i) && !tk.is(i, ","))) {
                clauseStart = true;
                break;
            }
            if (tk.is(i, ",")) {
                open = i;
                break;
            }
        }
        int[] inner = speakerBackward(tk, comma - 1, open < 0 ? first : open + 1);
        boolean innerIsName = inner != null && isNameWord(tk, inner[0]);
        if (open < 0) {
            return innerIsName && clauseStart ? inner : null;
        }
        int[] subject = open - 1 >= first && tk.word(open - 1) ? speakerBackward(tk, open - 1, first) : null;
        // "When NYMEX announced it in December, NYMEX President Rosemary McFadden, said": no subject after a preposition
        boolean afterPreposition = subject != null && subject[0] - 1 >= first && tk.word(subject[0] - 1)
                && lexicon.is(Kind.PREPOSITION, tk.lower.get(subject[0] - 1));
        if (subject != null && isNameWord(tk, subject[0]) && !afterPreposition) {
            return subject;
        }
        if (innerIsName && inner[0] == open + 1) {
            return inner;
        }
        return afterPreposition ? null : subject;
    }

    private Found found(QuoteTokens tk, int[] who, Quote.Attribution how) {
        return new Found(tk.start(who[0]), tk.end(who[1]), how, tk.end(who[1]));
    }

    /** Whether only punctuation stands between the end of the sentence at {@code from} and {@code to}. */
    private boolean onlyPunctuationBetween(QuoteTokens tk, String t, int from, int to) {
        int gapStart = from;
        for (int j = from; j < to; j++) {
            if (endsSentence(t, j)) {
                gapStart = j + 1;
                break;
            }
        }
        for (int i = tk.firstAtOrAfter(gapStart); i >= 0 && i < tk.size() && tk.start(i) < to; i++) {
            if (tk.word(i)) {
                return false;
            }
        }
        return true;
    }

    private int verbLength(QuoteTokens tk, int k, int last) {
        int len = lexicon.match(Kind.VERB_FIRST, tk.lower, k);
        if (len == 0) {
            len = lexicon.match(Kind.VERB, tk.lower, k);
        }
        return len > 0 && k + len - 1 <= last ? len : 0;
    }

    private boolean isModifier(QuoteTokens tk, int i) {
        if (!tk.word(i)) {
            return false;
        }
        String w = tk.lower.get(i);
        return lexicon.is(Kind.MODIFIER, w)
                || (w.length() > 4 && w.endsWith("ly") && Character.isLowerCase(tk.text(i).charAt(0)));
    }

    /** A word that may be part of a name: capitalised, or a particle form such as {@code al-Hashimi}. */
    private boolean isNameWord(QuoteTokens tk, int i) {
        if (!tk.word(i)) {
            return false;
        }
        String w = tk.text(i);
        String lower = tk.lower.get(i);
        if (lexicon.is(Kind.PRONOUN, lower) || lexicon.is(Kind.DETERMINER, lower) || lexicon.is(Kind.VERB, lower)
                || lexicon.is(Kind.STOP, lower) || lexicon.is(Kind.MODIFIER, lower)
                || lexicon.is(Kind.PREPOSITION, lower)) {
            return false;
        }
        int firstLetter = 0;
        while (firstLetter < w.length() && !Character.isLetter(w.charAt(firstLetter))) {
            firstLetter++;
        }
        if (firstLetter == w.length()) {
            return false;
        }
        char c = w.charAt(firstLetter);
        if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
            return true;
        }
        int hyphen = w.indexOf('-');
        return hyphen > 0 && hyphen + 1 < w.length() && lexicon.is(Kind.PARTICLE, lower.substring(0, hyphen))
                && Character.isUpperCase(w.charAt(hyphen + 1));
    }

    private boolean isParticle(QuoteTokens tk, int i) {
        return tk.word(i) && lexicon.is(Kind.PARTICLE, tk.lower.get(i));
    }

    private boolean isTitleOrPossessive(QuoteTokens tk, int i) {
        String l = tk.lower.get(i);
        return lexicon.is(Kind.TITLE, l) || l.endsWith("\u2019s") || l.endsWith("'s");
    }

    /** Drops titles and possessives in front of a name: "Foreign Minister Hossein X" gives "Hossein X". */
    private int[] withoutTitles(QuoteTokens tk, int a, int b) {
        int cut = -1;
        for (int i = a; i <= b; i++) {
            if (isTitleOrPossessive(tk, i)) {
                cut = i;
            }
        }
        return cut < 0 ? new int[] {a, b} : (cut < b ? new int[] {cut + 1, b} : null);
    }

    /** The name, pronoun or description ending at word {@code j}, read backwards (not before {@code first}). */
    private int[] speakerBackward(QuoteTokens tk, int j, int first) {
        if (lexicon.is(Kind.PRONOUN, tk.lower.get(j))) {
            return new int[] {j, j};
        }
        int k = j;
        while (k >= first && (isNameWord(tk, k) || (k < j && isParticle(tk, k) && isNameWord(tk, k + 1)))) {
            k--;
        }
        if (k < j) {
            int[] name = withoutTitles(tk, k + 1, j);
            if (name != null) {
                return name;
            }
        }
        // a description that starts a clause: "one senior official", "the officials at the talks"
        k = j;
        int words = 0;
        while (k >= first && tk.word(k) && words < MAX_DESCRIPTION_WORDS && !lexicon.is(Kind.STOP, tk.lower.get(k))
                && lexicon.match(Kind.VERB, tk.lower, k) == 0 && !lexicon.is(Kind.PASSIVE, tk.lower.get(k))) {
            k--;
            words++;
        }
        boolean clauseStart = k < first || !tk.word(k) || lexicon.is(Kind.STOP, tk.lower.get(k));
        if (!clauseStart || words == 0 || lexicon.is(Kind.PREPOSITION, tk.lower.get(k + 1))) {
            return null;
        }
        return new int[] {k + 1, j};
    }

    /** The name, pronoun or determiner-led description starting at word {@code k}, before a verb. */
    private int[] speakerBeforeVerbForward(QuoteTokens tk, int k, int last) {
        if (!tk.word(k)) {
            return null;
        }
        return speakerFrom(tk, k, last, MAX_DESCRIPTION_WORDS, w -> lexicon.match(Kind.VERB, tk.lower, w) == 0
                && !isModifier(tk, w) && !lexicon.is(Kind.STOP, tk.lower.get(w)));
    }

    /** The name, pronoun or description right after a verb: "said the minister", "indicated al-Hashimi". */
    private int[] speakerAfterVerb(QuoteTokens tk, int k, int last) {
        if (k > last || !tk.word(k)) {
            return null;
        }
        return speakerFrom(tk, k, last, MAX_DESCRIPTION_WORDS_AFTER_VERB,
                w -> !lexicon.is(Kind.STOP, tk.lower.get(w)) && !lexicon.is(Kind.PREPOSITION, tk.lower.get(w)));
    }

    /**
     * The speaker starting at word {@code k} (a word): a pronoun, a run of name words (titles cut
     * off), or a determiner followed by up to {@code maxWords - 1} words that {@code goesOn} accepts.
     */
    private int[] speakerFrom(QuoteTokens tk, int k, int last, int maxWords, java.util.function.IntPredicate goesOn) {
        if (lexicon.is(Kind.PRONOUN, tk.lower.get(k))) {
            return new int[] {k, k};
        }
        int j = k;
        while (j <= last && (isNameWord(tk, j) || (isParticle(tk, j) && j < last && isNameWord(tk, j + 1)))) {
            j++;
        }
        if (j > k) {
            return withoutTitles(tk, k, j - 1);
        }
        if (!lexicon.is(Kind.DETERMINER, tk.lower.get(k))) {
            return null;
        }
        j = k;
        while (j + 1 <= last && tk.word(j + 1) && j + 1 - k < maxWords && goesOn.test(j + 1)) {
            j++;
        }
        return j > k ? new int[] {k, j} : null;
    }
}
