package dev.gazette.validate.rules.text;

import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.analysis.text.Lexicon;
import dev.gazette.analysis.text.TextUnit;
import dev.gazette.analysis.text.Vocabulary;
import dev.gazette.analysis.text.Words;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.RuleOption;
import dev.gazette.validate.RuleSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
 * capitalised (table abbreviations: "Oper", "Avg"), and the words of {@code lowercase-words.txt} and of
 * {@code lower-case-in-scowl.txt} (common words too: "realtor"; unless the corpus writes them capitalised 20 times);
 * nor the first part of a domain name ("arduino.cc"), nor an item of a comma-separated list of four or more one-word
 * items (tags, package names), nor anything in an article that is not in English ({@code ArticleText#english}),
 * nor anything in a short line with no capital letter and no closing full stop ("free course
 * download", a tag or a link), or in a line of any length with no capital and no punctuation at all (a run of
 * keywords), which is lower case by choice; the same for such a line inside a paragraph, and for a line with no
 * capital in which a sentence also starts in lower case (alt text styled in lower case); a sentence that lost its
 * capitals is still checked. Nor the end of a word after an inner apostrophe ("Ni’lin"; but "B’tselem" is checked), a word
 * of another language glossed in square brackets after it ("haram [forbidden]") or quoted alone as a term ("a
 * “naksa”"), nor a display name before a handle in a quoted post's signature ("— jane doe (@janedoe)"), nor an
 * icon label of a share widget beside its name ("Share on Reddit reddit"), nor a word of a common name written in lower
 * case in {@code lowercase-phrases.txt} ("aloe vera"), nor a generic drug name (a common noun: a word ending in a stem
 * of {@code drug-name-stems.txt}, "zopiclone"), nor a word cut by an ellipsis with more text after it on its line ("the severity
 * of flo... News", a teaser cut mid-word), nor the items after a tag label at the start of a line ("Filed under jane doe, acme bros.",
 * {@code tag-labels.txt}: tags in the site's lower case), nor the icon label a share button names after "via" or
 * "on" ("Share this article via facebook").
 * A word that passes these tests is reported only with evidence a reader can check that it is a name here: the
 * article writes it capitalised elsewhere on its own inside a sentence (not at a sentence start, nor as a part of a
 * longer name: "the Powercat Powerline adapter"), or the article writes another word in lower case that the corpus
 * writes capitalised and that has evidence of its own (copy that lost its capitals, as some wire stories did; two words
 * of a quoted French post, "notre" and "sur", are no evidence for each other, nor is a month name the corpus never
 * capitalises), or the corpus writes it capitalised at least {@value #MIN_CORPUS_USES_ALONE} times, or it is a word
 * English always capitalises (month and day names,
 * Celsius: {@code always-capitalised.txt}). Without it a lower-case word the lexicon or a few articles know
 * capitalised is as often a common noun the lexicon lacks ("a capella", "capris", "an easter egg"), a site's house
 * style ("ethereum") or a quoted post's own spelling as a name, so it is not reported.
 * The fix writes the capital; it is a suggestion.
 */
public final class LowercaseProperNounRule extends LexiconRule {

    public static final String ID = "lowercase-proper-noun";

    static final RuleOption<Integer> MIN_LENGTH = RuleOption.integer(ID, "min-length");
    static final RuleOption<Integer> MIN_CAPITALISED = RuleOption.integer(ID, "min-capitalised");
    static final RuleOption<Double> MAX_LOWER_SHARE = RuleOption.decimal(ID, "max-lower-share");

    /** Words right in lower case (Latin and foreign words, abbreviations): {@code lowercase-words.txt}. */
    private static final Set<String> ALLOWED = WordFiles.read("lowercase-words.txt");
    /**
     * Words the lexicon knows only capitalised that SCOWL also lists in lower case ("realtor", "utopian", "abs"):
     * common words too. Generated by {@code analysis/tools/make-scowl-extras.py}.
     */
    private static final Set<String> ALSO_LOWER = WordFiles.read("lower-case-in-scowl.txt");
    /**
     * How often the corpus must write a word of {@link #ALSO_LOWER} capitalised inside sentences for its lower-case
     * form to be reported all the same: a corpus that writes "Chile" or "Macintosh" dozens of times means the name.
     */
    private static final int MIN_CAPITALISED_OVER_LOWER_USE = 20;
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

    /**
     * The word follows an apostrophe inside a longer word ("Ni’lin", "Ja’ara", the ayn or hamza of a
     * transliteration): it is the end of that word, not a word of its own. A single letter before the apostrophe is a
     * prefix whose word is capitalised after it ("B’Tselem", "O’Neill"), so that is still checked.
     */
    private static boolean afterInnerApostrophe(String t, int start) {
        return start >= 3 && (t.charAt(start - 1) == '\u2019' || t.charAt(start - 1) == '\'')
                && Character.isLetter(t.charAt(start - 2)) && Character.isLetter(t.charAt(start - 3));
    }

    /** The most words a quoted term has: "a “naksa” or “setback”" (two, "aggie mae", may be a name). */
    private static final int MAX_QUOTED_TERM_WORDS = 1;

    /**
     * A word of another language given as a term: glossed in square brackets right after it ("haram [forbidden]";
     * not round ones, which follow a name with its abbreviation: "petroleos de venezuela (pdvsa)"), or alone in
     * quotation marks ("a “naksa”, or setback").
     */
    private static boolean glossed(String t, int start, int end) {
        int i = end;
        while (i < t.length() && "\u2019\u201D\",".indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        if (i < t.length() - 1 && t.charAt(i) == ' ' && t.charAt(i + 1) == '[') {
            return true;
        }
        int open = Math.max(t.lastIndexOf('\u201C', start), t.lastIndexOf('"', start - 1));
        if (open < 0) {
            return false;
        }
        int close = t.indexOf(t.charAt(open) == '"' ? '"' : '\u201D', end);
        if (close < 0 || t.substring(open + 1, close).strip().split("\\s+").length > MAX_QUOTED_TERM_WORDS) {
            return false;
        }
        String quoted = t.substring(open + 1, close);
        return quoted.codePoints().noneMatch(Character::isUpperCase) && quoted.chars().noneMatch(c -> ".,;:!?".indexOf(c) >= 0);
    }

    /**
     * The word is in the signature of a quoted post: a display name before its handle on the same line
     * ("— jane doe (@janedoe) May 12, 2021"), written as its owner chose.
     */
    private static boolean displayName(String t, int end) {
        int line = t.indexOf('\n', end);
        int handle = t.indexOf("(@", end);
        return handle >= 0 && (line < 0 || handle < line) && handle - end <= MAX_DISPLAY_NAME_GAP;
    }

    /** The farthest, in characters, a display name's word lies before the handle "(@name)". */
    private static final int MAX_DISPLAY_NAME_GAP = 60;

    /** The word runs on into a dot and a letter: the first part of a domain or file name ("arduino.cc"). */
    private static boolean domainPart(String t, int end) {
        return end + 1 < t.length() && t.charAt(end) == '.' && Character.isLetter(t.charAt(end + 1));
    }

    /** Common names in lower case whose last word is also a name ("aloe vera"): {@code lowercase-phrases.txt}. */
    private static final List<String> PHRASES = phrases("lowercase-phrases.txt");

    private static List<String> phrases(String resource) {
        try (var in = LowercaseProperNounRule.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled " + resource);
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                int hash = line.indexOf('#');
                String phrase = (hash >= 0 ? line.substring(0, hash) : line).strip().replaceAll("\\s+", " ");
                if (!phrase.isEmpty()) {
                    out.add(Lexicon.lowerCase(phrase));
                }
            }
            return List.copyOf(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read bundled " + resource, e);
        }
    }

    /** The word is part of a phrase of {@link #PHRASES} as written here, in lower case ("aloe vera"). */
    private static boolean commonPhrase(String t, int start, int end) {
        for (String phrase : PHRASES) {
            for (int k = phrase.indexOf(Lexicon.lowerCase(t.substring(start, end))); k >= 0;
                 k = phrase.indexOf(Lexicon.lowerCase(t.substring(start, end)), k + 1)) {
                int from = start - k;
                if (from >= 0 && from + phrase.length() <= t.length() && t.startsWith(phrase, from)
                        && (from == 0 || !Character.isLetter(t.charAt(from - 1)))
                        && (from + phrase.length() == t.length() || !Character.isLetter(t.charAt(from + phrase.length())))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Endings of generic drug names: {@code drug-name-stems.txt}. */
    private static final Set<String> DRUG_STEMS = WordFiles.read("drug-name-stems.txt");

    /** The fewest letters a drug name has before its stem ("zopi" + "clone"). */
    private static final int MIN_DRUG_PREFIX = 3;

    /** A generic drug name: a word ending in a stem of {@link #DRUG_STEMS} after at least three other letters. */
    private static boolean drugName(String word) {
        for (int k = MIN_DRUG_PREFIX; k < word.length() - 2; k++) {
            if (DRUG_STEMS.contains(word.substring(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word runs straight into an ellipsis with more text after it on the same line ("flo... News", "flo… More"): a
     * teaser cut mid-word before a label, not a word of its own. At the end of a line ("reuter..." signing off wire
     * copy) it is still checked.
     */
    private static boolean cutByEllipsis(String t, int end) {
        int after;
        if (end < t.length() && t.charAt(end) == '\u2026') {
            after = end + 1;
        } else if (t.startsWith("...", end)) {
            after = end + 3;
        } else {
            return false;
        }
        int line = t.indexOf('\n', after);
        return !t.substring(after, line < 0 ? t.length() : line).isBlank();
    }

    /** Labels that open a line of tags: {@code tag-labels.txt}. */
    private static final List<String> TAG_LABELS = phrases("tag-labels.txt");

    /**
     * The word stands on a line that opens with a tag label ("Filed under", "Tags:", "Related topics:"): the items after
     * it are the site's tags, written in the case the site chose.
     */
    private static boolean tagLine(String t, int start) {
        int ls = t.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        String line = Lexicon.lowerCase(t.substring(ls, start)).stripLeading();
        for (String label : TAG_LABELS) {
            if (line.startsWith(label) && line.length() > label.length()
                    && (label.endsWith(":") || !Character.isLetter(line.charAt(label.length())))) {
                return true;
            }
        }
        return false;
    }

    /** "Share" (a button's text, at a line start or run on after another button) and then "via" or "on" before the word. */
    private static final Pattern SHARE_TARGET =
            Pattern.compile("(?:^|\\p{Ll}|[^\\p{L}\\s])Share\\b[^\\n.]{0,40}\\b(?:via|on|to) $");

    /** The word is the icon label a share button names ("Share this article via facebook"), lower case by the site. */
    private static boolean shareTarget(String t, int start) {
        int from = t.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        return SHARE_TARGET.matcher(t.substring(from, start)).find();
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

    /** A full stop, then a lower-case word: a sentence that starts in lower case. */
    private static final Pattern LOWER_SENTENCE_START =
            Pattern.compile("\\p{Ll}[.!?]\\s+\\p{Ll}");

    /**
     * The line of the word (not the whole paragraph) is written in lower case by choice: a label ({@link
     * #lowerCaseLabel}: "sanchez de moya seville dining table" under a widget's capitalised title), or a line without any
     * capital in which a sentence also starts in lower case ("event designer jane roe opens a club in leeds. floral
     * design, the petal shop."): an image's alt text or a teaser styled in lower case throughout, where one capital
     * would leave it half-styled. A single sentence that lost its capitals is still checked.
     */
    static boolean lowerCaseLine(String t, int start, int end) {
        int ls = t.lastIndexOf('\n', start - 1) + 1;
        int le = t.indexOf('\n', end);
        String line = t.substring(ls, le < 0 ? t.length() : le);
        return lowerCaseLabel(line)
                || line.codePoints().noneMatch(Character::isUpperCase) && LOWER_SENTENCE_START.matcher(line).find();
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
        List<Candidate> candidates = new ArrayList<>();
        List<TextUnit> units = ctx.analysis().text().units(false);
        for (TextUnit u : units) {
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
                if (lowerCaseLine(t, start, end)) {
                    return; // the word's own line is a label, or styled in lower case throughout
                }
                if (afterInnerApostrophe(t, start) || glossed(t, start, end) || displayName(t, end)
                        || ShareLabels.besideOtherCase(t, start, end) && ShareLabels.widgetLine(t, start)
                        || commonPhrase(t, start, end) || cutByEllipsis(t, end) || drugName(word) || tagLine(t, start)
                        || shareTarget(t, start)) {
                    return;
                }
                if (lexicon.isCommonWord(word) || ALLOWED.contains(word) || tied(t, start, end)
                        || foreignRun(t, start, end, lexicon) || domainPart(t, end) || listOfTerms(t, start, end)) {
                    return;
                }
                int lower = vocabulary.lowerCount(word);
                int capitalised = vocabulary.capitalisedCount(word);
                if (ALSO_LOWER.contains(word) && capitalised < MIN_CAPITALISED_OVER_LOWER_USE) {
                    return; // a common word too ("realtor"), unless the corpus plainly uses it as a name ("chile's exports")
                }
                int otherLower = Math.max(0, lower - 1); // the corpus's other lower-case spellings
                boolean mostlyLower = otherLower > 0 && otherLower > maxLowerShare * (otherLower + capitalised);
                String form = lexicon.properForm(word);
                boolean proper = form != null ? !(lower >= 3 && mostlyLower) && !innerCapital(form)
                        : capitalised >= minCapitalised && !mostlyLower && end - start >= MIN_CORPUS_ONLY_LENGTH;
                if (!proper) {
                    return;
                }
                String fixed = form != null ? form : Character.toUpperCase(word.charAt(0)) + word.substring(1);
                candidates.add(new Candidate(u, start, end, word, fixed, capitalised));
            });
        }
        Map<String, String> ownEvidence = new HashMap<>();
        Set<String> corpusNames = new HashSet<>(); // words with evidence of their own and corpus capitals
        for (Candidate c : candidates) {
            ownEvidence.computeIfAbsent(c.word(), w -> ownEvidence(units, c));
            if (ownEvidence.get(c.word()) != null && c.capitalised() > 0) {
                corpusNames.add(c.word());
            }
        }
        for (Candidate c : candidates) {
            String evidence = c.capitalised() > 0
                    ? "the corpus writes it '" + c.fixed() + "' " + c.capitalised() + " time" + (c.capitalised() == 1 ? "" : "s")
                    : "the lexicon knows it only as '" + c.fixed() + "'";
            String own = ownEvidence.get(c.word());
            if (own == null && corpusNames.stream().anyMatch(w -> !w.equals(c.word()))) {
                own = ", and this article writes other names in lower case too";
            }
            if (own == null) {
                continue; // no evidence in the article that it is not a common word or a form written so on purpose
            }
            ctx.report(ID, c.unit(), c.start(), c.end(),
                    "Proper noun '" + c.word() + "' is written in lower case; " + evidence + own,
                    "Write '" + c.fixed() + "'" + FixWording.SUGGESTED,
                    List.of(c.unit().edit(c.start(), c.end(), c.fixed())));
        }
    }

    /** Month and day names and the like, capitalised in every use: {@code always-capitalised.txt}. */
    private static final Set<String> ALWAYS_CAPITALISED = WordFiles.read("always-capitalised.txt");

    /**
     * The evidence the word has on its own that it is a name here (the end of the message), or null: the article writes it
     * capitalised elsewhere, the corpus writes it capitalised {@value #MIN_CORPUS_USES_ALONE} times or more, or English
     * always capitalises it.
     */
    private static String ownEvidence(List<TextUnit> units, Candidate c) {
        if (writtenAloneCapitalised(units, c.fixed())) {
            return ", as this article does elsewhere";
        }
        if (c.capitalised() >= MIN_CORPUS_USES_ALONE) {
            return "";
        }
        return ALWAYS_CAPITALISED.contains(c.word()) ? ", and English always writes it so" : null;
    }

    /** A word the other tests let through, with the capitalised form it would take and the corpus's count of it. */
    private record Candidate(TextUnit unit, int start, int end, String word, String fixed, int capitalised) {
    }

    /**
     * How often the corpus must write a word capitalised inside sentences for that alone to show it is a name: below
     * it, the article itself must show it (see {@link #check}).
     */
    static final int MIN_CORPUS_USES_ALONE = 20;

    /**
     * The article writes {@code fixed} capitalised inside a sentence on its own, not as a part of a longer name: not after
     * a sentence end, a line start or a colon, and neither the word before nor the word after it capitalised
     * ("Xiaomi’s online store", not "the Powercat Powerline Wi-Fi adapter" nor "Hebe ‘Wiri Mist’").
     */
    static boolean writtenAloneCapitalised(List<TextUnit> units, String fixed) {
        for (TextUnit u : units) {
            String t = u.text();
            for (int i = t.indexOf(fixed); i >= 0; i = t.indexOf(fixed, i + 1)) {
                int end = i + fixed.length();
                boolean joinedBefore = i > 0
                        && (Character.isLetterOrDigit(t.charAt(i - 1)) || "-_/@#".indexOf(t.charAt(i - 1)) >= 0);
                boolean joinedAfter = end < t.length() && (Character.isLetterOrDigit(t.charAt(end)) || t.charAt(end) == '-');
                if (joinedBefore || joinedAfter) {
                    continue;
                }
                int b = i - 1;
                while (b >= 0 && " \t\"\u201C\u2018'(".indexOf(t.charAt(b)) >= 0) {
                    b--;
                }
                if (b < 0 || ".!?:\n\u2026".indexOf(t.charAt(b)) >= 0) {
                    continue; // a sentence or line start: the capital says nothing
                }
                int w = b;
                while (w >= 0 && Character.isLetter(t.charAt(w))) {
                    w--;
                }
                boolean capitalBefore = w < b && Character.isUpperCase(t.charAt(w + 1));
                int a = end;
                while (a < t.length() && (t.charAt(a) == ' ' || t.charAt(a) == '\t')) {
                    a++;
                }
                boolean capitalAfter = a > end && a < t.length()
                        && (Character.isUpperCase(t.charAt(a)) || "\"\u201C\u2018'".indexOf(t.charAt(a)) >= 0);
                if (!capitalBefore && !capitalAfter) {
                    return true;
                }
            }
        }
        return false;
    }
}
