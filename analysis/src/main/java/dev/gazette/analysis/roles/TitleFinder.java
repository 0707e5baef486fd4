package dev.gazette.analysis.roles;

import dev.gazette.analysis.names.EntityType;
import dev.gazette.analysis.names.Mention;
import dev.gazette.analysis.text.ArticleText;
import dev.gazette.analysis.text.DateExpressions;
import dev.gazette.analysis.text.Sentences;
import dev.gazette.analysis.text.TextUnit;
import dev.gazette.analysis.text.Tokens;
import dev.gazette.model.Article;
import dev.gazette.model.Paragraph;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the titles an article gives its people, as patterns over the words around each person
 * mention, sentence by sentence:
 * <ul>
 *   <li>before the name: "Ruritania's Foreign Minister Karl Vossen", "then-Ruritanian Supreme
 *       Defence Council Secretary Anton Bellak", "the former secretary of Ruritania's Supreme
 *       Defence Council Anton Bellak";</li>
 *   <li>after it, set off by a comma: "Mira Tolsen, the newly appointed Secretary of Ruritania's Supreme
 *       Defence Council,", "Omar Haddan, head of Borduria's Civil Guard";</li>
 *   <li>before it, set off by a comma, as the sentence's subject: "the Secretary of Ruritania's Supreme
 *       Defence Council (SDC), Anton Bellak met ...";</li>
 *   <li>after a verb or "as": "X was Vice President", "X's first trip as Iran's Vice President".</li>
 * </ul>
 * The words of titles are data ({@code titles.tsv}). Pure and thread-safe.
 */
public final class TitleFinder {

    private static final TitleFinder STANDARD = new TitleFinder(RoleLexicon.standard(), Sentences.standard());

