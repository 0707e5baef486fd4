package dev.gazette.analysis.names;

import dev.gazette.analysis.names.NameAnalyser.Found;
import dev.gazette.analysis.names.NameKeys.NameKey;
import dev.gazette.model.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The names of one article resolved against the corpus's entities: its mentions, and the
 * mentions written otherwise than their entity's canonical name (spelling variants and other
 * names), each with the evidence in words and the rewrite. A per-article product of the
 * names analysis: rules report it, exporters write it; neither decides anything about names.
 */
public final class ArticleNames {

    private final String raw;
    private final NameKeys keys;
    private final NameIndex index;
    private final List<Found> found;
    private final List<Mention> mentions;

    ArticleNames(String raw, NameKeys keys, NameIndex index, List<Found> found, List<Mention> mentions) {
        this.raw = raw;
        this.keys = keys;
        this.index = index;
        this.found = List.copyOf(found);
        this.mentions = List.copyOf(mentions);
    }

    /** The entity mentions, in text order. */
    public List<Mention> mentions() {
        return mentions;
    }

    /**
     * Each mention whose spelling differs from its entity's canonical name across the whole
     * corpus ("Moammar Gadhafi" where the corpus mostly writes "Muammar Gaddafi"), with the
     * rewrite. A partial mention ("Gadhafi") is compared with the matching end of the
     * canonical name and keeps its own article ("al-") or lack of one. Other names (registry
     * aliases, acronyms) are in {@link #otherNames}.
     */
    /** Mentions of an entity's canonical form in the corpus (0 when it is no form the corpus writes). */
    private int canonicalMentions(String canonical) {
        NameIndex.FormInfo c = index.form(canonical);
        return c == null ? 0 : c.mentions();
    }

