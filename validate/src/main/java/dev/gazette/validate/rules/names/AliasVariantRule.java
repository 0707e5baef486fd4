package dev.gazette.validate.rules.names;

import dev.gazette.analysis.names.NameAnalysis;
import dev.gazette.analysis.names.NameVariant;
import dev.gazette.analysis.pipeline.Quotation;
import dev.gazette.model.Block;
import dev.gazette.model.Paragraph;
import dev.gazette.model.TextEdit;
import dev.gazette.model.parse.LineShape;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.RuleOption;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reports where an entity appears under another of its names (a registry alias such as
 * "ISIL" or "ISIS" for the Islamic State) while the corpus also uses other names for it, once
 * per name and article, for the kinds of name in the {@code kinds} option. The finding
 * suggests the canonical name; the fix is only applied when suggested fixes are asked for,
 * since an alias is often deliberate.
 *
 * <p>The rewrite is offered only in the article's running prose: inside a quotation (someone's
 * own words, also a block quotation, a transcript's turn or a quoted excerpt with no quotation
 * mark), in a headline, a heading, a menu or list label or any paragraph without a
 * sentence end, and in parentheses (an acronym being defined: "the United Nations (UN)") the
 * name is reported without an edit. A form the article defines as the acronym of something
 * else ("ISIS (Institute of ...)", "Institute of ... (ISIS)") is not a mention of the entity at
 * all and is not reported. Nor is a form of two or three letters in title case ("Un", "Us"): nobody writes a short
 * acronym so, and a caption cut mid-word ("during her shift at Un...") or an ordinary word matched it.
 */
public final class AliasVariantRule extends NameRule {

    public static final String ID = "alias-variant";

    static final RuleOption<String> KINDS = RuleOption.text(ID, "kinds");

    /** A sentence end, closing quotation marks or brackets allowed after it. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’')\\]]*$");

    public AliasVariantRule(NameAnalysis names) {
        super(names);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<RuleOption<?>> options() {
        return List.of(KINDS);
    }

    @Override
    public void check(ArticleContext ctx) {
        Set<String> kinds = new HashSet<>();
        for (String k : ctx.settings().get(KINDS).split(",")) {
            kinds.add(k.strip().toLowerCase(Locale.ROOT));
        }
        String raw = ctx.article().raw();
        for (NameVariant v : ctx.analysis().names().otherNames(kinds)) {
            String surface = v.mention().surface();
            if (definedAsSomethingElse(raw, surface, v.replacement()) || shortTitleCase(surface)) {
                continue;
            }
            String keptBecause = keptBecause(ctx, raw, v);
            List<TextEdit> edits = keptBecause == null ? grammatical(raw, v) : List.of();
            if (keptBecause == null && edits.isEmpty()) {
                keptBecause = "where the rewrite would not read as English (inside a word, or an article or a full "
                        + "stop it would need cannot be placed)";
            }
            if (keptBecause == null) {
                String written = edits.size() == 1 && edits.get(0).start() == v.start() && edits.get(0).end() == v.end()
                        ? edits.get(0).replacement() : v.replacement();
                ctx.report(ID, v.start(), v.end(), v.message(), v.suggestion().replace("'" + v.replacement() + "'",
                        "'" + written + "'"), edits);
            } else {
                ctx.report(ID, v.start(), v.end(), v.message(),
                        "Left as written (no rewrite offered): the name stands " + keptBecause + ".");
            }
        }
    }

    /** The most letters of a form read as a word rather than an acronym when written in title case ("Un", "Us"). */
    private static final int MAX_TITLE_CASE_ACRONYM = 3;

