package dev.gazette.validate.rules.text;

import dev.gazette.analysis.text.Lexicon;
import dev.gazette.analysis.text.QuoteMarks;
import dev.gazette.analysis.text.TextUnit;
import dev.gazette.analysis.text.Words;
import dev.gazette.model.TextEdit;
import dev.gazette.validate.ArticleContext;
import java.util.List;

/**
 * Finds punctuation with no space after it before a letter ("turmoil,occupation",
 * "imperatives.Underlining"). Left alone: decimals and times (no letter follows), initials and dotted
 * abbreviations ("U.S.", "e.g.", "J.R.R."), ellipses, web and e-mail addresses, host and file names
 * ("jpost.com", and in lower case any name ending in a domain of {@code domain-suffixes.txt}: "zig.guide"), and URL
 * schemes ("http:"). A closing quote between the punctuation and the letter
 * gets the space after it. Also left alone: file names with their extension in any case, or run into
 * the next word by a page's rendering ("photo.JPG", "logo.jpgView full size"), a ticker and its
 * exchange in brackets ("(JPM:New York)"), a dot after a word that never ends a sentence
 * ("My.Future"), a dot before an unknown lower-case word (a domain or handle) or after an earlier dot
 * of the same name ("jane.bsky.social"), template code in braces ("{ action.text }"), and two capitalised words
 * joined by a mark that the article writes so twice or more ("Wash:Well": a name written so on purpose). Nor a
 * capitalised name with a domain ending that is not an English function word ("Acme.io", "Determined.ai": a brand named after
 * its site), a lower-case host name whose parts are hyphenated placeholders ("app-name.your-host"), a subcommand of a
 * command line ("heroku apps:create my-app": two lower-case words joined by a colon beside a program name the lexicon
 * does not know or an argument written as an identifier), or the marks of struck-through text as a text browser
 * renders it ("[S:old:S]"). The fix inserts one space.
 */
public final class MissingSpaceRule extends LexiconRule {

    public static final String ID = "missing-space";

    /** A rule reading the bundled lexicon. */
    public MissingSpaceRule() {
        this(List.of());
    }

    private MissingSpaceRule(List<java.nio.file.Path> wordLists) {
        super(wordLists);
    }

    /** A rule reading the bundled lexicon plus the user's word lists. */
    public static MissingSpaceRule withWordLists(List<java.nio.file.Path> files) {
        return new MissingSpaceRule(files);
    }

    @Override
    public String id() {
        return ID;
    }

    /** How often one joined form must occur in an article to be read as a name written so on purpose. */
    private static final int MIN_NAME_REPEATS = 2;

    @Override
    public void check(ArticleContext ctx) {
        List<TextUnit> units = ctx.analysis().text().units(true);
        for (TextUnit u : units) {
            String t = u.text();
            java.util.Map<Integer, QuoteMarks.Role> quoteRoles = null;
            for (int i = 0; i + 1 < t.length(); i++) {
                char c = t.charAt(i);
                if (c != ',' && c != '.' && c != ';' && c != ':' && c != '!' && c != '?') {
                    continue;
                }
                int at = i + 1;
                if (isClosingQuote(t.charAt(at)) && at + 1 < t.length()) {
                    at++;
                }
                if (!Character.isLetter(t.charAt(at)) || i == 0 || !precededByWord(t, i) || exempt(t, i, at) || !words(t, i,
                        at)) {
                    continue;
                }
                if (at == i + 1 && repeatedName(units, t, i)) {
                    continue;
                }
                if (ctx.analysis().text().inCode(u.raw(i)) || at == i + 1 && c == '.' && memberAccess(t, i)) {
                    continue; // a line of a code listing, or an identifier's member called in prose ("console.log(x)")
                }
                if (quoteRoles == null) {
                    quoteRoles = new java.util.HashMap<>();
                    for (QuoteMarks.Quote q : u.quoteMarks()) {
                        quoteRoles.put(q.offset(), q.role());
                    }
                }
                // the space goes after the punctuation, or after a closing quote that follows it;
                // the edit rewrites that character, so it never touches an edit of the next word
                QuoteMarks.Role role = at > i + 1 ? quoteRoles.get(i + 1) : null;
                boolean quoteOpens = role == QuoteMarks.Role.OPENS || role == QuoteMarks.Role.OPENS_WRONG_WAY
                        || role == QuoteMarks.Role.OPENS_INSIDE || role == QuoteMarks.Role.OPENS_NESTED;
                int gap = at > i + 1 && !quoteOpens ? at : i + 1;
                String before = t.substring(letterRunStart(t, i), i + 1);
                String quote = at > i + 1 ? t.substring(i + 1, at) : "";
                String after = t.substring(at, wordEnd(t, at));
                String fixed = t.substring(letterRunStart(t, i), gap) + " " + t.substring(gap, at) + after;
                List<TextEdit> edits = u.contiguous(gap - 1, gap)
                        ? List.of(u.edit(gap - 1, gap, t.charAt(gap - 1) + " ")) : List.of();
                ctx.report(ID, u, i, at, "No space after '" + c + quote + "' in '"
                                + TextUnit.shorten(before + quote + after, 60) + "'",
                        "Write '" + TextUnit.shorten(fixed, 62) + "'" + FixWording.SUGGESTED, edits);
            }
        }
    }

