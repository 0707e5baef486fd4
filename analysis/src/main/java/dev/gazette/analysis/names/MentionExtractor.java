package dev.gazette.analysis.names;

import dev.gazette.analysis.text.TextUnit;
import dev.gazette.analysis.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds candidate proper names in a paragraph: runs of capitalised words, with the particles
 * of Arabic and Persian names ("al-", "bin", "Abu"), hyphenated and apostrophised words,
 * possessives cut off and acronyms. Titles and roles in front of a name ("Libyan Foreign
 * Minister", "Secretary of") are moved to the mention's role; a capital that only opens a
 * sentence is flagged so the article-level pass can decide; "Long Name (ACR)" is recorded as
 * an acronym definition. The word lists come from the {@link Lexicon}. It does not tokenise:
 * it reads the tokens of each paragraph's {@link TextUnit} (found once and shared with the
 * rules, see {@link Tokens}) and adds what only its lexicon knows: where a contraction ("We'll")
 * or a lower-case part ("Damascus-based") splits a token, which tokens are names, particles or
 * connectors, and whether a full stop before a token ends an abbreviation. Hash lookups per word.
 */
final class MentionExtractor {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]");

    /** A word of the paragraph text. */
    private static final class Tok {
        int start;
        int end;
        int coreEnd;
        String text;
        String lower;
        boolean possessive;
        boolean sentenceInitial;
        boolean cut;
        /** A lower-case class noun taken into the name before it ("the Smith foundation"). */
        boolean ownerNoun;
        Kind kind = Kind.OTHER;

        Tok(int start, int end, String text) {
            this.start = start;
            this.end = end;
            this.coreEnd = end;
            this.text = text;
            this.lower = text.toLowerCase(Locale.ROOT);
        }
    }

    private enum Kind { NAME, PARTICLE, CONNECTOR, OTHER }

    /**
     * A candidate name in one paragraph.
     *
     * @param paragraph       the paragraph's index
     * @param start           offset in the paragraph text
     * @param end             offset just past it
     * @param surface         the text as written (possessive cut off)
     * @param role            the title or role in front of it, or {@code null}
     * @param sentenceInitial whether its first word opens a sentence
     * @param acronym         whether it is an acronym
     * @param votes           type evidence: person, organisation, place, other
     * @param dateline        whether it is the place of the article's dateline, which the parser takes off the
     *                        first paragraph: then {@code start} and {@code end} are offsets in the raw text
     */
    record Candidate(int paragraph, int start, int end, String surface, String role, boolean sentenceInitial,
                     boolean acronym, int[] votes, boolean dateline) {
    }

    /** "Long Name (ACR)" or "ACR (Long Name)" in the text: candidate indexes. */
    record Definition(int acronym, int longForm) {
    }

    /** The candidates of a text and the acronym definitions among them. */
    record Result(List<Candidate> candidates, List<Definition> definitions) {
    }

    private final Lexicon lex;

    MentionExtractor(Lexicon lexicon) {
        this.lex = lexicon;
    }

    /** Extracts the candidates of every body paragraph (the units of an article's text), in text order. */
    Result extract(List<TextUnit> paragraphs) {
        List<Candidate> out = new ArrayList<>();
        List<Definition> defs = new ArrayList<>();
        for (TextUnit p : paragraphs) {
            int first = out.size();
            extract(p.paragraph().index(), p, out);
            definitions(p.text(), out, first, defs);
        }
        return new Result(out, defs);
    }

    /** Extracts the candidates of one unit (a paragraph), appending to {@code out}. */
    void extract(int paragraph, TextUnit unit, List<Candidate> out) {
        String text = unit.text();
        List<Tok> toks = tokens(unit);
        if (toks.isEmpty() || headline(text, toks)) {
            return;
        }
        for (int k = 0; k < toks.size(); k++) {
            if (toks.get(k).kind == Kind.NAME && emphasis(text, toks, k)) {
                toks.get(k).kind = Kind.OTHER;
            }
        }
        int i = 0;
        while (i < toks.size()) {
            Tok t = toks.get(i);
            if (t.kind != Kind.NAME) {
                i++;
                continue;
            }
            int j = i + 1;
            Tok last = t;
            while (j < toks.size() && !last.possessive && !last.cut) {
                Tok next = toks.get(j);
                int coordinated = next.lower.equals("and") ? coordinatedPlaceThrough(text, toks, i, j) : -1;
                if (coordinated > j) {
                    // "Valmora and Quell": a place of the gazetteer named by two coordinated names is one name
                    for (int k = j; k < coordinated; k++) {
                        if (toks.get(k).kind != Kind.NAME) {
                            toks.get(k).kind = Kind.CONNECTOR;
                        }
                    }
                    last = toks.get(coordinated - 1);
                    j = coordinated;
                    continue;
                }
                if (!plainGap(text, last, next) && !articleHyphen(text, last, next)
                        && !(next.kind == Kind.NAME && ampersand(text, last, next)
                        && !(lex.places.contains(last.lower) && lex.places.contains(next.lower)))) {
                    // (two places of the gazetteer joined by "&" are two places: "Valmora & Homs")
                    break;
                }
                if (next.kind == Kind.NAME) {
                    last = next;
                    j++;
                } else if (next.kind == Kind.PARTICLE || (next.kind == Kind.CONNECTOR && lex.joinAfter.contains(last.lower))) {
                    int k = j;
                    while (k < toks.size() && toks.get(k).kind != Kind.NAME
                            && (toks.get(k).kind == Kind.PARTICLE || toks.get(k).kind == Kind.CONNECTOR)
                            && plainGap(text, toks.get(k - 1), toks.get(k)) && k - j < 3) {
                        k++;
                    }
                    if (k < toks.size() && toks.get(k).kind == Kind.NAME && plainGap(text, toks.get(k - 1), toks.get(k))) {
                        last = toks.get(k);
                        j = k + 1;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            if (ownerNoun(text, toks, i, j)) {
                Tok noun = toks.get(j);
                noun.kind = Kind.NAME;
                noun.ownerNoun = true;
                j++;
            }
            run(paragraph, text, toks, i, j, out);
            i = j;
        }
    }

    /**
     * The end (a token index, exclusive) of a place of the gazetteer written as coordinated names ("Valmora and
     * Quell", "Saint Tamar and the Quells") that opens at a word of the run {@code [from, and)} and runs through the
     * lower-case "and" at {@code and}; -1 when there is none. The words of the place are as the gazetteer writes
     * them, its names capitalised and its "and", "the", "of" in lower case, with only spaces between.
     */
    private int coordinatedPlaceThrough(String text, List<Tok> toks, int from, int and) {
        if (!lowerCase(toks.get(and))) {
            return -1;
        }
        int best = -1;
        for (int s = from; s < and; s++) {
            for (List<String> place : lex.coordinatedPlaces.getOrDefault(toks.get(s).lower, List.of())) {
                int end = s + place.size();
                if (end <= and + 1 || end > toks.size() || end <= best) {
                    continue;
                }
                boolean ok = true;
                for (int w = 0; w < place.size() && ok; w++) {
                    Tok x = toks.get(s + w);
                    String word = place.get(w);
                    boolean function = word.equals("and") || word.equals("the") || word.equals("of");
                    String lower = x.possessive ? x.lower.substring(0, Math.max(0, x.coreEnd - x.start)) : x.lower;
                    ok = lower.equals(word) && (function ? lowerCase(x) : x.kind == Kind.NAME)
                            && (w == 0 || plainGap(text, toks.get(s + w - 1), x));
                }
                if (ok && toks.get(s + place.size() - 1).end > toks.get(and).end) {
                    best = end;
                }
            }
        }
        return best;
    }

    /**
     * "the Smith foundation": a name followed by a lower-case class noun of an institution
     * ({@code ownerNouns}) names the institution, not the person or the family: the noun is taken
     * into the mention. Not after a possessive ("Smith's foundation" is his), a cut word, a place
     * of the gazetteer or a demonym ("a Texas foundation" is a foundation in Texas), nor when the
     * name already ends in an organisation word.
     */
    private boolean ownerNoun(String text, List<Tok> toks, int from, int to) {
        if (to >= toks.size()) {
            return false;
        }
        Tok last = toks.get(to - 1);
        Tok next = toks.get(to);
        if (last.possessive || last.cut || next.kind != Kind.OTHER || !lex.ownerNouns.contains(next.lower)
                || !next.text.equals(next.lower)
                || !plainGap(text, last, next) || lex.orgHeads.contains(last.lower)) {
            return false;
        }
        int start = to - 1;
        while (start > from && !common(toks.get(start - 1))) {
            start--; // the name after the last common word ("A Texas foundation": "Texas")
        }
        StringBuilder name = new StringBuilder();
        for (int k = start; k < to; k++) {
            Tok t = toks.get(k);
            if (t.kind != Kind.NAME || common(t) || lex.demonyms.contains(t.lower) || allCaps(t.text)) {
                return false; // a particle or connector inside, a demonym, an acronym: not a person's name
            }
            name.append(k > start ? " " : "").append(t.lower);
        }
        return !lex.places.contains(name.toString());
    }

    /**
     * A function word written in capitals for emphasis inside a sentence in mixed case ("he IS
     * right", "it WAS the best", "the plan IS in the bin"): not an acronym. An acronym that is also
     * such a word ("IS" for a militant group) is written as a name: after a preposition, an article
     * or a verb, and followed by a noun ("fighting IS in Syria", "IS fighters"), so only these
     * readings are taken for emphasis: after a subject pronoun; before an article, a negation or
     * an adverb of degree; or after a determiner and a lower-case word and before a preposition
     * and a lower-case word.
     */
    private boolean emphasis(String text, List<Tok> toks, int i) {
        Tok t = toks.get(i);
        if (i == 0 || i + 1 >= toks.size() || !allCaps(t.text) || !lex.emphasis.contains(t.lower)) {
            return false;
        }
        Tok prev = toks.get(i - 1);
        Tok next = toks.get(i + 1);
        if (!plainGap(text, prev, t) || !plainGap(text, t, next) || !lowerCase(next) || allCaps(prev.text)) {
            return false; // a sentence in capitals, or the word at a sentence's edge
        }
        if (lex.emphasisBefore.contains(prev.lower) || lex.emphasisAfter.contains(next.lower)) {
            return true;
        }
        if (i < 2 || i + 2 >= toks.size() || !lowerCase(prev) || !lex.prepositions.contains(next.lower)) {
            return false;
        }
        Tok before = toks.get(i - 2);
        Tok after = toks.get(i + 2);
        return lex.determiners.contains(before.lower) && plainGap(text, before, prev) && lowerCase(after)
                && plainGap(text, next, after) && !lex.prepositions.contains(prev.lower)
                && !lex.determiners.contains(prev.lower);
    }

    /** A capitalised common word ("The", "A"), which {@link #run} cuts a run at. */
    private boolean common(Tok t) {
        return t.kind == Kind.NAME && lex.commonWords.contains(t.lower) && !allCaps(t.text);
    }

    private static boolean lowerCase(Tok t) {
        return Character.isLowerCase(t.text.charAt(0));
    }

    // ------------------------------------------------------------------ tokens

    /**
     * The words of the unit as this extractor reads them: the unit's shared tokens, split where
     * the lexicon says a token holds a contraction ("We'll": "We", then "ll") or where
     * {@link #classify} cuts a name short at a lower-case part ("Damascus-based": "Damascus", then
     * "based"). After a split the rest is read with {@link Tokens#first} from the split point,
     * exactly as the pass would read it from there, until the reading is back at the end of a
     * shared token; from then on the shared tokens (and the gaps they record) are used as they are.
     */
    private List<Tok> tokens(TextUnit unit) {
        String t = unit.text();
        Tokens shared = unit.tokens();
        int size = shared.size();
        List<Tok> out = new ArrayList<>(size);
        int k = 0;
        int pos = 0;
        while (true) {
            Tokens src;
            int at;
            if (pos == (k == 0 ? 0 : shared.end(k - 1))) {
                if (k == size) {
                    break;
                }
                src = shared;
                at = k++;
            } else {
                src = Tokens.first(t, pos);
                if (src.size() == 0) {
                    break;
                }
                at = 0;
            }
            int s = src.start(at);
            Tokens piece = src;
            int p = at;
            if (src.innerApostrophe(at)) {
                int split = contractionIn(t, s, src.trailingApostrophe(at) ? src.end(at) - 1 : src.end(at));
                if (split >= 0) {
                    piece = Tokens.piece(t, s, split);
                    p = 0;
                }
            }
            Tok tok = new Tok(s, piece.end(p), t.substring(s, piece.end(p)));
            tok.possessive = piece.possessive(p);
            tok.coreEnd = piece.coreEnd(p);
            tok.sentenceInitial = out.isEmpty() || src.breakBefore(at)
                    || src.stopBefore(at) && !abbreviation(out.get(out.size() - 1));
            Tok before = out.isEmpty() ? null : out.get(out.size() - 1);
            if (before != null && tightAmpersand(t, before, tok)) {
                // "Q&T", "QT&R": capitals joined by "&" with no space are one acronym, not two one-letter names
                out.remove(out.size() - 1);
                Tok joined = new Tok(before.start, tok.end, t.substring(before.start, tok.end));
                joined.possessive = tok.possessive;
                joined.coreEnd = tok.coreEnd;
                joined.sentenceInitial = before.sentenceInitial;
                tok = joined;
            }
            classify(tok, out.isEmpty() ? null : out.get(out.size() - 1), t);
            out.add(tok);
            pos = tok.end;
            while (k < size && shared.start(k) < pos) {
                k++;
            }
        }
        return out;
    }

    /** Capitals of one to three letters each, joined by one "&" with no space ("Q&T"): one acronym. */
    private static boolean tightAmpersand(String text, Tok a, Tok b) {
        return b.start == a.end + 1 && text.charAt(a.end) == '&' && shortCapitals(a.text)
                && shortCapitals(b.possessive ? text.substring(b.start, b.coreEnd) : b.text);
    }

    private static boolean shortCapitals(String w) {
        if (w.isEmpty() || w.length() > 3) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isUpperCase(w.charAt(i)) && w.charAt(i) != '&') {
                return false;
            }
        }
        return true;
    }

    /** The first apostrophe joining letters in the run {@code [s, e)} of a token that opens a contraction, or -1. */
    private int contractionIn(String t, int s, int e) {
        for (int j = s + 1; j < e; j++) {
            char c = t.charAt(j);
            if (NameKeys.isApostrophe(c) && !Tokens.isWordChar(c) && contraction(t, j)) {
                return j;
            }
        }
        return -1;
    }

    /** An apostrophe at {@code at} followed by "ll", "d", "re" ... up to the word's end: "We'll". */
    private boolean contraction(String t, int at) {
        if (!NameKeys.isApostrophe(t.charAt(at))) {
            return false;
        }
        int k = at + 1;
        while (k < t.length() && Character.isLetter(t.charAt(k))) {
            k++;
        }
        return k - at - 1 <= 2 && lex.contractions.contains(t.substring(at + 1, k).toLowerCase(Locale.ROOT))
                && !(k - at - 1 == 1 && (t.charAt(at + 1) == 's' || t.charAt(at + 1) == 'S'));
    }

    private boolean abbreviation(Tok t) {
        return (t.text.length() == 1 && Character.isUpperCase(t.text.charAt(0)))
                || lex.abbreviations.contains(t.lower) || t.text.indexOf('.') >= 0;
    }

    private void classify(Tok t, Tok before, String text) {
        String s = t.text;
        char c0 = s.charAt(0);
        for (int k = 0; k < s.length(); k++) {
            if (Character.isDigit(s.charAt(k))) {
                return;
            }
        }
        if (Character.isUpperCase(c0)) {
            if (garbage(s)) {
                return;
            }
            int hy = firstHyphen(s);
            if (hy > 0) {
                String head = s.substring(0, hy);
                String rest = s.substring(hy + 1);
                if (lex.prefixes.contains(head.toLowerCase(Locale.ROOT)) && !rest.isEmpty()
                        && Character.isUpperCase(rest.charAt(0))) {
                    trimFront(t, hy + 1);
                } else if (!hyphenatedGivenName(text, before, t)) {
                    cutAtLowerPart(t);
                }
            }
            t.kind = Kind.NAME;
            return;
        }
        int hy = firstHyphen(s);
        if (hy > 0 && hy + 1 < s.length() && Character.isUpperCase(s.charAt(hy + 1))) {
            String head = t.lower.substring(0, hy);
            if (lex.articles.contains(head) || lex.keepParticles.contains(head) || lex.normalParticles.containsKey(head)) {
                if (!garbage(s.substring(hy + 1))) {
                    t.kind = Kind.NAME;
                    cutAtLowerPart(t);
                }
                return;
            }
            if (lex.prefixes.contains(head) && !garbage(s.substring(hy + 1))) {
                trimFront(t, hy + 1);
                t.kind = Kind.NAME;
                cutAtLowerPart(t);
                return;
            }
            return;
        }
        if (lex.keepParticles.contains(t.lower)) {
            t.kind = Kind.PARTICLE;
        } else if (t.lower.equals("of") || t.lower.equals("for") || t.lower.equals("the")) {
            t.kind = Kind.CONNECTOR;
        }
    }

    /** Drops a "prefix-" from the front of a word ("anti-Israel" becomes "Israel"). */
    private static void trimFront(Tok t, int by) {
        t.start += by;
        t.text = t.text.substring(by);
        t.lower = t.text.toLowerCase(Locale.ROOT);
    }

    /**
     * "Lem Tae-un", "Varo Chan-o-pha": a hyphenated word right after a name word, with nothing but spaces between,
     * whose parts are all romanised syllables (the lexicon's {@code givenNameSyllable}) and whose lower-case parts are
     * no English word of {@code hyphenWords}, is a hyphenated given name, one word of the name; the lower-case part is
     * not where the name ends, as it is in "Quell-based" or "New Valmora-made" (parts that are no syllable).
     */
    private boolean hyphenatedGivenName(String text, Tok before, Tok t) {
        if (before == null || before.kind != Kind.NAME || before.possessive || before.cut || before.end >= t.start) {
            return false;
        }
        for (int k = before.end; k < t.start; k++) {
            if (text.charAt(k) != ' ' && text.charAt(k) != '\u00A0') {
                return false;
            }
        }
        String s = t.possessive ? text.substring(t.start, t.coreEnd) : t.text;
        int from = 0;
        boolean lowerPart = false;
        while (from <= s.length()) {
            int hy = indexOfHyphen(s, from);
            String part = s.substring(from, hy < 0 ? s.length() : hy);
            String lower = part.toLowerCase(Locale.ROOT);
            if (part.isEmpty() || !lex.givenNameSyllable.matcher(lower).matches()) {
                return false;
            }
            if (from > 0 && Character.isLowerCase(part.charAt(0))) {
                if (lex.hyphenWords.contains(lower)) {
                    return false;
                }
                lowerPart = true;
            }
            if (hy < 0) {
                break;
            }
            from = hy + 1;
        }
        return lowerPart;
    }

    /** "Damascus-based", "American-made": the word ends the run at its first lower-case part. */
    private void cutAtLowerPart(Tok t) {
        String s = t.text;
        int from = 0;
        while (true) {
            int hy = indexOfHyphen(s, from);
            if (hy < 0 || hy + 1 >= s.length()) {
                return;
            }
            String part = s.substring(hy + 1, endOfPart(s, hy + 1));
            if (Character.isLowerCase(part.charAt(0)) && !lex.isParticle(part.toLowerCase(Locale.ROOT))) {
                int cut = hy;
                t.end = t.start + cut;
                t.coreEnd = t.end;
                t.text = s.substring(0, cut);
                t.lower = t.text.toLowerCase(Locale.ROOT);
                t.possessive = false;
                t.cut = true;
                return;
            }
            from = hy + 1;
        }
    }

    private static int endOfPart(String s, int from) {
        int k = from;
        while (k < s.length() && !NameKeys.isHyphen(s.charAt(k))) {
            k++;
        }
        return k;
    }

    private static int firstHyphen(String s) {
        return indexOfHyphen(s, 0);
    }

    private static int indexOfHyphen(String s, int from) {
        for (int k = from; k < s.length(); k++) {
            if (NameKeys.isHyphen(s.charAt(k))) {
                return k;
            }
        }
        return -1;
    }

    /** Run-together words and camel-case strings from broken scrapes are not names. */
    private static boolean garbage(String s) {
        if (s.length() > 30) {
            return true;
        }
        int transitions = 0;
        for (int k = 1; k < s.length(); k++) {
            if (Character.isLowerCase(s.charAt(k - 1)) && Character.isUpperCase(s.charAt(k))) {
                transitions++;
            }
        }
        if (transitions > 1 || (transitions == 1 && s.length() > 12)) {
            return true;
        }
        // a long word with no vowel-like break is a run of several words
        return s.length() > 20 && s.chars().noneMatch(ch -> ch == '-' || NameKeys.isApostrophe((char) ch));
    }

    /**
     * True when two words are joined by "&" between spaces: one name of two coordinated names
     * ("Jammu & Kashmir", "Procter & Gamble"), which is none of its parts.
     */
    private static boolean ampersand(String text, Tok a, Tok b) {
        int amp = text.indexOf('&', a.end);
        if (amp < 0 || amp >= b.start || amp == a.end || amp + 1 == b.start) {
            return false;
        }
        for (int k = a.end; k < b.start; k++) {
            char c = text.charAt(k);
            if (k != amp && c != ' ' && c != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    /**
     * True when an article of a name is written with its hyphen and then a space before the word it belongs to
     * ("Al- Quellan", a house style of some Gulf papers): the article and the word are one word of the name.
     */
    private boolean articleHyphen(String text, Tok a, Tok b) {
        if (b.kind != Kind.NAME || !Character.isUpperCase(b.text.charAt(0)) || !lex.articles.contains(a.lower)
                || a.possessive || a.cut || b.start - a.end < 2 || !NameKeys.isHyphen(text.charAt(a.end))) {
            return false;
        }
        for (int k = a.end + 1; k < b.start; k++) {
            if (text.charAt(k) != ' ' && text.charAt(k) != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    private static final Pattern ARTICLE_SPACE =
            Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L}{1,3})([-\u2010\u2011]) +(?=\\p{Lu})");

    /** "Nawaf Al- Quellan": the surface with an article's hyphen joined to its word again ("Al-Quellan"). */
    private String joinArticles(String surface) {
        if (surface.indexOf("- ") < 0 && surface.indexOf("\u2010 ") < 0 && surface.indexOf("\u2011 ") < 0) {
            return surface;
        }
        java.util.regex.Matcher m = ARTICLE_SPACE.matcher(surface);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String joined = lex.articles.contains(m.group(1).toLowerCase(Locale.ROOT)) ? m.group(1) + m.group(2) : m.group();
            m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(joined));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** True when only spaces separate two words (or the dot of an abbreviation such as "Gen."). */
    private boolean plainGap(String text, Tok a, Tok b) {
        if (b.start <= a.end) {
            return false;
        }
        int breaks = 0;
        for (int k = a.end; k < b.start; k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                breaks++; // a name wrapped onto the next line of hard-wrapped copy ("Corp of\nAmerica")
            } else if (!(c == ' ' || c == '\u00A0' || c == '\r' || (c == '.' && k == a.end && abbreviation(a)))) {
                return false;
            }
        }
        return breaks <= 1;
    }

    /**
     * A paragraph in which nearly every word is capitalised and that does not end like a
     * sentence is a headline, not prose.
     */
    private boolean headline(String text, List<Tok> toks) {
        String stripped = text.strip();
        char last = stripped.isEmpty() ? '.' : stripped.charAt(stripped.length() - 1);
        if (last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201D' || last == ':') {
            return false;
        }
        int words = 0;
        int caps = 0;
        for (Tok t : toks) {
            if (t.kind == Kind.CONNECTOR || t.kind == Kind.PARTICLE) {
                continue;
            }
            words++;
            if (Character.isUpperCase(t.text.charAt(0))) {
                caps++;
            }
        }
        return words >= 4 && words <= 20 && caps * 4 >= words * 3;
    }

    // ------------------------------------------------------------------ runs

    private void run(int paragraph, String text, List<Tok> toks, int from, int to, List<Candidate> out) {
        int shouted = 0;
        for (int k = from; k < to; k++) {
            String w = toks.get(k).text;
            if (w.length() >= 3 && allCaps(w) && w.indexOf('.') < 0 && w.indexOf('&') < 0) {
                shouted++;
            }
        }
        if (shouted >= 2 && !placeInCapitals(toks, from, to)) {
            return; // "NEW YORK", a headline or dateline in capitals: not a name as written in prose
        }
        List<Tok> part = new ArrayList<>();
        for (int k = from; k < to; k++) {
            Tok t = toks.get(k);
            boolean common = t.kind == Kind.NAME && lex.commonWords.contains(t.lower) && !allCaps(t.text) && !t.ownerNoun;
            if (common) {
                flush(paragraph, text, toks, part, out);
                part = new ArrayList<>();
            } else {
                part.add(t);
            }
        }
        flush(paragraph, text, toks, part, out);
    }

    private void flush(int paragraph, String text, List<Tok> toks, List<Tok> part, List<Candidate> out) {
        trim(part);
        if (!part.isEmpty()) {
            processPart(paragraph, text, toks, part, new ArrayList<>(), out);
        }
    }

    private void trim(List<Tok> part) {
        while (!part.isEmpty() && part.get(0).kind != Kind.NAME) {
            part.remove(0);
        }
        while (!part.isEmpty() && part.get(part.size() - 1).kind != Kind.NAME) {
            part.remove(part.size() - 1);
        }
    }

    private void processPart(int paragraph, String text, List<Tok> all, List<Tok> part, List<Tok> role,
                             List<Candidate> out) {
        if (role.isEmpty() && !part.isEmpty() && !titled(part)) {
            // "Ambassador in Valmora Sarit Al Quell", "Affairs of Valmora Idris bin Tamar": the complement
            // of an office, then the office-holder's full name, written with no comma between them; with no
            // preposition before it, a complement of places of the gazetteer and acronyms only ("Valmora and
            // Quell QG Sarit Tamar", "QG V&Q Sarit Tamar": a place, an office's acronym, a name), each its own name
            boolean prep = afterPreposition(text, all, part.get(0));
            int split = officeSplit(part);
            List<int[]> units = split >= 0 && !prep ? complementUnits(part, split + 1) : null;
            if (units == null && split >= 1 && !prep && acronym(part.get(split))
                    && part.subList(0, split).stream().allMatch(x -> x.kind == Kind.NAME && !acronym(x))) {
                // "Quellapur QP Sarit Tamar": a name, the acronym of an office right before the office-holder's name
                units = List.of(new int[] {0, split}, new int[] {split, split + 1});
            }
            List<Tok> whole = part;
            if (units != null && units.stream().noneMatch(u -> u[1] - u[0] == 1 && allCaps(whole.get(u[0]).text))) {
                units = null; // "Valmora Quellan Tamarra": a place, then words that may be a party's name; kept whole
            }
            if (split >= 0 && !personalAfterComplement(part.subList(split + 1, part.size()))) {
                split = -1;
                units = null;
            }
            if (split >= 0 && (prep || units != null)) {
                if (prep) {
                    emit(paragraph, text, all, part.subList(0, split + 1), List.of(), out);
                } else {
                    for (int[] u : units) {
                        emit(paragraph, text, all, part.subList(u[0], u[1]), List.of(), out);
                    }
                }
                part = new ArrayList<>(part.subList(split + 1, part.size()));
                trim(part);
            }
        }
        while (!part.isEmpty()) {
            List<String> words = lowers(part);
            int d = 0;
            while (d < part.size()) {
                int m = lex.demonymPhrases.match(words, d, part.size() - d);
                if (m == 0) {
                    break;
                }
                d += m;
            }
            int t = d < part.size() ? lex.titles.match(words, d, part.size() - d) : 0;
            if (t > 0 && d + t < part.size() && part.get(d + t).kind != Kind.CONNECTOR
                    && lex.orgHeads.contains(part.get(part.size() - 1).lower)) {
                t = 0; // "General Motors Corp", "President Hotel": the title word is part of a company name
            }
            if (t > 0) {
                if (d + t == part.size()) {
                    return; // a title with no name after it
                }
                role.addAll(part.subList(0, d + t));
                part = new ArrayList<>(part.subList(d + t, part.size()));
                if (part.get(0).kind == Kind.CONNECTOR) {
                    while (!part.isEmpty() && part.get(0).kind == Kind.CONNECTOR) {
                        part.remove(0);
                    }
                    trim(part);
                    if (part.isEmpty()) {
                        return;
                    }
                    int split = complementSplit(part);
                    if (split < 0) {
                        split = officeSplit(part); // "Chairman of the QCI Idris Tamar": an acronym, then the name
                    }
                    if (split < 0) {
                        emit(paragraph, text, all, part, List.of(), out);
                        return;
                    }
                    emit(paragraph, text, all, part.subList(0, split + 1), List.of(), out);
                    part = new ArrayList<>(part.subList(split + 1, part.size()));
                    trim(part);
                } else {
                    // "Commissioner V&Q Sarit Tamar": the office's place or body (places of the gazetteer and
                    // acronyms only), then the office-holder's full name
                    int split = officeSplit(part);
                    List<int[]> units = split >= 0 && personalAfterComplement(part.subList(split + 1, part.size()))
                            ? complementUnits(part, split + 1) : null;
                    if (units != null) {
                        for (int[] u : units) {
                            emit(paragraph, text, all, part.subList(u[0], u[1]), List.of(), out);
                        }
                        part = new ArrayList<>(part.subList(split + 1, part.size()));
                        trim(part);
                        if (part.isEmpty()) {
                            return;
                        }
                    }
                }
                continue;
            }
            if (d > 0 && d == part.size()) {
                return;
            }
            if (d > 0 && demonymBeforePerson(part.subList(d, part.size()))) {
                // "Valmoran Sarit Tamarov": a people's adjective, then a person's full name, is the person
                part = new ArrayList<>(part.subList(d, part.size()));
            }
            break;
        }
        if (part.isEmpty()) {
            return;
        }
        List<String> partWords = lowers(part);
        for (int k = 1; k + 1 < part.size(); k++) {
            int m = lex.titles.match(partWords, k, part.size() - k);
            if (m == 0 || k + m >= part.size() || part.get(k + m).kind != Kind.NAME) {
                continue;
            }
            List<Tok> rest = part.subList(k + m, part.size());
            if (rest.stream().noneMatch(x -> lex.orgHeads.contains(x.lower)) && looksPersonal(rest)) {
                // "U.S. Treasury Secretary James Baker": an organisation, a role, a person
                emit(paragraph, text, all, part.subList(0, k), role, out);
                List<Tok> titled = new ArrayList<>(part.subList(k, k + m));
                emit(paragraph, text, all, new ArrayList<>(rest), titled, out);
                return;
            }
        }
        for (int k = 1; k + 1 < part.size(); k++) {
            Tok head = part.get(k);
            Tok next = part.get(k + 1);
            if (lex.orgHeads.contains(head.lower) && next.kind == Kind.NAME) {
                List<Tok> rest = part.subList(k + 1, part.size());
                List<String> restWords = lowers(rest);
                boolean titled = lex.titles.match(restWords, 0, rest.size()) > 0;
                boolean noOrg = rest.stream().noneMatch(x -> lex.orgHeads.contains(x.lower));
                if (titled || (noOrg && looksPersonal(rest))) {
                    emit(paragraph, text, all, part.subList(0, k + 1), role, out);
                    List<Tok> restCopy = new ArrayList<>(rest);
                    trim(restCopy);
                    processPart(paragraph, text, all, restCopy, new ArrayList<>(), out);
                    return;
                }
            }
        }
        for (int k = 1; k < part.size(); k++) {
            List<int[]> units;
            if (lex.titles.match(partWords, k, part.size() - k) == part.size() - k
                    && (units = complementUnits(part, k)) != null) {
                // "the Valmora and Quell Lieutenant Governor": a place (or an acronym) and the office it qualifies,
                // with no name after the office: the place is the name, the office none of it
                for (int[] u : units) {
                    emit(paragraph, text, all, part.subList(u[0], u[1]), role, out);
                }
                return;
            }
        }
        emit(paragraph, text, all, part, role, out);
    }

    /**
     * True when the words after a demonym are a person's full name ("Valmoran Sarit Tamarov"), not what the
     * demonym names with them ("Valmoran Airlines", "Valmoran Tamar Breweries", "Valmoran Quell Party"): two
     * words or more, written as names, no acronym, place of the gazetteer, word of an organisation or a place,
     * and the words read as a person's ({@link #personalAfterComplement}).
     */
    private boolean demonymBeforePerson(List<Tok> rest) {
        int names = 0;
        for (Tok x : rest) {
            if (x.kind == Kind.NAME) {
                if (allCaps(x.text) || lex.places.contains(x.lower) || lex.orgHeads.contains(x.lower)
                        || lex.placeWords.contains(x.lower) || lex.demonyms.contains(x.lower)
                        || lex.legalForms.contains(x.lower) || lex.classNouns.contains(x.lower)) {
                    return false;
                }
                names++;
            } else if (!lex.isParticle(x.lower)) {
                return false;
            }
        }
        return names >= 2 && personalAfterComplement(rest);
    }

    /**
     * True when the words after a complement read as a person's full name with no preposition to say so: no
     * English word but the last, and that one only after a given name of the lexicon ("Sarit Tamarov", "Anya
     * Power"; not "All-Star Game", "Quell Cup Final").
     */
    private boolean personalAfterComplement(List<Tok> rest) {
        for (int i = 0; i < rest.size(); i++) {
            Tok x = rest.get(i);
            if (x.kind != Kind.NAME || lex.isParticle(x.lower)) {
                continue;
            }
            boolean english = ENGLISH.isCommonWord(x.lower) || lex.commonWords.contains(x.lower);
            if (english && !lex.givenNames.contains(x.lower)
                    && !(i == rest.size() - 1 && lex.givenNames.contains(rest.get(0).lower))
                    && !(x.text.length() == 1 && i == 0)) {
                return false;
            }
        }
        return true;
    }

    /** A word in capitals of two letters or more that is no unit or time zone: an acronym. */
    private boolean acronym(Tok t) {
        return t.kind == Kind.NAME && allCaps(t.text) && t.text.length() >= 2 && !lex.notAcronyms.contains(t.lower);
    }

    /**
     * The words {@code [0, to)} of {@code part} as places of the gazetteer (the longest first, "Valmora and Quell")
     * and acronyms, each a name of its own ({@code [from, to)} pairs); null when another word stands among them.
     */
    private List<int[]> complementUnits(List<Tok> part, int to) {
        List<int[]> units = new ArrayList<>();
        int i = 0;
        while (i < to) {
            Tok t = part.get(i);
            int end = -1;
            for (int e = Math.min(to, i + 6); e > i && end < 0; e--) {
                if (part.get(e - 1).kind == Kind.NAME && placeInCapitals(part, i, e)) {
                    end = e;
                }
            }
            if (end < 0 && t.kind == Kind.NAME && allCaps(t.text) && t.text.length() >= 2
                    && !lex.notAcronyms.contains(t.lower)) {
                end = i + 1;
            }
            if (end < 0) {
                return null;
            }
            units.add(new int[] {i, end});
            i = end;
        }
        return units.isEmpty() ? null : units;
    }

    /**
     * After "Title of": where the organisation or place ends and a name begins, as in
     * "Member of the House of Representatives of Libya Abu Bakr Younis"; -1 when the
     * whole complement is the organisation.
     */
    private int complementSplit(List<Tok> part) {
        for (int k = part.size() - 2; k >= 0; k--) {
            Tok t = part.get(k);
            boolean ender = lex.orgHeads.contains(t.lower) || lex.places.contains(t.lower) || lex.placeWords.contains(t.lower);
            if (!ender || t.kind != Kind.NAME) {
                continue;
            }
            List<Tok> rest = part.subList(k + 1, part.size());
            if (rest.get(0).kind == Kind.NAME && rest.stream().noneMatch(x -> x.kind == Kind.CONNECTOR)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Where the complement of an office (a place of the gazetteer, an acronym, or a name ending in an
     * organisation or place word) ends and the office-holder's full name begins, as in "Valmora Sarit Al Quell",
     * "QCI Idris Tamar", "Darfen Region Minna Arko Tamar"; -1 when there is no such split. The name after it has
     * two words or more besides particles, no connector, organisation or place word or acronym, and its first word
     * is no particle (a brigade "of Valmora Al Quell" stays one name) and a given name of the lexicon or no English
     * word ("Valmora Grand Prix", "Valmora Opera House" stay whole).
     */
    private int officeSplit(List<Tok> part) {
        for (int k = part.size() - 3; k >= 0; k--) {
            Tok t = part.get(k);
            if (t.kind != Kind.NAME || !(lex.orgHeads.contains(t.lower) || lex.placeWords.contains(t.lower)
                    || placeEndingAt(part, k)
                    || allCaps(t.text) && t.text.length() >= 2 && !lex.notAcronyms.contains(t.lower))) {
                continue;
            }
            List<Tok> rest = part.subList(k + 1, part.size());
            Tok first = rest.get(0);
            int names = 0;
            boolean initial = first.text.length() == 1 && Character.isUpperCase(first.text.charAt(0))
                    && rest.size() >= 3; // "Q Sarit Tamar": an initial, then the names
            boolean ok = first.kind == Kind.NAME && !allCaps(first.text) && !lex.isParticle(first.lower)
                    && (initial || lex.givenNames.contains(first.lower) || !ENGLISH.isCommonWord(first.lower)
                        && !lex.commonWords.contains(first.lower) && lex.titles.match(List.of(first.lower), 0, 1) == 0);
            for (Tok x : rest) {
                if (x.kind == Kind.CONNECTOR || x.kind == Kind.NAME && (allCaps(x.text) || lex.orgHeads.contains(x.lower)
                        || lex.placeWords.contains(x.lower) || lex.places.contains(x.lower))) {
                    ok = false;
                }
                names += x.kind == Kind.NAME && !lex.isParticle(x.lower) ? 1 : 0; // "Al Fursan" is one name word
            }
            return ok && names >= 2 ? k : -1;
        }
        return -1;
    }

    /** True when a title stands anywhere in {@code part} (the title's own reading comes first then). */
    private boolean titled(List<Tok> part) {
        List<String> words = lowers(part);
        for (int k = 0; k < part.size(); k++) {
            if (lex.titles.match(words, k, part.size() - k) > 0) {
                return true;
            }
        }
        return false;
    }

    /** True when words of {@code part} ending at {@code k} are a place of the gazetteer ("Valmora", "Port Quell"). */
    private boolean placeEndingAt(List<Tok> part, int k) {
        for (int j = k; j >= 0 && j > k - 4; j--) {
            if (placeInCapitals(part, j, k + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the word before {@code first} (an article aside) is a preposition written in lower case, with only
     * spaces between: the name is the complement of what comes before ("the ambassador in ...", "Affairs of ...").
     */
    private boolean afterPreposition(String text, List<Tok> all, Tok first) {
        int i = all.indexOf(first) - 1;
        Tok next = first;
        while (i >= 0 && all.get(i).lower.equals("the") && lowerCase(all.get(i)) && plainGap(text, all.get(i), next)) {
            next = all.get(i);
            i--;
        }
        return i >= 0 && lowerCase(all.get(i)) && lex.prepositions.contains(all.get(i).lower)
                && plainGap(text, all.get(i), next);
    }

    private static final dev.gazette.analysis.text.Lexicon ENGLISH = dev.gazette.analysis.text.Lexicon.bundled();

    private boolean looksPersonal(List<Tok> rest) {
        if (rest.size() >= 2) {
            return true;
        }
        Tok f = rest.get(0);
        return lex.givenNames.contains(f.lower) || hasParticle(f);
    }

    private boolean hasParticle(Tok t) {
        int hy = firstHyphen(t.lower);
        return hy > 0 && lex.isParticle(t.lower.substring(0, hy));
    }

    private void emit(int paragraph, String text, List<Tok> all, List<Tok> name, List<Tok> role, List<Candidate> out) {
        if (name.isEmpty()) {
            return;
        }
        int d = 0;
        List<String> words = lowers(name);
        while (d < name.size()) {
            int m = lex.demonymPhrases.match(words, d, name.size() - d);
            if (m == 0) {
                break;
            }
            d += m;
        }
        if (d > 0 && name.size() - d >= 2 && lex.orgHeads.contains(name.get(name.size() - 1).lower)) {
            name = name.subList(d, name.size()); // "Egyptian Supreme Judicial Council": the council's name
        }
        Tok first = name.get(0);
        Tok last = name.get(name.size() - 1);
        if (name.stream().noneMatch(x -> x.kind == Kind.NAME)) {
            return;
        }
        if (name.size() == 1) {
            String w = first.lower;
            if (w.length() < 2 || lex.commonWords.contains(w) && !allCaps(first.text) || lex.demonyms.contains(w)
                    || lex.titles.match(List.of(w), 0, 1) > 0 || lex.isParticle(w)) {
                return;
            }
            if (allCaps(first.text) && (lex.notAcronyms.contains(w.replace(".", ""))
                    || first.text.length() > 7 && !lex.places.contains(w))) {
                return; // a unit or time zone, or a word in capitals ("BEIRUT") rather than an acronym
            }
        }
        int start = first.start;
        int end = last.possessive ? last.coreEnd : last.end;
        if (end <= start) {
            return;
        }
        String surface = joinArticles(SPACES.matcher(text.substring(start, end)).replaceAll(" "));
        boolean acronym = name.size() == 1 && NameKeys.isAcronym(surface) && !lex.placeInCapitals(surface);
        String roleText = null;
        if (!role.isEmpty()) {
            Tok r0 = role.get(0);
            Tok r1 = role.get(role.size() - 1);
            roleText = text.substring(r0.start, r1.possessive ? r1.coreEnd : r1.end);
        } else {
            roleText = lowerCaseRole(text, all, first);
        }
        int[] votes = votes(text, all, name, surface, role.isEmpty() && roleText == null ? 0 : 1, acronym);
        boolean initial = first.sentenceInitial && !lex.isParticle(first.lower);
        out.add(new Candidate(paragraph, start, end, surface, roleText, initial, acronym, votes, false));
    }

    /** "national security adviser Susan Rice": a lower-case role right before the name. */
    private String lowerCaseRole(String text, List<Tok> all, Tok first) {
        int idx = all.indexOf(first);
        if (idx <= 0) {
            return null;
        }
        List<String> words = new ArrayList<>();
        int k = idx - 1;
        while (k >= 0 && idx - k <= 4) {
            Tok t = all.get(k);
            if (!Character.isLowerCase(t.text.charAt(0)) || !plainGap(text, t, all.get(k + 1))) {
                break;
            }
            words.add(0, t.lower);
            k--;
        }
        for (int s = 0; s < words.size(); s++) {
            int m = lex.titles.match(words, s, words.size() - s);
            if (m > 0 && s + m == words.size()) {
                Tok r0 = all.get(idx - words.size() + s);
                Tok r1 = all.get(idx - 1);
                return text.substring(r0.start, r1.end);
            }
        }
        return null;
    }

    private int[] votes(String text, List<Tok> all, List<Tok> name, String surface, int titled, boolean acronym) {
        int[] v = new int[4];
        Tok first = name.get(0);
        Tok last = name.get(name.size() - 1);
        String lowerSurface = NameKeys.fold(surface).replace('-', ' ');
        if (titled > 0) {
            v[0] += 3;
        }
        int nameWords = 0;
        boolean particle = false;
        for (Tok t : name) {
            if (t.kind == Kind.NAME) {
                nameWords++;
            }
            particle |= t.kind == Kind.PARTICLE || hasParticle(t) || lex.normalParticles.containsKey(t.lower);
        }
        if (nameWords >= 2 && lex.givenNames.contains(first.lower)) {
            v[0] += 2;
        }
        if (particle && nameWords >= 2) {
            v[0] += 1;
        }
        if (lex.orgHeads.contains(last.lower) || lex.orgHeads.contains(first.lower) && name.size() > 1) {
            v[1] += 3;
        }
        if (acronym) {
            v[1] += 1;
        }
        if (lex.places.contains(lowerSurface)) {
            v[2] += 4;
        } else if (lex.placeWords.contains(last.lower)) {
            v[2] += 2;
        }
        int idx = all.indexOf(last);
        if (idx >= 0 && idx + 1 < all.size() && plainGap(text, last, all.get(idx + 1)) && !last.possessive) {
            if (lex.personVerbs.contains(all.get(idx + 1).lower)) {
                v[0] += 1; // organisations "say" too
            }
        }
        int fidx = all.indexOf(first);
        if (fidx > 0 && name.size() == 1 && lex.placeBefore.contains(all.get(fidx - 1).lower)) {
            v[2] += 1;
        }
        return v;
    }

    /** "NEW YORK —": a run in capitals that is a place of the gazetteer (a dateline) is that place. */
    private boolean placeInCapitals(List<Tok> toks, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(k > from ? " " : "").append(toks.get(k).lower);
        }
        return lex.places.contains(sb.toString());
    }

    private static boolean allCaps(String s) {
        return NameKeys.isAcronym(s);
    }

    private static List<String> lowers(List<Tok> part) {
        List<String> out = new ArrayList<>(part.size());
        for (Tok t : part) {
            out.add(t.lower);
        }
        return out;
    }

    // ------------------------------------------------------------------ acronym definitions

    private void definitions(String text, List<Candidate> cands, int first, List<Definition> defs) {
        for (int k = first; k + 1 < cands.size(); k++) {
            Candidate a = cands.get(k);
            Candidate b = cands.get(k + 1);
            if (!opensParenthesis(text, a.end(), b.start()) || !closesParenthesis(text, b.end())) {
                continue;
            }
            if (b.acronym() && !a.acronym() && abbreviates(b.surface(), a.surface())) {
                defs.add(new Definition(k + 1, k));
            } else if (a.acronym() && !b.acronym() && abbreviates(a.surface(), b.surface())) {
                defs.add(new Definition(k, k + 1));
            }
        }
    }

    private static boolean opensParenthesis(String text, int from, int to) {
        String gap = text.substring(from, to).strip();
        return gap.equals("(");
    }

    private static boolean closesParenthesis(String text, int from) {
        int k = from;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k < text.length() && text.charAt(k) == ')';
    }

    /**
     * Schwartz and Hearst's test (2003) that a short form abbreviates a long form: its letters
     * occur in order in the long form, the first at the start of a word; in addition the first
     * letter must start the long form and at least half of them must start words, so that a
     * stray "(AFP)" after a name does not count. As in Schwartz and Hearst, the long form holds at
     * most min(|A| + 5, 2|A|) words for an acronym of |A| letters: a run of names that a list writes
     * side by side ("... Tonga Tunisia Turkey Virgin Islands (U.S.)") is no long form.
     */
    static boolean abbreviates(String shortForm, String longForm) {
        String s = NOT_ALNUM.matcher(shortForm.toLowerCase(Locale.ROOT)).replaceAll("");
        String l = NameKeys.fold(longForm).replace('-', ' ');
        if (s.length() < 2 || l.indexOf(' ') < 0 || s.charAt(0) != l.charAt(0)) {
            return false; // the acronym starts with the long form's first letter
        }
        if (longForm.strip().split("\\s+").length > Math.min(s.length() + 5, 2 * s.length())) {
            return false;
        }
        int si = s.length() - 1;
        int li = l.length() - 1;
        int wordStarts = 0;
        while (si >= 0) {
            char c = s.charAt(si);
            while (li >= 0 && (l.charAt(li) != c || (si == 0 && li > 0 && Character.isLetterOrDigit(l.charAt(li - 1))))) {
                li--;
            }
            if (li < 0) {
                return false;
            }
            if (li == 0 || !Character.isLetterOrDigit(l.charAt(li - 1))) {
                wordStarts++;
            }
            li--;
            si--;
        }
        return wordStarts * 2 >= s.length();
    }
}
