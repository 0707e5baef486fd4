package dev.gazette.validate.rules.text;

import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.analysis.text.Lexicon;
import dev.gazette.analysis.text.TextUnit;
import dev.gazette.analysis.text.Vocabulary;
import dev.gazette.analysis.text.Words;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.RuleOption;
import dev.gazette.validate.RuleSettings;
import java.util.List;

/**
 * Finds proper nouns written in lower case ("baghdad"). A lower-case word is a proper noun
 * when the lexicon knows it only with a capital (and the corpus does not mostly write it in
 * lower case), or when the corpus writes it capitalised inside sentences far more often than
 * in lower case. Words the lexicon knows in lower case ("turkey", "china", "may") are never
 * reported, nor short words, words in addresses or codes, or name particles before a hyphen
 * or a capitalised word ("al-", "de los Angeles"). Nor are words in a foreign-language run (both
 * neighbours unknown to the lexicon: "Banca della Svizzera"), parts of URLs, bracketed image
 * names and words cut by brackets or hyphens ("min[ute]", "one-tim"), brand names whose proper
 * form has an inner capital ("WiFi"), words under five letters that only the corpus writes
 * capitalised (table abbreviations: "Oper", "Avg"), and the words of {@code lowercase-words.txt};
 * nor the first part of a domain name ("arduino.cc"), nor an item of a comma-separated list of four or more one-word
 * items (tags, package names), nor anything in an article that is not in English ({@code ArticleText#english}),
 * nor anything in a short line with no capital letter and no closing full stop ("free course
 * download", a tag or a link), or in a line of any length with no capital and no punctuation at all (a run of
 * keywords), which is lower case by choice; a sentence that lost its capitals is
 * still checked.
 * The fix writes the capital; it is a suggestion.
 */
public final class LowercaseProperNounRule extends LexiconRule {

    public static final String ID = "lowercase-proper-noun";

    static final RuleOption<Integer> MIN_LENGTH = RuleOption.integer(ID, "min-length");
    static final RuleOption<Integer> MIN_CAPITALISED = RuleOption.integer(ID, "min-capitalised");
    static final RuleOption<Double> MAX_LOWER_SHARE = RuleOption.decimal(ID, "max-lower-share");

    /** Words right in lower case (Latin and foreign words, abbreviations): {@code lowercase-words.txt}. */
    private static final java.util.Set<String> ALLOWED = DoubledWordRule.WordFiles.read("lowercase-words.txt");
    /** Characters that tie a word to a URL, a file or image name, or another word. */
    private static final String TIES = "[]/%_=@#-";
    /** Words under this length count as proper nouns only when the lexicon says so. */
    private static final int MIN_CORPUS_ONLY_LENGTH = 5;

    public LowercaseProperNounRule() {
        this(List.of());
    }

    private LowercaseProperNounRule(List<java.nio.file.Path> wordLists) {
        super(wordLists);
    }

    /** A rule reading the bundled lexicon plus the user's word lists. */
    public static LowercaseProperNounRule withWordLists(List<java.nio.file.Path> files) {
        return new LowercaseProperNounRule(files);
    }

    private static boolean nextIsCapitalised(String t, int end) {
        int i = end;
        if (i >= t.length() || t.charAt(i) != ' ') {
            return false;
        }
        i++;
        return i < t.length() && Character.isUpperCase(t.charAt(i));
    }

    /** The word touches a bracket, slash, percent sign, underscore, equals sign, at sign, hash or hyphen. */
    private static boolean tied(String t, int start, int end) {
        return (start > 0 && TIES.indexOf(t.charAt(start - 1)) >= 0) || (end < t.length() && TIES.indexOf(t.charAt(end)) >= 0);
    }