    /**
     * True when the letters around the punctuation read as two words: at least one side is a
     * known word (garbage such as "hK!UiIe" is not prose), and the two sides together are not
     * one known word with a stray mark inside ("chairm,an").
     */
    private boolean words(String t, int i, int at) {
        Lexicon lexicon = lexicon();
        int ls = i;
        while (ls > 0 && Character.isLetter(t.charAt(ls - 1))) {
            ls--;
        }
        String left = Lexicon.lowerCase(t.substring(ls, i));
        String right = Lexicon.lowerCase(t.substring(at, wordEnd(t, at)));
        if (!left.isEmpty() && at == i + 1 && lexicon.isWord(left + right) && !lexicon.isWord(left)) {
            return false;
        }
        if (t.charAt(i) == ':' && !lexicon.isCommonWord(left) && !Words.allCaps(t, ls, i)) {
            return false; // notation such as "Nd:YAG", not a label before a colon
        }
        if (t.charAt(i) == ':' && at == i + 1 && subcommand(t, ls, i, lexicon)) {
            return false; // "dokku apps:create app-name": a command line's subcommand, not a label run into a word
        }
        if (t.charAt(i) == '.' && at == i + 1 && (HostNames.siteName(t, ls, i, lexicon) || lowerCaseMember(t, ls, i))) {
            return false; // "Determined.ai", "Palestine.bydotpy", "dolphin.town": a site; "require.ensure": a member
        }
        return lexicon.isWord(left) || lexicon.isWord(right);
    }


    /**
     * An identifier and its member in lower case, joined by the dot at {@code i} with nothing but letters on either side
     * up to a space, a bracket or punctuation ("require.ensure", "os.path", "article.views"): a sentence after a full
     * stop starts with a capital, so the dot is inside a name of code, and a space after it would break the name.
     */
    private static boolean lowerCaseMember(String t, int ls, int i) {
        int re = wordEnd(t, i + 1);
        if (i - ls < 2 || re - i - 1 < 2 || !Character.isLowerCase(t.charAt(ls)) || !Words.lowerCase(t, ls, re)) {
            return false;
        }
        return (ls == 0 || !Character.isLetterOrDigit(t.charAt(ls - 1)))
                && (re == t.length() || !Character.isDigit(t.charAt(re)));
    }

    /**
     * Two lower-case words joined by a colon, as a command line writes a subcommand ("apps:create", "db:migrate"), with
     * a sign of a command line beside it on the same line: the word before is a lower-case word the lexicon does not know
     * (the program: "dokku", "heroku"), or the word after is an identifier (lower case with a hyphen, underscore or at
     * sign inside: "my-app").
     */
    private static boolean subcommand(String t, int ls, int i, Lexicon lexicon) {
        int re = wordEnd(t, i + 1);
        if (i - ls < 2 || re - i - 1 < 2 || (ls > 0 && !Character.isWhitespace(t.charAt(ls - 1)))
                || (re < t.length() && !Character.isWhitespace(t.charAt(re)))) {
            return false;
        }
        for (int k = ls; k < re; k++) {
            if (k != i && !Character.isLowerCase(t.charAt(k))) {
                return false;
            }
        }
        String program = tokenAround(t, ls - 2);
        if (program.length() >= 2 && program.chars().allMatch(Character::isLowerCase) && !lexicon.isWord(program)) {
            return true;
        }
        String argument = tokenAround(t, re + 1);
        return argument.matches("[a-z0-9]+([-_@][a-z0-9]+)+");
    }