    public List<NameVariant> spellingVariants() {
        List<NameVariant> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Found f = found.get(i);
            if (f.candidate().dateline()) {
                continue; // a dateline is written in the house's style ("KUWAIT", "CAIRO:"): never a name finding
            }
            NameIndex.FormInfo root = index.form(f.root());
            Entity e = index.entity(root.entity());
            NameIndex.Figures fig = index.figures(root.entity());
            String replacement;
            String where;
            String articles = fig.canonicalArticles() + " of " + fig.articles()
                    + (fig.articles() == 1 ? " article" : " articles");
            String place = e.known()
                    ? "in the entity registry (" + articles + (fig.canonicalArticles() == 1 ? " uses" : " use") + " it)"
                    : "elsewhere in the corpus (" + articles + ")";
            switch (m.relation()) {
                case "name" -> {
                    if (f.key().size() < 2 && keys.key(e.name(), false).size() >= 2) {
                        continue;
                    }
                    replacement = e.name();
                    if (sameSpelling(m.surface(), replacement)) {
                        continue;
                    }
                    where = place;
                }
                case "partial" -> {
                    replacement = partialReplacement(keys, f.key(), m.surface(), e.name());
                    if (replacement == null || sameSpelling(m.surface(), replacement)) {
                        continue;
                    }
                    where = place.replace(" (", ", as in '" + e.name() + "' (");
                }
                default -> {
                    continue;
                }
            }
            if (inHandle(raw, m.start(), m.end())) {
                continue; // "#AlMayadeen", "@Palestine_UN": a hashtag or an account name is written as it is
            }
            if (englishRewrite(m.surface(), replacement)) {
                continue; // a name rule never writes one English word as another ("Defence" / "Defense")
            }
            if (runOn(m.surface(), replacement)) {
                continue; // "Daesh Threat Complicated" is a headline run into the name, not a spelling of "Daesh"
            }
            if (innerCapitalLost(m.surface(), replacement)) {
                continue; // "PepsiCo", "O'Hare": an inner capital is written on purpose, its absence is the slip
            }
            if (sameBetweenQuotes(m.surface(), replacement)) {
                continue; // "Queer Eye'" holds a closing quotation mark: not a spelling of "Queer Eye"
            }
            if (keys.lexicon().places.contains(Lexicon.lower(m.surface()))) {
                continue; // "Russia" is spelled as the gazetteer spells it: never rewritten ("Rosa")
            }
            if (words(m.surface()) > words(replacement) && keys.lexicon().places.contains(Lexicon.lower(replacement))
                    && nothingOfAPlace(m.surface())) {
                continue; // "Flo Rida" is a stage name, not "Florida" written in two words: a name never becomes a place
            }
            if (bracketed(raw, m.start(), m.end()) || onlyBracketed(raw, replacement)) {
                continue; // "[Jo-Bloggs]" is an image's file name or tag, not how the article spells "Jo Bloggs"
            }
            if (shouted(replacement) && !shouted(m.surface())) {
                continue; // "ES SIDER", "GAO FU": a headline's or a transcript label's capitals, not a spelling
            }
            if (words(m.surface()) == 1 && index.lastWordOfAnother(m.surface(), root.entity())) {
                continue; // "Sayad" alone, where the corpus writes "Joao Sayad": the surname of someone else too
            }
            if (partOfLongerName(raw, m.end())) {
                continue; // "the tanker Khark-5": the name of something else, not a spelling of "Kharg"
            }
            if (e.known() ? RewriteEvidence.wordsDroppedOrAdded(m.surface(), replacement, keys.lexicon())
                    : RewriteEvidence.heldBack(m.surface(), replacement, root.articles(), fig.canonicalArticles(),
                            index.together(f.root(), e.name()), keys.lexicon()) != null) {
                // what the rewrite changes needs more than the match (RewriteEvidence); a registry name is the
                // user's own spelling and styling, so only a word dropped or added holds its rewrite back
                continue;
            }
            List<TextEdit> edits = wordEdits(raw, m.start(), m.end(), replacement);
            if (edits.isEmpty()) {
                continue;
            }
            NameComparison c = index.compare(f.root(), e.name());
            double p = c == null ? Double.NaN : c.probability();
            // a shouted form (a dateline, a headline) is left to the writer: its letters say little
            // a spelling the corpus does not prefer by articles, only by a few mentions, is never applied by default
            String thin = e.known() ? null : RewriteEvidence.thinLead(m.surface(), replacement, root.articles(),
                    fig.canonicalArticles(), root.mentions(), canonicalMentions(e.name()), keys.lexicon());
            boolean strong = c != null && p >= index.model().apply() && !NameKeys.isAcronym(m.surface().replace(" ", ""))
                    && !shortWordChanged(m.surface(), replacement) && thin == null;
            String evidence = c == null
                    ? "joined to it through other forms of the entity"
                    : c.reason() + " (match probability " + NameComparison.probabilityText(p) + ")";
            String message = "'" + m.surface() + "' is spelled '" + replacement + "' " + where + ": " + evidence;
            String kind = e.type().label().equals("other") ? "entity" : e.type().label();
            String suggestion = strong
                    ? "Write '" + replacement + "', the canonical form: " + e.reason() + "."
                    : thin != null && c != null && p >= index.model().apply()
                    ? "Write '" + replacement + "' if it is the right spelling (" + e.reason() + "); not applied by "
                        + "default: " + thin + "."
                    : "Write '" + replacement + "' if it is the same " + kind + " (" + e.reason()
                    + "); not applied by default: the evidence is below the match probability "
                    + NameComparison.probabilityText(index.model().apply()) + " that rewrites need.";
            out.add(new NameVariant(m, replacement, null, message, suggestion, edits, p, strong));
        }
        return out;
    }

    /**
     * No word of the name is a place, a direction or a connector of the gazetteer ("Flo Rida"; not "South East Asia",
     * whose "Asia" is a place, nor "Al Madinah", whose "Al" joins a place's name): its words name no place, so it is
     * not a place written in more words.
     */
    private boolean nothingOfAPlace(String surface) {
        for (String w : surface.strip().split("[\\s\\-\u2010\u2011]+")) {
            String lower = Lexicon.lower(w);
            if (keys.lexicon().places.contains(lower) || keys.lexicon().directions.contains(lower)
                    || keys.lexicon().connectors.contains(lower)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text from {@code start} to {@code end} lies inside a token in square brackets with no space in it ("[Jo-Bloggs]",
     * "[Jo-Bloggs-1]": an image's file name or tag).
     */
    static boolean bracketed(String raw, int start, int end) {
        int open = start - 1;
        while (open >= 0 && raw.charAt(open) != '[' && raw.charAt(open) != ']' && !Character.isWhitespace(raw.charAt(open))) {
            open--;
        }
        int close = end;
        while (close < raw.length() && raw.charAt(close) != ']' && raw.charAt(close) != '['
                && !Character.isWhitespace(raw.charAt(close))) {
            close++;
        }
        return open >= 0 && raw.charAt(open) == '[' && close < raw.length() && raw.charAt(close) == ']';
    }

    /**
     * True when the article writes {@code spelling} only inside tokens in square brackets ("[Jo-Bloggs]", an image's
     * file name or tag that a scraper printed): such a token is a label, never the spelling to rewrite a name to.
     */
    static boolean onlyBracketed(String raw, String spelling) {
        int n = 0;
        for (int k = raw.indexOf(spelling); k >= 0; k = raw.indexOf(spelling, k + 1)) {
            int end = k + spelling.length();
            boolean wholeWord = (k == 0 || !Character.isLetterOrDigit(raw.charAt(k - 1)))
                    && (end == raw.length() || !Character.isLetterOrDigit(raw.charAt(end)));
            if (!wholeWord) {
                continue;
            }
            if (!bracketed(raw, k, end)) {
                return false;
            }
            n++;
        }
        return n > 0;
    }

    /**
     * True when the text goes on past the mention with a hyphen and a letter or digit ("Khark-5",
     * a tanker): the mention is part of a longer written name, not a spelling of its entity's.
     */
    static boolean partOfLongerName(String raw, int end) {
        return end + 1 < raw.length() && NameKeys.isHyphen(raw.charAt(end)) && Character.isLetterOrDigit(raw.charAt(end + 1));
    }

    /**
     * True when the span is part of a hashtag or an account name: a {@code #} or {@code @} right
     * before it, or a letter, digit or underscore joined to either end ("#AlMayadeen",
     * "@Palestine_UN"). Such a name is written as the account or tag is, never respelled.
     */
    static boolean inHandle(String text, int start, int end) {
        if (start > 0) {
            char c = text.charAt(start - 1);
            if (c == '#' || c == '@' || c == '_' || Character.isLetterOrDigit(c)) {
                return true;
            }
        }
        if (end < text.length()) {
            char c = text.charAt(end);
            return c == '_' || Character.isLetterOrDigit(c);
        }
        return false;
    }

    /**
     * True when the rewrite changes the letters of a word of three letters or fewer ("Ba" to "Baa",
     * "G" to "C"): too few letters to tell a spelling from another word, so the rewrite is only
     * suggested.
     */
    static boolean shortWordChanged(String surface, String replacement) {
        String[] a = surface.strip().split("[\\s\\-\u2010\u2011]+");
        String[] b = replacement.strip().split("[\\s\\-\u2010\u2011]+");
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            String p = NameKeys.fold(a[i]).replaceAll("[^\\p{L}]", "");
            String q = NameKeys.fold(b[i]).replaceAll("[^\\p{L}]", "");
            if (!p.equals(q) && Math.min(p.length(), q.length()) <= 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a word of the surface has an inner capital ("PepsiCo", "PayPal", "O'Hare": a capital
     * after a lower-case letter or an apostrophe) that the replacement writes in lower case, the
     * word being otherwise the same: the inner capital is the brand's or the name's own, its
     * absence the common slip, so such a rewrite is never proposed.
     */
    static boolean innerCapitalLost(String surface, String replacement) {
        String[] a = surface.strip().split("[\\s\\-\u2010\u2011]+");
        String[] b = replacement.strip().split("[\\s\\-\u2010\u2011]+");
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            String p = a[i];
            String q = b[i];
            if (p.equals(q) || p.length() != q.length() || !p.equalsIgnoreCase(q)) {
                continue;
            }
            for (int k = 1; k < p.length(); k++) {
                char before = p.charAt(k - 1);
                boolean inner = Character.isLowerCase(before)
                        || ((before == '\'' || before == '\u2019') && k >= 2 && Character.isLetter(p.charAt(k - 2)));
                if (inner && Character.isUpperCase(p.charAt(k)) && Character.isLowerCase(q.charAt(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the name has two or more words and no lower-case letter ("ES SIDER"). */
    static boolean shouted(String name) {
        return words(name) >= 2 && name.chars().noneMatch(Character::isLowerCase)
                && name.chars().anyMatch(Character::isUpperCase);
    }

    /** True when the two differ only by quotation marks around them ("Queer Eye'" / "Queer Eye"). */
    static boolean sameBetweenQuotes(String surface, String replacement) {
        return !surface.equals(replacement) && stripQuotes(surface).equals(stripQuotes(replacement));
    }

    private static String stripQuotes(String s) {
        String quotes = "'\"\u2018\u2019\u201c\u201d\u00ab\u00bb`";
        int from = 0;
        int to = s.length();
        while (from < to && quotes.indexOf(s.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && quotes.indexOf(s.charAt(to - 1)) >= 0) {
            to--;
        }
        return s.substring(from, to);
    }

    /** True when the surface holds the whole replacement and more words: a run-on, not a spelling. */
    static boolean runOn(String surface, String replacement) {
        String a = " " + NameKeys.fold(surface).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
        String b = " " + NameKeys.fold(replacement).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
        return a.length() > b.length() && b.length() > 2 && a.contains(b);
    }

    /**
     * True when the rewrite would turn an English word into another English word ("Farm" to
     * "Firm", or "Defence" to "Defense": the house style, not a name rule, decides how English
     * words are spelled).
     */
    boolean englishRewrite(String surface, String replacement) {
        String[] a = surface.strip().split("[\\s\\-\u2010\u2011]+");
        String[] b = replacement.strip().split("[\\s\\-\u2010\u2011]+");
        if (a.length != b.length) {
            // words joined or split ("Air Strikes" / "Airstrikes"): English when every word is
            for (String w : a) {
                if (!english(w)) {
                    return false;
                }
            }
            for (String w : b) {
                if (!english(w)) {
                    return false;
                }
            }
            return true;
        }
        for (int i = 0; i < a.length; i++) {
            String p = letters(a[i]);
            String q = letters(b[i]);
            if (!p.equals(q) && index.comparer().bothEnglish(p, q)) {
                return true;
            }
        }
        return false;
    }

    private boolean english(String word) {
        String w = letters(word);
        return index.comparer().bothEnglish(w, w);
    }

    private static String letters(String word) {
        return NameKeys.fold(word).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /**
     * Where an entity appears under another of its names (a registry alias such as "ISIL" for
     * the Islamic State) while the corpus also uses other names for it: once per name and
     * article, for the kinds of name in {@code kinds} ({@code acronym}, {@code alias},
     * {@code other}), leaving out acronyms the article itself defines and aliases written as part
     * of a longer name ({@link #insideLongerName}).
     */
    public List<NameVariant> otherNames(Set<String> kinds) {
        List<NameVariant> out = new ArrayList<>();
        Set<String> reported = new java.util.HashSet<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (!m.relation().equals("alias") || found.get(i).candidate().dateline()) {
                continue;
            }
            NameIndex.FormInfo own = index.form(m.surface());
            if (own == null) {
                continue;
            }
            String kind = own.kind() == null ? "other" : own.kind().label();
            if (insideLongerName(m, own.family()) || inHandle(raw, m.start(), m.end())) {
                continue; // "Bank of America", "Captain America", "USA Today": the name of something else
            }
            if (!kinds.contains(kind) || !reported.add(m.surface())) {
                continue;
            }
            if (found.get(i).relation() == NameAnalyser.Relation.ACRONYM
                    && !found.get(i).root().equals(m.surface())) {
                continue; // an acronym the article defines: the reader has been told
            }
            NameIndex.Figures fig = index.figures(own.entity());
            List<String> others = new ArrayList<>();
            fig.families().forEach((family, written) -> {
                if (!family.equals(own.family())) {
                    others.add("'" + written + "'");
                }
            });
            if (others.isEmpty()) {
                continue;
            }
            Entity e = index.entity(own.entity());
            String message = "'" + m.surface() + "' is another name for '" + e.name() + "' (" + e.id()
                    + "); the corpus also calls it " + String.join(", ", others);
            out.add(new NameVariant(m, e.name(), kind, message,
                    "Write '" + e.name() + "' if one name is wanted throughout (applied only with suggested fixes).",
                    wordEdits(raw, m.start(), m.end(), e.name()), Double.NaN, false));
        }
        return out;
    }

    /**
     * True when an alias is written as part of a longer name rather than for its entity: the
     * mention holds more words than the alias ("America Inc"), or the text joins it to a
     * capitalised word before it, directly or through a connector ("Captain America", "Report for
     * America", "Aluminum Company of America"), or after it, directly or through a possessive
     * ("USA Today", "America's Cup"). A word that ends a sentence or a line of its own breaks the
     * join.
     */
    boolean insideLongerName(Mention m, String alias) {
        if (alias != null && words(m.surface()) > words(alias)) {
            return true;
        }
        int[] before = wordBefore(raw, m.start());
        if (before != null) {
            String w = raw.substring(before[0], before[1]);
            if (keys.lexicon().connectors.contains(w)) {
                int[] further = wordBefore(raw, before[0]);
                if (further != null && Character.isUpperCase(raw.charAt(further[0]))) {
                    return true;
                }
            } else if (Character.isUpperCase(w.charAt(0))) {
                return true;
            }
        }
        int k = m.end();
        if (k + 1 < raw.length() && (raw.charAt(k) == '\'' || raw.charAt(k) == '\u2019') && raw.charAt(k + 1) == 's') {
            k += 2;
        }
        int spaces = 0;
        while (k < raw.length() && (raw.charAt(k) == ' ' || raw.charAt(k) == '\t')) {
            k++;
            spaces++;
        }
        return spaces > 0 && k < raw.length() && Character.isUpperCase(raw.charAt(k));
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("[\\s\\-\u2010\u2011]+").length;
    }

    /**
     * The word (letters, digits, apostrophes, full stops) right before {@code at}, separated from it
     * by spaces only (one line break allowed: hard-wrapped text), or null when something else
     * (punctuation, a blank line, the start of the text) comes first, or the word ends a sentence.
     */
    private static int[] wordBefore(String raw, int at) {
        int k = at;
        int breaks = 0;
        while (k > 0 && Character.isWhitespace(raw.charAt(k - 1))) {
            if (raw.charAt(k - 1) == '\n' && ++breaks > 1) {
                return null;
            }
            k--;
        }
        if (k == at || k == 0) {
            return null;
        }
        int end = k;
        while (k > 0 && (Character.isLetterOrDigit(raw.charAt(k - 1)) || raw.charAt(k - 1) == '\''
                || raw.charAt(k - 1) == '\u2019' || raw.charAt(k - 1) == '.' || raw.charAt(k - 1) == '&')) {
            k--;
        }
        if (k == end || (raw.charAt(end - 1) == '.' && !raw.substring(k, end - 1).contains("."))) {
            return null; // nothing, or a word that ends a sentence ("in Iraq. America")
        }
        return new int[] {k, end};
    }

    /** Equal, or equal but for the capital of a leading article at the start of a sentence ("Al-Maliki"). */
    static boolean sameSpelling(String surface, String canonical) {
        if (surface.equals(canonical)) {
            return true;
        }
        return surface.length() == canonical.length() && !surface.isEmpty()
                && Character.toLowerCase(surface.charAt(0)) == Character.toLowerCase(canonical.charAt(0))
                && surface.substring(1).equals(canonical.substring(1));
    }

    /**
     * How a partial mention reads when spelled like the canonical name: the canonical name's
     * last words covering as many name words as the mention, with the mention's own leading
     * article ("al-", "Al ") or none.
     */
    static String partialReplacement(NameKeys keys, NameKey partial, String surface, String canonical) {
        String[] words = canonical.split(" ");
        String suffix = null;
        for (int k = words.length - 1; k >= 0; k--) {
            String s = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
            NameKey key = keys.key(s, false);
            if (key.size() == partial.size()) {
                suffix = s;
            }
            if (key.size() > partial.size()) {
                break;
            }
        }
        if (suffix == null || !NameMatcher.matches(keys.key(suffix, false), partial)) {
            return null; // the mention is not a spelling of the name's last words
        }
        String[] own = splitArticle(keys, surface);
        String[] canon = splitArticle(keys, suffix);
        return own[0] + canon[1];
    }

    /** Splits a leading article ("al-", "Al ", "el-") from a name: {article as written, rest}. */
    static String[] splitArticle(NameKeys keys, String name) {
        int cut = -1;
        for (int i = 0; i < name.length() && i < 5; i++) {
            char c = name.charAt(i);
            if (c == ' ' || NameKeys.isHyphen(c)) {
                cut = i;
                break;
            }
        }
        if (cut > 0 && cut + 1 < name.length()
                && keys.lexicon().articles.contains(name.substring(0, cut).toLowerCase(java.util.Locale.ROOT))) {
            return new String[] {name.substring(0, cut + 1), name.substring(cut + 1)};
        }
        return new String[] {"", name};
    }

    /**
     * The smallest edits that turn the raw text {@code [start, end)} into {@code replacement},
     * word by word, so that no edit spans a line break of hard-wrapped text when it can be avoided.
     */
    public static List<TextEdit> wordEdits(String raw, int start, int end, String replacement) {
        List<int[]> spans = new ArrayList<>();
        int i = start;
        while (i < end) {
            while (i < end && Character.isWhitespace(raw.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < end && !Character.isWhitespace(raw.charAt(i))) {
                i++;
            }
            if (i > s) {
                spans.add(new int[] {s, i});
            }
        }
        String[] rep = replacement.split(" ");
        int n = spans.size();
        int p = 0;
        while (p < n && p < rep.length && raw.substring(spans.get(p)[0], spans.get(p)[1]).equals(rep[p])) {
            p++;
        }
        int q = 0;
        while (q < n - p && q < rep.length - p
                && raw.substring(spans.get(n - 1 - q)[0], spans.get(n - 1 - q)[1]).equals(rep[rep.length - 1 - q])) {
            q++;
        }
        int rawMid = n - p - q;
        int repMid = rep.length - p - q;
        List<TextEdit> edits = new ArrayList<>();
        if (rawMid == 0 && repMid == 0) {
            return edits;
        }
        // every edit stays inside one line: a name broken across hard-wrapped lines keeps its line
        // break, which the broken-paragraph fix turns into a space
        if (rawMid == 0) {
            String words = String.join(" ", java.util.Arrays.copyOfRange(rep, p, p + repMid));
            if (p < n) {
                edits.add(new TextEdit(spans.get(p)[0], spans.get(p)[0], words + " "));
            } else {
                edits.add(new TextEdit(spans.get(p - 1)[1], spans.get(p - 1)[1], " " + words));
            }
            return edits;
        }
        if (rawMid > repMid && repMid > 0
                && raw.substring(spans.get(p)[0], spans.get(p + rawMid - 1)[1]).indexOf('\n') < 0) {
            // words joined on one line ("Gramm-Rudman Hollings" to "Gramm-Rudman-Hollings"): one edit, so
            // that no change on its own reads as a word dropped
            edits.add(new TextEdit(spans.get(p)[0], spans.get(p + rawMid - 1)[1],
                    String.join(" ", java.util.Arrays.copyOfRange(rep, p, p + repMid))));
            return edits;
        }
        int common = Math.min(rawMid, repMid);
        for (int k = 0; k < common; k++) {
            int[] w = spans.get(p + k);
            String r = k == common - 1 && repMid > rawMid
                    ? String.join(" ", java.util.Arrays.copyOfRange(rep, p + k, p + repMid))
                    : rep[p + k];
            if (!raw.substring(w[0], w[1]).equals(r)) {
                edits.add(new TextEdit(w[0], w[1], r));
            }
        }
        for (int k = common; k < rawMid; k++) {
            int[] w = spans.get(p + k);
            int from = w[0];
            int to = w[1];
            if (to < raw.length() && raw.charAt(to) == ' ') {
                to++;
            } else {
                // no space after the word (the name ends before a full stop or a line break): take
                // the space before it; when the word before was deleted with that very space, the
                // two deletions become one, which takes the space before the first of them
                TextEdit last = edits.isEmpty() ? null : edits.get(edits.size() - 1);
                if (last != null && last.replacement().isEmpty() && last.end() == from) {
                    edits.remove(edits.size() - 1);
                    from = last.start();
                    last = edits.isEmpty() ? null : edits.get(edits.size() - 1);
                }
                if (from > 0 && raw.charAt(from - 1) == ' ' && (last == null || last.end() <= from - 1)) {
                    from--;
                }
            }
            edits.add(new TextEdit(from, to, ""));
        }
        return edits;
    }
}