    /**
     * A form of two or three letters with a capital and then lower case only ("Un"): not how a short acronym is written
     * (the UN, the US; longer ones are written so by some house styles: "Nato", "Isis"), so it is a word or part of one.
     */
    static boolean shortTitleCase(String surface) {
        int n = surface.length();
        if (n < 2 || n > MAX_TITLE_CASE_ACRONYM || !Character.isUpperCase(surface.charAt(0))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            if (!Character.isLowerCase(surface.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Words before a noun that stand where "the" would: articles, demonstratives and possessive determiners. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its",
            "his", "her", "their", "our", "your", "my", "whose", "every", "each", "no", "any", "all");

    /**
     * The rewrite as English writes it, or no edits when it cannot be: a canonical name that takes "the" ("the
     * United States": several words, the last a common noun) gets it where the form stood as a noun without a
     * determiner ("in America" to "in the United States", "The United States" at a sentence start; an acronym
     * before a lower-case word stands as an adjective and needs none: "US troops"); a form ending in a full stop
     * that also ends the paragraph keeps the full stop ("outside the U.S." to "outside the United States."); before a
     * capital the stop may end a sentence or not ("U.S. Congress"), so no rewrite is offered. A form joined to a
     * word ("non-U.S.") is not rewritten.
     */
    static List<TextEdit> grammatical(String raw, NameVariant v) {
        List<TextEdit> edits = v.edits();
        int start = v.start();
        int end = v.end();
        if (edits.isEmpty()) {
            return edits;
        }
        if (start > 0 && (Character.isLetterOrDigit(raw.charAt(start - 1)) || raw.charAt(start - 1) == '-'
                || raw.charAt(start - 1) == '\u2010')) {
            return List.of(); // inside a compound word: "non-U.S. companies"
        }
        String surface = raw.substring(start, end);
        String canonical = v.replacement();
        int stop = surface.endsWith(".") && !canonical.endsWith(".") ? stopAfter(raw, end) : STOP_NONE;
        if (stop == STOP_UNSURE) {
            return List.of(); // "U.S. Congressmen" or a sentence end: the full stop's role is not certain
        }
        boolean keepStop = stop == STOP_ENDS;
        boolean addThe = takesTheArticle(canonical) && nounWithoutDeterminer(raw, start, end, surface);
        if (!keepStop && !addThe) {
            return edits;
        }
        boolean whole = edits.size() == 1 && edits.get(0).start() == start && edits.get(0).end() == end;
        if (!whole && raw.substring(start, end).indexOf('\n') >= 0) {
            return List.of(); // a name broken over lines is rewritten word by word: the article has no one place to go
        }
        String written = whole ? edits.get(0).replacement() : canonical;
        if (addThe) {
            written = (sentenceStart(raw, start) ? "The " : "the ") + written;
        }
        if (keepStop) {
            written += ".";
        }
        return List.of(new TextEdit(start, end, written));
    }

    /** Several words, the last of them a common English noun: "United States", "Islamic State", not "Saudi Arabia". */
    static boolean takesTheArticle(String canonical) {
        String[] words = canonical.strip().split("\\s+");
        if (words.length < 2) {
            return false;
        }
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        return Character.isUpperCase(words[0].charAt(0)) && LEXICON.isCommonWord(last) && !LEXICON.isFunctionWord(last);
    }

    private static final dev.gazette.analysis.text.Lexicon LEXICON = dev.gazette.analysis.text.Lexicon.bundled();

    /**
     * The form stands as a noun with no determiner before it: no article, demonstrative or possessive ("Jane's")
     * is the word before it, and it is no acronym used as an adjective (capitals followed by a lower-case word).
     */
    private static boolean nounWithoutDeterminer(String raw, int start, int end, String surface) {
        int k = start;
        while (k > 0 && (raw.charAt(k - 1) == ' ' || raw.charAt(k - 1) == '\t')) {
            k--;
        }
        int e = k;
        while (k > 0 && (Character.isLetter(raw.charAt(k - 1)) || raw.charAt(k - 1) == '\'' || raw.charAt(k - 1) == '\u2019')) {
            k--;
        }
        String before = raw.substring(k, e).toLowerCase(Locale.ROOT);
        if (DETERMINERS.contains(before) || before.endsWith("'s") || before.endsWith("\u2019s") || before.endsWith("s'")
                || before.endsWith("s\u2019")) {
            return false;
        }
        if (modifiedAfterArticle(raw, k, before)) {
            return false; // "a near-future America": the article already stands before the name's modifier
        }
        boolean acronym = surface.chars().noneMatch(Character::isLowerCase);
        if (acronym) {
            int a = end;
            int spaces = 0;
            int breaks = 0;
            while (a < raw.length() && (raw.charAt(a) == ' ' || raw.charAt(a) == '\t'
                    || raw.charAt(a) == '\n' && breaks++ == 0)) {
                a++;
                spaces++;
            }
            if (spaces > 0 && a < raw.length() && Character.isLowerCase(raw.charAt(a))
                    || spaces == 0 && a < raw.length() && (raw.charAt(a) == '-' || raw.charAt(a) == '\u2010')) {
                return false; // "US troops", "U.S.-led talks": an adjective before a noun
            }
        }
        return true;
    }

    /** Articles that make a name with a modifier a noun phrase of its own ("a divided America", "an older Britain"). */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /**
     * The word before the name ({@code before}, starting at {@code k}) is a modifier in lower case, a compound with a
     * hyphen or a word that is no function word, and an article stands right before it: "a near-future America", "the
     * modern America". Adding "the" there would give two articles ("a near-future the United States").
     */
    private static boolean modifiedAfterArticle(String raw, int k, String before) {
        int m = k;
        while (m > 1 && (raw.charAt(m - 1) == '-' || raw.charAt(m - 1) == '\u2010') && Character.isLetter(raw.charAt(m - 2))) {
            m--;
            while (m > 0 && Character.isLetter(raw.charAt(m - 1))) {
                m--;
            }
        }
        boolean compound = m < k;
        if (before.isEmpty() || !Character.isLowerCase(raw.charAt(m)) || !compound && LEXICON.isFunctionWord(before)) {
            return false;
        }
        int j = m;
        while (j > 0 && (raw.charAt(j - 1) == ' ' || raw.charAt(j - 1) == '\t')) {
            j--;
        }
        if (j == m) {
            return false;
        }
        int i = j;
        while (i > 0 && Character.isLetter(raw.charAt(i - 1))) {
            i--;
        }
        return i < j && (i == 0 || !Character.isLetterOrDigit(raw.charAt(i - 1)))
                && ARTICLES.contains(raw.substring(i, j).toLowerCase(Locale.ROOT));
    }

    /** A sentence starts at {@code start}: the text or a line starts there, or a sentence end stands before it. */
    private static boolean sentenceStart(String raw, int start) {
        int k = start;
        while (k > 0 && (raw.charAt(k - 1) == ' ' || raw.charAt(k - 1) == '\t' || "\"“‘'(".indexOf(raw.charAt(k - 1)) >= 0)) {
            k--;
        }
        return k == 0 || raw.charAt(k - 1) == '\n' || ".!?".indexOf(raw.charAt(k - 1)) >= 0;
    }

    private static final int STOP_NONE = 0;
    private static final int STOP_ENDS = 1;
    private static final int STOP_UNSURE = 2;

    /**
     * What the full stop that ends the form does: {@link #STOP_ENDS} when the paragraph ends after it (the text ends,
     * or a blank line or an indented line follows), so it ends the sentence too; {@link #STOP_NONE} when the sentence
     * runs on (a lower-case word, a digit or punctuation follows, also on the next line of hard-wrapped copy);
     * {@link #STOP_UNSURE} when a capital follows ("U.S. Congress", or a new sentence).
     */
    private static int stopAfter(String raw, int end) {
        int k = end;
        while (k < raw.length() && "\"”’')]".indexOf(raw.charAt(k)) >= 0) {
            k++;
        }
        while (k < raw.length() && (raw.charAt(k) == ' ' || raw.charAt(k) == '\t' || raw.charAt(k) == '\r')) {
            k++;
        }
        if (k >= raw.length()) {
            return STOP_ENDS;
        }
        if (raw.charAt(k) == '\n') {
            int n = k + 1;
            boolean indented = n < raw.length() && (raw.charAt(n) == ' ' || raw.charAt(n) == '\t');
            while (n < raw.length() && (raw.charAt(n) == ' ' || raw.charAt(n) == '\t' || raw.charAt(n) == '\r')) {
                n++;
            }
            if (n >= raw.length() || raw.charAt(n) == '\n' || indented && Character.isUpperCase(raw.charAt(n))) {
                return STOP_ENDS;
            }
            k = n;
        }
        return Character.isUpperCase(raw.charAt(k)) ? STOP_UNSURE : STOP_NONE;
    }

    /** Why the mention is not rewritten where it stands, or {@code null} when it is in running prose. */
    private static String keptBecause(ArticleContext ctx, String raw, NameVariant v) {
        for (Quotation q : ctx.analysis().quotations()) {
            if (v.start() >= q.quote().start() && v.end() <= q.quote().end()) {
                return "inside a quotation";
            }
        }
        if (parenthesised(raw, v.start(), v.end())) {
            return "in parentheses, where an acronym is defined";
        }
        String spoken = quotedSpeech(ctx, raw, v);
        if (spoken != null) {
            return spoken;
        }
        Block title = ctx.article().title();
        if (title != null && within(v, title.start(), title.end())) {
            return "in the headline";
        }
        for (Block h : ctx.article().headings()) {
            if (within(v, h.start(), h.end())) {
                return "in a heading";
            }
        }
        for (Paragraph p : ctx.article().paragraphs()) {
            if (within(v, p.start(), p.end())) {
                String text = p.text().strip();
                boolean abbreviationEnds = v.mention().surface().endsWith(".") && raw.substring(v.end(), p.end()).isBlank();
                // an abbreviation's own full stop ending the paragraph ("Top Ten Makers in the U.S.A.", a menu's
                // "U.S.") is no sentence end: another sentence before it in the paragraph makes it prose
                return (abbreviationEnds ? INNER_SENTENCE_END.matcher(text).find() : prose(text)) ? null
                        : "in a line without a sentence end (a headline, a menu or a list label)";
            }
        }
        return "outside the body paragraphs";
    }

    /**
     * A speaker's label opening a paragraph of a transcript: one to three capitalised words, a colon and a sentence that
     * starts with a capital ("Jane Roe: We planted it."); "Market share: 2%" labels a figure.
     */
    private static final Pattern SPEAKER_LABEL = Pattern.compile(
            "\\p{Lu}[\\p{L}.'\u2019-]*(?: \\p{Lu}[\\p{L}.'\u2019-]*){0,2}:\\s+[\"\u201C\u2018']?\\p{Lu}");
    /** The fewest paragraphs opened by a speaker's label, with two speakers or more, that make an article a transcript. */
    private static final int MIN_TRANSCRIPT_TURNS = 3;
    /** An editor's insertion in square brackets, words inside ("[explaining]", "[The plan:]"). */
    private static final Pattern EDITORIAL_BRACKETS = Pattern.compile("\\[\\p{L}[\\p{L} ,.:;'\u2019-]{0,40}]");
    /** An ellipsis: three dots or the one character. */
    private static final Pattern ELLIPSIS = Pattern.compile("\u2026|\\.\\.\\.");
    private static final LineShape SHAPES = LineShape.defaults();
    /** The fewest spaces of indentation of a block quotation as a text browser renders it. */
    private static final int BLOCK_QUOTE_INDENT = 4;

    /**
     * Why the mention stands in someone's own words that no quotation mark encloses, or {@code null}: a block quotation
     * (a run of paragraphs indented by {@link #BLOCK_QUOTE_INDENT} spaces or more after a blank line, not list items, under
     * a line that ends with a colon or is a speaker's name alone: how a text browser renders a quoted passage or an
     * interview's answer; wire copy that indents every paragraph has no such line above), a turn of a transcript (an article with {@link #MIN_TRANSCRIPT_TURNS} paragraphs or more opened by a
     * speaker's label, two speakers or more: every paragraph from the first turn on), or a quoted excerpt (a paragraph
     * with an editor's insertion in square brackets and an ellipsis: "[The plan:] you keep ... the plots").
     */
    private static String quotedSpeech(ArticleContext ctx, String raw, NameVariant v) {
        List<Paragraph> paragraphs = ctx.article().paragraphs();
        int at = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (within(v, paragraphs.get(i).start(), paragraphs.get(i).end())) {
                at = i;
            }
        }
        if (at < 0) {
            return null;
        }
        Paragraph here = paragraphs.get(at);
        int first = at;
        while (first >= 0 && blockQuotation(raw, paragraphs.get(first))) {
            first--;
        }
        if (first < at && introducesQuotation(raw, paragraphs.get(first + 1).start())) {
            return "in a block quotation (someone's own words)";
        }
        Set<String> speakers = new HashSet<>();
        int turns = 0;
        int firstTurn = -1;
        for (Paragraph p : paragraphs) {
            String text = p.text().strip();
            if (SPEAKER_LABEL.matcher(text).lookingAt() && prose(text)) {
                speakers.add(text.substring(0, text.indexOf(':')));
                turns++;
                firstTurn = firstTurn < 0 ? p.start() : firstTurn;
            }
        }
        if (turns >= MIN_TRANSCRIPT_TURNS && speakers.size() >= 2 && here.start() >= firstTurn) {
            return "in a transcript (a speaker's own words)";
        }
        String text = here.text();
        if (EDITORIAL_BRACKETS.matcher(text).find() && ELLIPSIS.matcher(text).find()) {
            return "in a quoted excerpt (an editor's brackets and an ellipsis)";
        }
        return null;
    }

    /**
     * The paragraph's first line is indented {@link #BLOCK_QUOTE_INDENT} spaces or more, is no list item, and a blank
     * line is above it.
     */
    private static boolean blockQuotation(String raw, Paragraph p) {
        int lineStart = raw.lastIndexOf('\n', Math.max(0, p.start() - 1)) + 1;
        if (indentation(raw, p.start()) < BLOCK_QUOTE_INDENT) {
            return false;
        }
        int lineEnd = raw.indexOf('\n', lineStart);
        String line = raw.substring(lineStart, lineEnd < 0 ? raw.length() : lineEnd);
        if (line.isBlank() || SHAPES.isListItem(line)) {
            return false;
        }
        int k = lineStart - 1;
        if (k <= 0) {
            return false;
        }
        k--;
        while (k >= 0 && (raw.charAt(k) == ' ' || raw.charAt(k) == '\t' || raw.charAt(k) == '\r')) {
            k--;
        }
        return k >= 0 && raw.charAt(k) == '\n';
    }

    /** The most words of a speaker's name standing on its own line over the speaker's words. */
    private static final int MAX_SPEAKER_WORDS = 5;

    /**
     * The last line of text above {@code start} introduces a quotation: it ends with a colon ("Its chair said:"), or it is
     * a speaker's name alone on its line (a few words, no sentence end), as an interview's transcript sets them.
     */
    private static boolean introducesQuotation(String raw, int start) {
        int k = raw.lastIndexOf('\n', Math.max(0, start - 1));
        while (k > 0 && raw.substring(raw.lastIndexOf('\n', k - 1) + 1, k).isBlank()) {
            k = raw.lastIndexOf('\n', k - 1);
        }
        if (k <= 0) {
            return false;
        }
        String line = raw.substring(raw.lastIndexOf('\n', k - 1) + 1, k).strip();
        if (line.endsWith(":")) {
            return true;
        }
        int words = line.isEmpty() ? 0 : line.split("\\s+").length;
        return words >= 1 && words <= MAX_SPEAKER_WORDS && !SENTENCE_END.matcher(line).find()
                && line.chars().anyMatch(Character::isLetter) && indentation(raw, k) == 0;
    }

    /** The spaces (a tab counts four) before the first character of the line that holds {@code offset}. */
    private static int indentation(String raw, int offset) {
        int k = raw.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        int n = 0;
        while (k < raw.length() && (raw.charAt(k) == ' ' || raw.charAt(k) == '\t')) {
            n += raw.charAt(k) == '\t' ? BLOCK_QUOTE_INDENT : 1;
            k++;
        }
        return n;
    }

    /** A sentence ends the paragraph, or a colon ends it after a sentence ("... said so. They list these:"). */
    private static boolean prose(String text) {
        if (SENTENCE_END.matcher(text).find()) {
            return true;
        }
        return text.endsWith(":") && INNER_SENTENCE_END.matcher(text).find();
    }

    /** A sentence end inside a paragraph: a full stop after a word of two letters or more, then a capital. */
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("\\p{Ll}{2}[.!?][\"”’']?\\s+\\p{Lu}");

    private static boolean within(NameVariant v, int start, int end) {
        return v.start() >= start && v.end() <= end;
    }

    /** The name is the whole of a bracketed aside: "(UN)". */
    private static boolean parenthesised(String raw, int start, int end) {
        int before = start - 1;
        while (before >= 0 && raw.charAt(before) == ' ') {
            before--;
        }
        int after = end;
        while (after < raw.length() && raw.charAt(after) == ' ') {
            after++;
        }
        return before >= 0 && after < raw.length() && raw.charAt(before) == '(' && raw.charAt(after) == ')';
    }

    /** Up to this many characters of words read next to an acronym for the name it is defined as. */
    private static final int DEFINITION_REACH = 80;

    /**
     * The article defines {@code surface} as the acronym of another name than {@code canonical}: the form
     * followed by a bracketed name whose capitalised words' initials spell it ("ISIS (Institute of Strategic
     * and International Studies)"), or written in brackets after such a name ("Institute of Strategic and
     * International Studies (ISIS)"), the entity's own name not among those words.
     */
    static boolean definedAsSomethingElse(String raw, String surface, String canonical) {
        String letters = surface.replaceAll("[^\\p{L}]", "").toUpperCase(Locale.ROOT);
        if (letters.length() < 2) {
            return false;
        }
        String canon = canonical.toLowerCase(Locale.ROOT);
        Matcher after = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(surface) + "\\s*\\(([^()\\n]{3,"
                + DEFINITION_REACH + "})\\)").matcher(raw);
        while (after.find()) {
            if (spells(initials(after.group(1)), letters, false) && !mentions(after.group(1), canon)) {
                return true;
            }
        }
        Matcher inside = Pattern.compile("\\(\\s*" + Pattern.quote(surface) + "\\s*\\)").matcher(raw);
        while (inside.find()) {
            String before = raw.substring(Math.max(0, inside.start() - DEFINITION_REACH), inside.start());
            int cut = Math.max(before.lastIndexOf('\n'), Math.max(before.lastIndexOf('.'), before.lastIndexOf(',')));
            String name = before.substring(cut + 1);
            if (spells(initials(name), letters, true) && !mentions(name, canon)) {
                return true;
            }
        }
        return false;
    }

    /** The initials of the capitalised words, in order. */
    private static String initials(String words) {
        StringBuilder out = new StringBuilder();
        for (String w : words.strip().split("[\\s\\-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                out.appendCodePoint(w.codePointAt(0));
            }
        }
        return out.toString();
    }

    /** The initials spell the letters: all of them, or (for the words before a bracket) their last ones. */
    private static boolean spells(String initials, String letters, boolean tail) {
        return tail ? initials.endsWith(letters) : initials.equals(letters);
    }

    private static boolean mentions(String words, String canonLower) {
        return words.toLowerCase(Locale.ROOT).replace('\u2019', '\'').contains(canonLower);
    }
}