    private static final Set<String> CONNECTORS = Set.of("of", "the", "for", "and", "&");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "in", "on", "at", "but", "and", "or",
            "he", "she", "it", "they", "we", "i", "this", "that", "there", "his", "her", "its", "their", "however",
            "meanwhile", "also", "then", "when", "while", "after", "before", "following", "during", "with", "by",
            "as", "to", "from", "for", "of", "said", "says", "both", "all", "some", "other", "former");
    private static final int MAX_PHRASE = 14;
    private static final Pattern ELECT = Pattern.compile("[-\u2010\u2011](?:designate|elect)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b(?:(?i:in|during|since)\\s+(?:(?:early|mid|late)[- ])?|(?:January"
            + "|February|March|April|May|June|July|August|September|October|November|December)\\s+)(?:19|20)\\d{2}\\b");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<![\\p{L}\\p{N}$£€.,])((?:1[89]|20)\\d{2})(?![\\p{N}%])");
    private static final Pattern SINCE = Pattern.compile("\\bsince\\s+(?:(?:early|mid|late)[- ]?\\s*)?(?:\\p{L}+\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final String HYPHENS = "-\u2010\u2011";
    /** Words that open a clause fronted before the main clause: the comma that closes it is no apposition. */
    private static final Set<String> SUBORDINATORS = Set.of("despite", "although", "though", "while", "whilst", "when",
            "after", "before", "as", "since", "if", "unlike", "like", "following", "amid", "with", "because", "once");
    private static final Pattern MONTH_BEFORE = Pattern.compile("\\b(January|February|March|April|May|June|July|August|"
            + "September|October|November|December)\\s+(?:\\d{1,2},?\\s+|of\\s+)?$");
    private static final Pattern TIME_PREPOSITION = Pattern.compile("\\b(?:in|during|until|till|before|after|between|"
            + "from|by|of)\\s+(?:(?:early|mid|late)[- ]?\\s*)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s?(?![\\p{L}\\p{N}])");
    private static final Pattern APPOSITION = Pattern.compile(
            "^\\s*,\\s*(?:(who|which)\\s+(is|was|has\\s+been|had\\s+been)\\s+)?");
    private static final Pattern VERB_AS = Pattern.compile("^(?:['\u2019]s\\s+(?:[\\p{Ll}\\p{N}-]+\\s+){0,4}?as"
            + "|,\\s+as|\\s+(?:(?:is|was|has\\s+been|had\\s+been|became|becomes)(?:\\s+(?:appointed|named|elected|made))?"
            + "|(?:served|serves|serving|acted|acts|took\\s+office)\\s+as"
            + "|(?:was|were|is)\\s+(?:appointed|named|elected)\\s+as))\\s+");

    private final RoleLexicon lexicon;
    private final Sentences sentences;
    private final Descriptions descriptions;

    TitleFinder(RoleLexicon lexicon, Sentences sentences) {
        this.lexicon = lexicon;
        this.sentences = sentences;
        this.descriptions = new Descriptions(lexicon);
    }

    /**
     * A person referred to by a description built from a title ("the Iranian minister", "the top
     * Iranian diplomat"), resolved to the person last mentioned before it whose title fits.
     *
     * @param start    offset of the description in the raw text
     * @param end      offset just past it
     * @param text     the description as written
     * @param referent the mention of the person it refers to
     */
    public record Description(int start, int end, String text, Mention referent) {
    }

    /**
     * The descriptions of people in an article ("the Iranian minister"), resolved through the
     * titles the article gives them, in text order.
     *
     * @param titles    the article's titles ({@link #find})
     * @param countries the entity id of a country named by a demonym, or {@code null}
     */
    public List<Description> descriptions(Article article, List<Mention> mentions, List<Title> titles,
                                          Function<String, String> countries) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::start));
        return descriptions.find(article, sorted, titles, countries);
    }

    /** The finder with the bundled title words. */
    public static TitleFinder standard() {
        return STANDARD;
    }

    /**
     * The post a title names, in the form titles are compared in: lower case, synonyms replaced,
     * "Secretary of the Treasury" as "treasury secretary" (see {@code titles.tsv}).
     */
    public String post(String title) {
        return lexicon.post(title);
    }

    /** True when one person holds {@code post} (as {@link #post} gives it) at a time, per organisation or country. */
    public boolean isUnique(String post) {
        return lexicon.isUnique(post);
    }

    /** True when an organisation's name is one word too vague to tell two organisations apart ("Committee"). */
    public boolean isVagueOrganisation(String name) {
        return name != null && lexicon.vagueOrganisations.contains(RoleLexicon.lower(name.strip()));
    }

    /** True when {@code post} names the top post of an organisation without saying which ("head"). */
    public boolean isGeneric(String post) {
        return lexicon.isGeneric(post);
    }

    /** True when {@code word} is a rank that makes another post ("vice", "deputy"). */
    public boolean isRank(String word) {
        return lexicon.ranks.contains(RoleLexicon.lower(word));
    }

    /**
     * The titles of an article's people, in text order.
     *
     * @param mentions  the article's mentions (raw offsets), any order
     * @param countries the entity id of a country named by a demonym ("Iranian": "Iran"), or {@code null}
     */
    public List<Title> find(Article article, List<Mention> mentions, Function<String, String> countries) {
        return find(ArticleText.of(article), mentions, countries);
    }

    /**
     * The titles of an article's people, in text order, read from the shared units of its text
     * (their tokens are those every rule and extractor reads, {@link TextUnit#tokens()}).
     *
     * @param mentions  the article's mentions (raw offsets), any order
     * @param countries the entity id of a country named by a demonym ("Iranian": "Iran"), or {@code null}
     */
    public List<Title> find(ArticleText article, List<Mention> mentions, Function<String, String> countries) {
        return find(article, null, mentions, countries);
    }

    /**
     * The titles of an article's people, as {@link #find(ArticleText, List, Function)}, with the article's
     * date {@code published} ({@code null} when unknown) to tell which sentences are set in an earlier time
     * ({@link Title#past()}).
     */
    public List<Title> find(ArticleText article, LocalDate published, List<Mention> mentions,
                            Function<String, String> countries) {
        int year = published == null ? 0 : published.getYear();
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::start));
        Map<String, String> byName = new HashMap<>();
        for (Mention m : sorted) {
            byName.putIfAbsent(m.canonical(), m.entityId());
        }
        Function<String, String> country = name -> {
            String id = byName.get(name);
            return id != null ? id : countries.apply(name);
        };
        List<Title> out = new ArrayList<>();
        boolean retrospective = retrospective(article, published);
        boolean lookingBack = false;
        for (TextUnit unit : article.units(false)) {
            Paragraph p = unit.paragraph();
            String text = unit.text();
            List<Local> local = new ArrayList<>();
            for (Mention m : sorted) {
                if (m.start() >= p.start() && m.end() <= p.end()) {
                    local.add(new Local(m, p.textOffset(m.start(), false), p.textOffset(m.end(), true)));
                }
            }
            if (local.stream().noneMatch(l -> l.mention.type() == EntityType.PERSON)) {
                lookingBack |= year > 0 && lexicon.lookBack != null && lexicon.lookBack.matcher(unit.text()).find();
                continue;
            }
            WordRuns words = new WordRuns(text, unit.tokens());
            boolean frame = false;
            for (Sentences.Bounds b : sentences.split(text)) {
                String sentence = text.substring(b.start(), b.end());
                Time time = time(sentence, published);
                boolean opens = opensPast(sentence, year);
                boolean past = time == Time.PAST || time == Time.NONE && (frame || retrospective || lookingBack);
                lookingBack |= year > 0 && lexicon.lookBack != null && lexicon.lookBack.matcher(sentence).find();
                frame = opens || frame && time != Time.PRESENT;
                List<Tok> toks = tokens(text, b.start(), b.end(), local, words);
                Told told = told(sentence).past(past);
                for (int i = 0; i < toks.size(); i++) {
                    Tok t = toks.get(i);
                    if (t.mention == null || t.mention.type() != EntityType.PERSON) {
                        continue;
                    }
                    Title before = before(text, toks, i, country, p, told);
                    if (before != null) {
                        out.add(before);
                    }
                    Title after = after(text, toks, i, country, p, told);
                    if (after != null) {
                        out.add(after);
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(Title::start));
        return out;
    }

    /** A mention with paragraph-local offsets. */
    private record Local(Mention mention, int start, int end) {
    }

    /** A word, a mention or a punctuation mark of a sentence, with paragraph-local offsets. */
    private record Tok(int start, int end, String text, Mention mention, boolean possessive) {
        boolean isWord() {
            return mention == null && Character.isLetterOrDigit(text.charAt(0));
        }

        String lower() {
            return RoleLexicon.lower(text);
        }
    }

    /**
     * The words of a paragraph as this finder reads them: the runs of its shared tokens
     * ({@link TextUnit#tokens()}, {@link Tokens#runs}), joined over a single full stop, apostrophe
     * or hyphen between letters or digits ("U.S", "3.5", "e.g", "COVID-19"); a trailing apostrophe
     * a shared token took ("goin' ") is left out. Built from the tokens, not by another pass.
     */
    static final class WordRuns {
        private final int[] starts;
        private final int[] ends;

        WordRuns(String t, Tokens shared) {
            int n = t.length();
            int[] runs = shared.runs(t);
            int[] st = new int[runs.length / 2];
            int[] en = new int[runs.length / 2];
            int count = 0;
            int k = 0;
            while (k < runs.length) {
                int i = runs[k];
                int j = runs[k + 1];
                k += 2;
                while (k < runs.length && j + 1 < n && runs[k] == j + 1 && isJoiner(t.charAt(j))
                        && isLetterOrNumber(t.charAt(j - 1)) && isLetterOrNumber(t.charAt(j + 1))) {
                    j = runs[k + 1];
                    k += 2;
                }
                st[count] = i;
                en[count++] = j;
            }
            starts = Arrays.copyOf(st, count);
            ends = Arrays.copyOf(en, count);
        }

        private static boolean isJoiner(char c) {
            return c == '.' || c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '\u2011';
        }

        private static boolean isLetterOrNumber(char c) {
            return Character.isLetter(c) || Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER
                    || Character.getType(c) == Character.LETTER_NUMBER || Character.getType(c) == Character.OTHER_NUMBER;
        }

        /** Where the word holding offset {@code i} ends (the rest of it from {@code i} is a word), or -1. */
        int endOfWordAt(int i) {
            int lo = 0;
            int hi = starts.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] <= i) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo > 0 && ends[lo - 1] > i ? ends[lo - 1] : -1;
        }
    }

    private List<Tok> tokens(String s, int from, int to, List<Local> mentions, WordRuns words) {
        Map<Integer, Local> starts = new HashMap<>();
        for (Local l : mentions) {
            if (l.start >= from && l.end <= to && !titleWords(l.mention.surface())) {
                starts.putIfAbsent(l.start, l);
            }
        }
        List<Tok> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            Local m = starts.get(i);
            if (m != null && m.end > i && startsWithQualifier(m.mention.surface())) {
                m = null; // "Former White House": the names analysis took a qualifier into a name; read words
                starts.remove(i);
            }
            if (m != null && m.end > i) {
                int end = m.end;
                Matcher pos = POSSESSIVE.matcher(s).region(end, to);
                boolean possessive = pos.lookingAt();
                out.add(new Tok(i, end, s.substring(i, end), m.mention, possessive));
                i = possessive ? pos.end() : end;
                continue;
            }
            int wordEnd = Character.isLetterOrDigit(c) ? words.endOfWordAt(i) : -1;
            if (wordEnd > i && wordEnd <= to) {
                int end = wordEnd;
                String word = s.substring(i, end);
                boolean possessive = false;
                int last = word.length() - 1;
                char before = last >= 2 ? word.charAt(last - 1) : ' ';
                if (word.charAt(last) == 's' && (before == '\'' || before == '\u2019')) {
                    word = word.substring(0, last - 1);
                    possessive = true;
                } else if (end < to && s.charAt(end) == '.' && word.contains(".")) {
                    end++;
                    word = word + ".";
                }
                out.add(new Tok(i, end, word, null, possessive));
                i = Math.max(wordEnd, end);
                continue;
            }
            out.add(new Tok(i, i + 1, String.valueOf(c), null, false));
            i++;
        }
        return out;
    }

    /** The title before the person at {@code at}: right before it, or set off by a comma as the subject. */
    private Title before(String s, List<Tok> toks, int at, Function<String, String> country, Paragraph p, Told told) {
        int end = at;
        boolean comma = false;
        if (at > 0 && toks.get(at - 1).text.equals(",")) {
            end = at - 1;
            comma = true;
        }
        int start = end;
        int guard = 0;
        while (start > 0 && guard++ < MAX_PHRASE) {
            Tok t = toks.get(start - 1);
            if (t.text.equals(")")) {
                int open = openParenthesis(toks, start - 1);
                if (open < 0) {
                    break;
                }
                start = open;
                continue;
            }
            if (!accept(t)) {
                break;
            }
            start--;
        }
        while (start < end && toks.get(start).isWord() && CONNECTORS.contains(toks.get(start).lower())) {
            start++;
        }
        if (start < end && start == 0 && isSentenceOpener(toks.get(start))) {
            start++;
        }
        if (start >= end) {
            return null;
        }
        for (int j = start + 1; j < end; j++) {
            Tok w = toks.get(j);
            if (w.isWord() && (w.lower().equals("and") || w.lower().equals("or"))) {
                boolean titled = false;
                for (int q = start; q < j; q++) {
                    titled |= toks.get(q).isWord() && lexicon.isCoreWord(toks.get(q).text);
                }
                if (!titled && toks.get(j - 1).mention != null) {
                    start = j + 1; // "Israel and US President X": the name before "and" is a party of its own, not the post's
                }
                break;
            }
        }
        if (start >= end) {
            return null;
        }
        if (comma) {
            // "the Secretary of ... (SDC), Anton Bellak met": only as the sentence's subject
            boolean determiner = start > 0 && toks.get(start - 1).isWord() && DETERMINERS.contains(toks.get(start - 1).lower());
            int det = determiner ? start - 1 : start;
            if (det > 0 && !toks.get(det - 1).text.equals(",")) {
                return null;
            }
            if (at + 1 < toks.size() && toks.get(at + 1).text.equals(",") && det == start) {
                return null; // "Strelsau, Omar Haddan, ..." is a list
            }
        }
        Parsed parsed = parse(toks, start, end, false);
        if (parsed == null || parsed.tailEnd != end) {
            return null;
        }
        int from = toks.get(start).start;
        boolean then = lexicon.thenCue != null
                && lexicon.thenCue.matcher(s.substring(Math.max(0, from - 40), from)).find();
        return title(s, toks, at, parsed, country, p, then ? Title.Tense.THEN : Title.Tense.CURRENT, told);
    }

    /** The title after the person at {@code at}: an apposition or a phrase after a verb or "as". */
    private Title after(String s, List<Tok> toks, int at, Function<String, String> country, Paragraph p, Told told) {
        Tok person = toks.get(at);
        String rest = s.substring(person.end, toks.get(toks.size() - 1).end);
        Title.Tense tense;
        int skip;
        Matcher a = APPOSITION.matcher(rest);
        Matcher v = VERB_AS.matcher(rest);
        if (!person.possessive && rest.startsWith(",") && a.lookingAt()) {
            if (a.group(2) == null && closesFrontedClause(toks, at)) {
                return null; // "Despite frosty relations with X, the prime minister praised ...": no apposition
            }
            String verb = a.group(2);
            tense = verb == null || verb.equals("is") || verb.startsWith("has") ? Title.Tense.CURRENT : Title.Tense.THEN;
            skip = a.end();
        } else if (v.lookingAt()) {
            String said = v.group().strip();
            if (said.endsWith(" as") && (said.startsWith("'") || said.startsWith("\u2019") || said.startsWith(","))) {
                tense = Title.Tense.AS; // "X's first trip as ...", "X, as ...": no time
            } else {
                tense = said.startsWith("is") || said.startsWith("has") || said.startsWith("serves")
                        || said.startsWith("acts") ? Title.Tense.CURRENT : Title.Tense.THEN;
            }
            skip = v.end();
        } else {
            return null;
        }
        int phraseStart = person.end + skip;
        int k = at + 1;
        while (k < toks.size() && toks.get(k).start < phraseStart) {
            k++;
        }
        while (k < toks.size() && toks.get(k).isWord() && DETERMINERS.contains(toks.get(k).lower())) {
            k++;
        }
        if (k < toks.size() && toks.get(k).isWord() && (toks.get(k).lower().equals("and") || toks.get(k).lower().equals("or"))) {
            return null; // "X, and Egypt's President, Y": the title of the next name in a list
        }
        int end = k;
        int guard = 0;
        while (end < toks.size() && guard++ < MAX_PHRASE) {
            Tok t = toks.get(end);
            if (t.text.equals("(")) {
                int close = closeParenthesis(toks, end);
                if (close < 0) {
                    break;
                }
                end = close + 1;
                continue;
            }
            if (!accept(t)) {
                break;
            }
            end++;
        }
        Parsed parsed = parse(toks, k, end, true);
        if (parsed == null) {
            return null;
        }
        int next = parsed.tailEnd;
        while (next < toks.size() && next < parsed.tailEnd + 2 && toks.get(next).mention == null && toks.get(next).isWord()
                && Character.isUpperCase(toks.get(next).text.charAt(0))) {
            next++; // "Qatar's Prime Minister Sheikh Y": a word of address before the name
        }
        if (next < toks.size() && toks.get(next).mention != null
                && toks.get(next).mention.type() == EntityType.PERSON) {
            return null; // "met X, Iraqi Prime Minister Y": the title is Y's
        }
        return title(s, toks, at, parsed, country, p, tense, told);
    }

    /**
     * True when the comma after the person at {@code at} is the sentence's first and the sentence opens with a
     * subordinating word ("Despite ..., ", "When ..., "): the comma closes that clause.
     */
    private static boolean closesFrontedClause(List<Tok> toks, int at) {
        if (toks.isEmpty() || !toks.get(0).isWord() || !SUBORDINATORS.contains(toks.get(0).lower())) {
            return false;
        }
        for (int i = 0; i <= at; i++) {
            if (toks.get(i).text.equals(",")) {
                return false;
            }
        }
        return true;
    }

    /** True when a name of several words begins with a qualifier of time ("Former White House"). */
    private boolean startsWithQualifier(String surface) {
        int space = surface.indexOf(' ');
        if (space < 0) {
            return false;
        }
        Title.Tense t = qualifier(RoleLexicon.lower(surface.substring(0, space)));
        return t != null && t != Title.Tense.CURRENT && t != Title.Tense.NEW;
    }

    /**
     * True when a name is only words of titles and demonyms ("U.S. Treasury", "Foreign"): the
     * names analysis may take such words for an organisation, but they are part of a title.
     */
    private boolean titleWords(String surface) {
        String[] words = surface.split("\\s+");
        for (String w : words) {
            String bare = w.endsWith(".") && !lexicon.demonyms.containsKey(w) ? w.substring(0, w.length() - 1) : w;
            if (!lexicon.demonyms.containsKey(w) && !lexicon.demonyms.containsKey(bare)
                    && !lexicon.portfolios.contains(RoleLexicon.lower(bare))
                    && !lexicon.ranks.contains(RoleLexicon.lower(bare))) {
                return false;
            }
        }
        return true;
    }

    /** True when a token can be part of a title phrase. */
    private boolean accept(Tok t) {
        if (t.mention != null) {
            return t.mention.type() != EntityType.PERSON;
        }
        if (!t.isWord()) {
            return false;
        }
        String l = t.lower();
        if (CONNECTORS.contains(l) || lexicon.demonyms.containsKey(t.text) || isQualifierWord(l) || titleWord(l)) {
            return true;
        }
        return Character.isUpperCase(t.text.charAt(0)) && !FUNCTION_WORDS.contains(l);
    }

    private boolean isSentenceOpener(Tok t) {
        return t.isWord() && !titleWord(t.lower()) && !isQualifierWord(t.lower()) && !lexicon.demonyms.containsKey(t.text);
    }

    /** True when the word is a qualifier or part of one ("newly" of "newly appointed"). */
    private boolean isQualifierWord(String lower) {
        return qualifier(lower) != null || lexicon.qualifierWords.contains(lower);
    }

    /** The tense a qualifier word gives ("former", "then-", "newly-appointed"), or {@code null}. */
    private Title.Tense qualifier(String lower) {
        String l = lower.replace('\u2010', '-').replace('\u2011', '-');
        Title.Tense t = lexicon.qualifiers.get(l.replace('-', ' '));
        if (t != null) {
            return t;
        }
        int dash = l.indexOf('-');
        if (dash > 0) {
            Title.Tense prefix = lexicon.qualifiers.get(l.substring(0, dash));
            if (prefix != null && prefix != Title.Tense.CURRENT) {
                return prefix; // "then-Iranian", "ex-minister"
            }
        }
        return null;
    }

    /** True when every part of a (hyphenated) word is a word of titles: rank, portfolio or core. */
    private boolean titleWord(String lower) {
        String w = stripPrefix(lower);
        for (String part : w.split("[-\u2010\u2011]")) {
            if (!lexicon.ranks.contains(part) && !lexicon.portfolios.contains(part) && !lexicon.isCoreWord(part)
                    && !part.equals("in") && !part.equals("of")) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    /** The word without a qualifier prefix ("then-Iranian" is "Iranian"). */
    private String stripPrefix(String lower) {
        int dash = lower.indexOf('-');
        if (dash > 0 && lexicon.qualifiers.containsKey(lower.substring(0, dash))
                && lexicon.qualifiers.get(lower.substring(0, dash)) != Title.Tense.CURRENT) {
            return lower.substring(dash + 1);
        }
        return lower;
    }

    private static int openParenthesis(List<Tok> toks, int close) {
        for (int j = close - 1; j >= 0 && close - j <= 6; j--) {
            if (toks.get(j).text.equals("(")) {
                return j;
            }
        }
        return -1;
    }

    private static int closeParenthesis(List<Tok> toks, int open) {
        for (int j = open + 1; j < toks.size() && j - open <= 6; j++) {
            if (toks.get(j).text.equals(")")) {
                return j;
            }
        }
        return -1;
    }

    /**
     * A title phrase taken apart.
     *
     * @param start     first token of the phrase (qualifiers included)
     * @param postStart first token of the post (rank and portfolio words)
     * @param coreEnd   just past the core
     * @param postEnd   just past the post's own words (the core, or an "of State" tail)
     * @param tailEnd   just past the phrase
     */
    private record Parsed(int start, int postStart, int coreEnd, int postEnd, int tailEnd) {
    }

    /**
     * Finds the core of the phrase {@code [from, to)}: the last one when the phrase ends at the
     * name, the first when it follows the name ({@code forward}); then the post's rank and
     * portfolio words before it and the "of ..." tail after it.
     */
    private Parsed parse(List<Tok> toks, int from, int to, boolean forward) {
        int coreStart = -1;
        int coreEnd = -1;
        for (int i = forward ? from : to - 1; forward ? i < to : i >= from; i += forward ? 1 : -1) {
            int len = coreAt(toks, i, to);
            if (len > 0) {
                coreStart = i;
                coreEnd = i + len;
                if (!forward) {
                    // a multi-word core ending here ("prime minister") starts earlier
                    for (int back = 1; back <= 2 && i - back >= from; back++) {
                        int l2 = coreAt(toks, i - back, to);
                        if (l2 > back) {
                            coreStart = i - back;
                            coreEnd = i - back + l2;
                        }
                    }
                }
                break;
            }
        }
        if (coreStart < 0) {
            return null;
        }
        int postStart = coreStart;
        while (postStart > from) {
            Tok t = toks.get(postStart - 1);
            String l = t.isWord() ? stripPrefix(t.lower()) : "";
            boolean joins = l.equals("and") && postStart - 2 >= from && toks.get(postStart - 2).isWord()
                    && lexicon.portfolios.contains(toks.get(postStart - 2).lower());
            if (t.isWord() && (titleWord(l) || joins) && !lexicon.demonyms.containsKey(t.text)) {
                postStart--;
            } else {
                break;
            }
        }
        // the words before the post are qualifiers, possessors, demonyms, organisations
        for (int i = from; i < postStart; i++) {
            Tok t = toks.get(i);
            if (t.isWord() && !CONNECTORS.contains(t.lower()) && !isQualifierWord(t.lower())
                    && !lexicon.demonyms.containsKey(t.text) && !lexicon.demonyms.containsKey(stripPrefixAsWritten(t.text))
                    && !Character.isUpperCase(t.text.charAt(0))) {
                return null;
            }
        }
        int postEnd = coreEnd;
        int tailEnd = coreEnd;
        if (coreEnd < to) {
            Tok next = toks.get(coreEnd);
            boolean of = next.isWord() && (next.lower().equals("of") || next.lower().equals("for"));
            if (of) {
                int j = coreEnd + 1;
                if (j < to && toks.get(j).isWord() && toks.get(j).lower().equals("the")) {
                    j++;
                }
                boolean mention = false;
                int k = j;
                while (k < to) {
                    Tok t = toks.get(k);
                    if (t.mention != null) {
                        if (t.mention.type() == EntityType.PERSON) {
                            break;
                        }
                        mention = true;
                        k++;
                    } else if (t.text.equals("(")) {
                        int close = closeParenthesis(toks, k);
                        if (close < 0 || close >= to) {
                            break;
                        }
                        k = close + 1;
                    } else if (t.isWord() && (Character.isUpperCase(t.text.charAt(0)) || lexicon.portfolios.contains(t.lower()))
                            && !FUNCTION_WORDS.contains(t.lower()) || t.isWord() && t.lower().equals("and") && k + 1 < to) {
                        k++;
                    } else {
                        break;
                    }
                }
                if (k > j) {
                    tailEnd = k;
                    if (!mention) {
                        postEnd = k; // "Secretary of State", "Chief of Staff": part of the post
                    }
                }
            } else if (next.mention != null && next.possessive && coreEnd + 1 < to && toks.get(coreEnd + 1).mention != null) {
                tailEnd = coreEnd + 2; // "Secretary Iran's Supreme National Security Council"
            }
        }
        while (tailEnd > coreEnd && toks.get(tailEnd - 1).isWord() && CONNECTORS.contains(toks.get(tailEnd - 1).lower())) {
            tailEnd--;
        }
        postEnd = Math.min(postEnd, tailEnd);
        return new Parsed(from, postStart, coreEnd, postEnd, tailEnd);
    }

    private String stripPrefixAsWritten(String word) {
        int dash = word.indexOf('-');
        return dash > 0 ? word.substring(dash + 1) : word;
    }

    /** The number of tokens of a core starting at {@code i}, or 0. */
    private int coreAt(List<Tok> toks, int i, int to) {
        Tok t = toks.get(i);
        if (!t.isWord()) {
            return 0;
        }
        for (List<String> core : lexicon.cores) {
            if (core.size() == 1) {
                String w = stripPrefix(t.lower()).replaceAll("[\u2010\u2011]", "-").replaceFirst("-(?:designate|elect)$", "");
                String[] parts = w.split("-");
                if (parts[parts.length - 1].equals(core.get(0)) || w.replace('-', ' ').equals(core.get(0))) {
                    return 1;
                }
                continue;
            }
            if (i + core.size() > to) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < core.size() && all; k++) {
                Tok x = toks.get(i + k);
                all = x.isWord() && x.lower().equals(core.get(k));
            }
            if (all) {
                return core.size();
            }
        }
        return 0;
    }

    private Title title(String s, List<Tok> toks, int at, Parsed parsed, Function<String, String> country,
                        Paragraph p, Title.Tense verbTense, Told told) {
        Title.Tense tense = verbTense;
        Set<String> ofs = new LinkedHashSet<>();
        String of = null;
        String ofName = null;
        String demonymId = null;
        String demonymName = null;
        Mention nearest = null;
        StringBuilder orgWords = new StringBuilder();
        for (int i = parsed.start; i < parsed.postStart; i++) {
            Tok t = toks.get(i);
            if (t.mention != null) {
                ofs.add(t.mention.entityId());
                nearest = t.mention;
                orgWords.setLength(0);
                continue;
            }
            String l = t.lower();
            if (i + 1 < parsed.postStart && toks.get(i + 1).isWord()) {
                Title.Tense two = lexicon.qualifiers.get(l + " " + toks.get(i + 1).lower());
                if (two != null) {
                    tense = stronger(tense, two);
                    i++;
                    continue;
                }
            }
            Title.Tense q = qualifier(l);
            if (q != null) {
                tense = stronger(tense, q);
            }
            String written = stripPrefixAsWritten(t.text);
            String demonym = lexicon.demonyms.containsKey(t.text) ? t.text
                    : lexicon.demonyms.containsKey(written) ? written : null;
            if (demonym == null && i + 1 < parsed.postStart) {
                String two = t.text + " " + toks.get(i + 1).text;
                if (lexicon.demonyms.containsKey(two)) {
                    demonym = two;
                    i++;
                }
            }
            if (demonym != null) {
                demonymName = lexicon.demonyms.get(demonym);
                demonymId = country.apply(demonymName);
                if (demonymId != null) {
                    ofs.add(demonymId);
                }
            } else if (q == null && Character.isUpperCase(t.text.charAt(0)) && !CONNECTORS.contains(l)) {
                orgWords.append(orgWords.isEmpty() ? "" : " ").append(t.text);
            }
        }
        Tok first = toks.get(parsed.postStart);
        if (first.isWord() && first.text.indexOf('-') > 0) {
            Title.Tense q = qualifier(first.lower());
            if (q != null) {
                tense = stronger(tense, q); // "Then-Prime Minister"
            }
        }
        Mention tailMention = null;
        for (int i = parsed.coreEnd; i < parsed.tailEnd; i++) {
            Tok t = toks.get(i);
            if (t.mention != null) {
                ofs.add(t.mention.entityId());
                if (tailMention == null && !t.possessive) {
                    tailMention = t.mention;
                }
            }
        }
        if (tailMention != null) {
            of = tailMention.entityId();
            ofName = tailMention.canonical();
        } else if (nearest != null) {
            of = nearest.entityId();
            ofName = nearest.canonical();
        } else if (demonymName != null) {
            of = demonymId;
            ofName = demonymName;
        } else if (!orgWords.isEmpty()) {
            ofName = orgWords.toString();
        }
        int start = toks.get(parsed.start).start;
        int end = toks.get(parsed.tailEnd - 1).end;
        int postStart = toks.get(parsed.postStart).start;
        int postEnd = toks.get(parsed.postEnd - 1).end;
        String postWritten = stripQualifierPrefix(s.substring(postStart, postEnd));
        // a rank written before the country or organisation is the post's: "Assistant U.S. Treasury Secretary"
        StringBuilder ranks = new StringBuilder();
        for (int i = parsed.start; i < parsed.postStart; i++) {
            Tok t = toks.get(i);
            if (t.isWord() && lexicon.ranks.contains(t.lower()) && qualifier(t.lower()) == null) {
                ranks.append(t.text).append(' ');
            }
        }
        postWritten = ranks + postWritten;
        Matcher elect = ELECT.matcher(postWritten);
        if (elect.find()) {
            tense = stronger(tense, Title.Tense.DESIGNATE); // "President-elect", "Foreign Minister-designate"
            postWritten = postWritten.substring(0, elect.start());
        }
        String post = lexicon.post(postWritten);
        boolean unique = lexicon.isUnique(post);
        if (tailMention != null && parsed.tailEnd < toks.size() && toks.get(parsed.tailEnd).isWord()
                && Character.isLowerCase(toks.get(parsed.tailEnd).text.charAt(0))
                && !FUNCTION_WORDS.contains(toks.get(parsed.tailEnd).lower())
                && !lexicon.isCoreWord(toks.get(parsed.tailEnd).text)) {
            // "head of the EC delegation": the post is of a part of the organisation, not of the organisation
            of = null;
            ofName = null;
            unique = false;
        }
        boolean possessor = false;
        for (int i = parsed.start; i < parsed.postEnd; i++) {
            Tok t = toks.get(i);
            if (t.mention != null && possessor) {
                unique = false; // "McDonald's USA president": the post of one branch of the possessor, one of several
            }
            possessor |= t.mention != null && t.possessive;
        }
        if (end < s.length() && HYPHENS.indexOf(s.charAt(end)) >= 0) {
            // "the leader of Iran-backed Hezbollah": the name qualifies the next word, it is not the post's organisation
            of = null;
            ofName = null;
            unique = false;
        }
        if (tailMention != null && parsed.tailEnd + 1 < toks.size() && toks.get(parsed.tailEnd).isWord()
                && toks.get(parsed.tailEnd).lower().equals("in") && toks.get(parsed.tailEnd + 1).mention != null) {
            unique = false; // "Hamas's leader in the Gaza Strip": a post of one part, one of several such posts
        }
        Mention person = toks.get(at).mention;
        return new Title(person, s.substring(start, end), postWritten, post, of, ofName, List.copyOf(ofs), tense, told.day,
                told.words, told.past,
                unique, p.rawOffset(start), p.rawOffset(end));
    }

    private String stripQualifierPrefix(String written) {
        int dash = written.indexOf('-');
        if (dash > 0 && qualifier(RoleLexicon.lower(written.substring(0, dash))) != null
                && !titleWord(RoleLexicon.lower(written.substring(0, dash)))) {
            return written.substring(dash + 1);
        }
        return written;
    }

    private static Title.Tense stronger(Title.Tense a, Title.Tense b) {
        List<Title.Tense> order = List.of(Title.Tense.CURRENT, Title.Tense.AS, Title.Tense.NEW, Title.Tense.DESIGNATE,
                Title.Tense.THEN, Title.Tense.FORMER, Title.Tense.LATE);
        return order.indexOf(b) > order.indexOf(a) ? b : a;
    }

    /**
     * The time a sentence tells of: a full day, else the words of a relative time or a year, else nothing;
     * and whether it is set before the article's date.
     */
    private record Told(LocalDate day, String words, boolean past) {
        Told past(boolean p) {
            return new Told(day, words, p);
        }
    }

    /** What a sentence says of its time against the article's year: set in the past, in the article's days, or neither. */
    private enum Time { PAST, PRESENT, NONE }

    /**
     * Whether a sentence is set before the article's year ({@code year}, 0 when the article is undated): a
     * past cue of {@code titles.tsv}, or a year before the article's not after "since"; unless a present cue
     * or a year of the article's own (or later) says it tells of the article's days.
     */
    private Time time(String sentence, LocalDate published) {
        if (lexicon.presentCue != null && lexicon.presentCue.matcher(sentence).find()) {
            return Time.PRESENT;
        }
        boolean past = lexicon.pastCue != null && lexicon.pastCue.matcher(sentence).find();
        if (published != null) {
            int year = published.getYear();
            Matcher y = ANY_YEAR.matcher(sentence);
            while (y.find()) {
                int v = Integer.parseInt(y.group(1));
                if (v >= year) {
                    return Time.PRESENT;
                }
                String before = sentence.substring(Math.max(0, y.start() - 25), y.start());
                if (SINCE.matcher(before).find()) {
                    continue;
                }
                Matcher month = MONTH_BEFORE.matcher(before);
                if (month.find()) {
                    // "in July 2023": a month of its own, two months or more before the article's
                    int m = Month.valueOf(month.group(1).toUpperCase(Locale.ROOT)).getValue();
                    past |= (year - v) * 12 + published.getMonthValue() - m >= 2;
                } else {
                    // "in 1993", "during 2014": a time of its own; a bare year of last year ("1986 exports") is not
                    past |= TIME_PREPOSITION.matcher(before).find() || v <= year - 2;
                }
            }
        }
        return past ? Time.PAST : Time.NONE;
    }

    /**
     * True when an article looks back: at least three of its sentences are set before its year and more than
     * tell of its own days (a history, an anniversary piece, an obituary). Its sentences that say nothing of
     * their time are then read as set in the past too.
     */
    private boolean retrospective(ArticleText article, LocalDate published) {
        if (published == null) {
            return false;
        }
        int past = 0;
        int present = 0;
        for (TextUnit unit : article.units(false)) {
            String text = unit.text();
            for (Sentences.Bounds b : sentences.split(text)) {
                Time time = time(text.substring(b.start(), b.end()), published);
                past += time == Time.PAST ? 1 : 0;
                present += time == Time.PRESENT ? 1 : 0;
            }
        }
        return past >= 3 && past > present;
    }

    /** True when a sentence opens with a time phrase naming a year before {@code year} ("In 1993, ..."): it sets a frame. */
    private boolean opensPast(String sentence, int year) {
        if (year <= 0 || lexicon.pastFrame == null) {
            return false;
        }
        Matcher m = lexicon.pastFrame.matcher(sentence);
        if (!m.lookingAt()) {
            return false;
        }
        Matcher y = ANY_YEAR.matcher(m.group());
        return y.find() && Integer.parseInt(y.group(1)) < year;
    }

    /**
     * The one day the sentence names in full ("on March 19, 2023"); else the first relative time
     * ("late last year") or year ("in 1985") it names; else nothing.
     */
    private static Told told(String sentence) {
        LocalDate day = null;
        String words = null;
        for (DateExpressions.Found f : DateExpressions.find(sentence)) {
            if (f.kind() != DateExpressions.Kind.FULL_DATE) {
                if (words == null && f.kind() == DateExpressions.Kind.SPAN) {
                    words = f.text();
                }
                continue;
            }
            LocalDate d = DateExpressions.resolve(f, null, false);
            if (d != null) {
                if (day != null && !day.equals(d)) {
                    return new Told(null, null, false);
                }
                day = d;
            }
        }
        if (day == null && words == null) {
            Matcher y = YEAR.matcher(sentence);
            words = y.find() ? y.group() : null;
        }
        return new Told(day, day != null ? null : words, false);
    }
}