    /** The run of non-blank characters on one line around offset {@code k}; empty when there is none. */
    private static String tokenAround(String t, int k) {
        if (k < 0 || k >= t.length() || Character.isWhitespace(t.charAt(k))) {
            return "";
        }
        int s = k;
        while (s > 0 && !Character.isWhitespace(t.charAt(s - 1))) {
            s--;
        }
        int e = k;
        while (e < t.length() && !Character.isWhitespace(t.charAt(e))) {
            e++;
        }
        return t.substring(s, e);
    }


    private static int letterRunStart(String t, int i) {
        int s = i;
        while (s > 0 && i - s < 30 && Character.isLetterOrDigit(t.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    private static boolean isClosingQuote(char c) {
        return c == '\u201D' || c == '"' || c == ')' || c == ']';
    }

    private static boolean precededByWord(String t, int i) {
        char p = t.charAt(i - 1);
        return Character.isLetterOrDigit(p) || p == ')' || p == '\u2019' || p == '%' || isClosingQuote(p);
    }

    /**
     * Two capitalised words joined by the same mark with no space ("Wash:Well", "Go.Compare") occur
     * {@link #MIN_NAME_REPEATS} times or more in the article: a name written that way on purpose, since a missing
     * space is a slip that an article does not repeat letter for letter.
     */
    private static boolean repeatedName(List<TextUnit> units, String t, int i) {
        int ls = i - lettersBefore(t, i);
        int re = wordEnd(t, i + 1);
        if (i - ls < 2 || re - i - 1 < 2 || (ls > 0 && Character.isLetterOrDigit(t.charAt(ls - 1)))
                || !Character.isUpperCase(t.charAt(ls)) || !Character.isUpperCase(t.charAt(i + 1))) {
            return false; // a sentence end run into the next ("room.The" in a caption shown twice) is still a slip
        }
        String form = t.substring(ls, re);
        int seen = 0;
        for (TextUnit other : units) {
            String o = other.text();
            for (int k = o.indexOf(form); k >= 0; k = o.indexOf(form, k + 1)) {
                boolean whole = (k == 0 || !Character.isLetter(o.charAt(k - 1)))
                        && (k + form.length() == o.length() || !Character.isLetter(o.charAt(k + form.length())));
                if (whole && ++seen >= MIN_NAME_REPEATS) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Decimal-like, abbreviation, ellipsis, address or scheme: not a missing space. */
    private static boolean exempt(String t, int i, int at) {
        char c = t.charAt(i);
        if (c == '.' && (t.charAt(i - 1) == '.' || (at < t.length() - 1 && t.charAt(at) == '.'))) {
            return true;
        }
        if (Words.inCode(t, Math.max(0, wordStart(t, i)), wordEnd(t, at))) {
            return true;
        }
        if (lettersAfter(t, at) == 1 && c != '.') {
            return true; // a stray letter ("January 31,m it"), not a word
        }
        int ws = wordStart(t, i);
        String before = t.substring(ws, i);
        if (c == '.') {
            // initials and dotted abbreviations: a single letter on either side of the dot
            if (lettersBefore(t, i) == 1 || lettersAfter(t, at) == 1) {
                return true;
            }
            // a ticker with its exchange: capitals, a dot, one to three capitals ("RY.TO")
            int re = wordEnd(t, at);
            if (at == i + 1 && re - at <= 3 && Words.allCaps(t, i - lettersBefore(t, i), i) && Words.allCaps(t, at, re)) {
                return true;
            }
        }
        if (c == ':' && SCHEMES.contains(before.toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        if ((c == '.' || c == ':') && at == i + 1 && dottedName(t, i, at)) {
            return true;
        }
        if (c == '.' && HostNames.dotInside(t, i, at)) {
            return true; // "example.com", "jane.bsky.social", "photo.JPG", "app-name.your-host"
        }
        if (c == ':' && (t.startsWith("[S:", i - 2) || t.startsWith(":S]", i))) {
            return true; // "[S:old:S]": struck-through text as a text browser renders it
        }
        if (c == ':' && at == i + 1 && ticker(t, i)) {
            return true;
        }
        if (c == '.' && at == i + 1 && NOT_SENTENCE_END.contains(Lexicon.lowerCase(before))
                && Character.isUpperCase(t.charAt(at))) {
            return true; // "My.Future": a determiner does not end a sentence, so the dot is inside a name
        }
        return inTemplate(t, i);
    }

    /**
     * A member access in prose: an identifier, a dot and a name that is called or has a member of its own
     * ("console.log(", "std.fs.cwd"), with no letter of sentence run-on between them.
     */
    static boolean memberAccess(String t, int i) {
        int e = i + 1;
        while (e < t.length() && (Character.isLetterOrDigit(t.charAt(e)) || t.charAt(e) == '_')) {
            e++;
        }
        return e < t.length() && (t.charAt(e) == '(' || t.charAt(e) == '.' && e + 1 < t.length()
                && Character.isLetter(t.charAt(e + 1)));
    }


    /** Words that never end a sentence (articles, possessive determiners), so a dot after them is inside a name. */
    private static final java.util.Set<String> NOT_SENTENCE_END = java.util.Set.of("a", "an", "the", "my", "your", "our",
            "their", "its", "every");



    /** A ticker and its exchange in brackets: "(JPM:New York)", "(NYSE:IBM)". */
    private static boolean ticker(String t, int i) {
        int ls = i - lettersBefore(t, i);
        return ls > 0 && i - ls <= 5 && Words.allCaps(t, ls, i) && (t.charAt(ls - 1) == '(' || t.charAt(ls - 1) == '[');
    }

    /** Inside the braces of template code on the same line: "{ action.text }". */
    private static boolean inTemplate(String t, int i) {
        int open = t.lastIndexOf('{', i);
        if (open < 0 || t.lastIndexOf('}', i) > open || t.lastIndexOf('\n', i) > open) {
            return false;
        }
        int close = t.indexOf('}', i);
        int line = t.indexOf('\n', i);
        return close > 0 && (line < 0 || close < line);
    }

    /** Endings of brand and site names after a dot: {@code name-suffixes.txt}. */
    private static final java.util.Set<String> NAME_SUFFIXES = WordFiles.read("name-suffixes.txt");

    /**
     * A name with inner punctuation, not two words: capitals on both sides (IQ.LIGHT, CD:UK), a
     * capitalised word with a brand ending (Mixi.Media, One.Tel), a left part with a capital inside
     * (PanARMENIAN.Net), or short lower-case abbreviations on both sides (cu.ft).
     */
    private static boolean dottedName(String t, int i, int at) {
        int ls = i - lettersBefore(t, i);
        int re = wordEnd(t, at);
        if (i - ls < 2 || re - at < 2) {
            return false;
        }
        if (Words.allCaps(t, ls, i) && Words.allCaps(t, at, re)) {
            return true;
        }
        if (Character.isUpperCase(t.charAt(ls)) && Character.isUpperCase(t.charAt(at))
                && NAME_SUFFIXES.contains(t.substring(at, re).toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        for (int k = ls + 1; k < i; k++) {
            if (Character.isUpperCase(t.charAt(k)) && Character.isLowerCase(t.charAt(k - 1))) {
                return true;
            }
        }
        return i - ls <= 3 && re - at <= 3 && Character.isLowerCase(t.charAt(ls)) && Character.isLowerCase(t.charAt(at));
    }

    /** URL schemes, whose colon needs no space: {@code url-schemes.txt}. */
    private static final java.util.Set<String> SCHEMES = RunTogetherWordsRule.URL_SCHEMES;

    static int lettersBefore(String t, int i) {
        int n = 0;
        for (int k = i - 1; k >= 0 && Character.isLetter(t.charAt(k)); k--) {
            n++;
        }
        return n;
    }

    private static int lettersAfter(String t, int at) {
        int n = 0;
        for (int k = at; k < t.length() && Character.isLetter(t.charAt(k)); k++) {
            n++;
        }
        return n;
    }

    private static int wordStart(String t, int i) {
        int s = i;
        while (s > 0 && !Character.isWhitespace(t.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    static int wordEnd(String t, int at) {
        int e = at;
        while (e < t.length() && Character.isLetter(t.charAt(e))) {
            e++;
        }
        return e;
    }
}