    /** A capital after the first letter: a brand's styling (WiFi, iPhone), whose lower-case form is in common use. */
    private static boolean innerCapital(String form) {
        for (int i = 1; i < form.length(); i++) {
            if (Character.isUpperCase(form.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Both neighbouring words are lower-case words the lexicon does not know: a run of another language. */
    private static boolean foreignRun(String t, int start, int end, Lexicon lexicon) {
        String before = neighbour(t, start, -1);
        String after = neighbour(t, end, 1);
        return before != null && after != null && unknown(before, lexicon) && unknown(after, lexicon);
    }

    private static boolean unknown(String w, Lexicon lexicon) {
        String lower = Lexicon.lowerCase(w);
        return !lexicon.isCommonWord(lower) && lexicon.properForm(lower) == null;
    }

    /** The word of letters just before {@code from} (direction -1) or after it (1), across one space; else null. */
    private static String neighbour(String t, int from, int direction) {
        int i = direction < 0 ? from - 1 : from;
        if (i < 0 || i >= t.length() || t.charAt(i) != ' ') {
            return null;
        }
        int s = i;
        int e = i;
        if (direction < 0) {
            e = i;
            s = i;
            while (s > 0 && Character.isLetter(t.charAt(s - 1))) {
                s--;
            }
        } else {
            s = i + 1;
            e = s;
            while (e < t.length() && Character.isLetter(t.charAt(e))) {
                e++;
            }
        }
        return e - s >= 2 ? t.substring(s, e) : null;
    }

    /** The word runs on into a dot and a letter: the first part of a domain or file name ("arduino.cc"). */
    private static boolean domainPart(String t, int end) {
        return end + 1 < t.length() && t.charAt(end) == '.' && Character.isLetter(t.charAt(end + 1));
    }

    /** The fewest items of a list of terms: tags, package names, keywords. */
    private static final int MIN_LIST_ITEMS = 4;

    /** The most words of an item of a list of terms in lower case ("celebrity breakups , nick loeb , ..."). */
    private static final int MAX_TERM_WORDS = 3;

    /**
     * The word is in one item of a comma-separated list of at least {@link #MIN_LIST_ITEMS} terms ("In this
     * article: av, consoles, gadgets, microsoft, review", "New vulnerabilities in drupal, mozilla, openssl ...",
     * "Filed under celebrity exes , nick loeb , sofia vergara"): tags or package names, written in lower case on
     * purpose. A term is one word, or up to {@link #MAX_TERM_WORDS} words without a capital; the first item may
     * follow words that introduce the list.
     */
    private static boolean listOfTerms(String t, int start, int end) {
        int from = start;
        while (from > 0 && ",;:".indexOf(t.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < t.length() && ",;:".indexOf(t.charAt(to)) < 0) {
            to++;
        }
        String own = term(t.substring(from, to));
        boolean isTerm = isTerm(own);
        if (!isTerm && !term(t.substring(end, to)).isEmpty()) {
            return false; // more words after it in a long item
        }
        int items = 1;
        for (int i = from - 1; isTerm && i > 0 && t.charAt(i) == ','; ) {
            int j = i;
            while (j > 0 && ",;:".indexOf(t.charAt(j - 1)) < 0) {
                j--;
            }
            String item = term(t.substring(j, i));
            if (item.isEmpty()) {
                break;
            }
            items++;
            if (!isTerm(item)) {
                break; // the words that introduce the list, ending in its first item
            }
            i = j - 1;
        }
        for (int i = to; i < t.length() && t.charAt(i) == ','; ) {
            int j = i + 1;
            while (j < t.length() && ",;:".indexOf(t.charAt(j)) < 0) {
                j++;
            }
            if (!isTerm(term(t.substring(i + 1, j)))) {
                break;
            }
            items++;
            i = j;
        }
        return items >= MIN_LIST_ITEMS;
    }

    /** One word, or a few words without a capital letter. */
    private static boolean isTerm(String item) {
        if (item.isEmpty() || item.length() > 40) {
            return false;
        }
        if (item.chars().noneMatch(Character::isWhitespace)) {
            return true;
        }
        return item.split("\\s+").length <= MAX_TERM_WORDS && item.codePoints().noneMatch(Character::isUpperCase);
    }

    /** An item of a list, without the dots or ellipsis that end the list and without surrounding space. */
    private static String term(String item) {
        String s = item.strip();
        int e = s.length();
        while (e > 0 && (s.charAt(e - 1) == '.' || s.charAt(e - 1) == '\u2026' || Character.isWhitespace(s.charAt(e - 1)))) {
            e--;
        }
        return s.substring(0, e).strip();
    }

    /** The most words a lower-case label has; longer lines in lower case are prose that lost its capitals. */
    private static final int MAX_LABEL_WORDS = 6;

    /**
     * A short line without any capital letter and without a sentence's closing punctuation ("free course download"):
     * a tag or link written in lower case on purpose, unlike a sentence of wire copy that lost its capitals.
     */
    private static boolean lowerCaseLabel(String t) {
        String s = t.strip();
        if (s.isEmpty() || s.codePoints().anyMatch(Character::isUpperCase) || ".!?".indexOf(s.charAt(s.length() - 1)) >= 0) {
            return false;
        }
        // Any length without any punctuation of a sentence: a run of keywords (a link's slug shown as text).
        return s.split("\\s+").length <= MAX_LABEL_WORDS || s.chars().noneMatch(c -> ".,;:!?".indexOf(c) >= 0);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<RuleOption<?>> options() {
        return List.of(MIN_LENGTH, MIN_CAPITALISED, MAX_LOWER_SHARE);
    }

    @Override
    public List<CorpusStatistic<?, ?>> statistics() {
        return List.of(Vocabulary.STATISTIC);
    }

    @Override
    public void check(ArticleContext ctx) {
        if (!ctx.analysis().text().english()) {
            return; // the lexicon is English: on a page in another language every word would look unknown
        }
        RuleSettings s = ctx.settings();
        int minLength = s.get(MIN_LENGTH);
        int minCapitalised = s.get(MIN_CAPITALISED);
        double maxLowerShare = s.get(MAX_LOWER_SHARE);
        Vocabulary vocabulary = Vocabulary.of(ctx.knowledge());
        Lexicon lexicon = lexicon();
        for (TextUnit u : ctx.analysis().text().units(false)) {
            String t = u.text();
            if (lowerCaseLabel(t)) {
                continue; // a short line with no capital at all is lower case by choice (a tag, a link, a handle)
            }
            u.forEachWord((start, end) -> {
                if (end - start < minLength || !Words.lowerCase(t, start, end) || Words.inCode(t, start, end)
                        || (end < t.length() && t.charAt(end) == '-') || (start > 0 && t.charAt(start - 1) == '.')) {
                    return;
                }
                String word = t.substring(start, end);
                if (end - start <= 3 && nextIsCapitalised(t, end)) {
                    return; // a name particle: "de los Angeles"
                }
                if (lexicon.isCommonWord(word) || ALLOWED.contains(word) || tied(t, start, end)
                        || foreignRun(t, start, end, lexicon) || domainPart(t, end) || listOfTerms(t, start, end)) {
                    return;
                }
                int lower = vocabulary.lowerCount(word);
                int capitalised = vocabulary.capitalisedCount(word);
                int otherLower = Math.max(0, lower - 1); // the corpus's other lower-case spellings
                boolean mostlyLower = otherLower > 0 && otherLower > maxLowerShare * (otherLower + capitalised);
                String form = lexicon.properForm(word);
                boolean proper = form != null ? !(lower >= 3 && mostlyLower) && !innerCapital(form)
                        : capitalised >= minCapitalised && !mostlyLower && end - start >= MIN_CORPUS_ONLY_LENGTH;
                if (!proper) {
                    return;
                }
                String fixed = form != null ? form : Character.toUpperCase(word.charAt(0)) + word.substring(1);
                String evidence = capitalised > 0
                        ? "the corpus writes it '" + fixed + "' " + capitalised + " time" + (capitalised == 1 ? "" : "s")
                        : "the lexicon knows it only as '" + fixed + "'";
                ctx.report(ID, u, start, end,
                        "Proper noun '" + word + "' is written in lower case; " + evidence,
                        "Write '" + fixed + "'" + FixWording.SUGGESTED,
                        List.of(u.edit(start, end, fixed)));
            });
        }
    }
}
