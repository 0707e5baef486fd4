package dev.gazette.validate.rules.text;

import dev.gazette.analysis.text.Lexicon;
import dev.gazette.analysis.text.TextUnit;
import dev.gazette.model.TextEdit;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.Rule;
import java.util.List;
import java.util.Set;

/**
 * Finds a word written twice in a row ("the the"), with one space or a line break between
 * them (words in table columns, with runs of spaces between, are not prose). Left alone, as
 * English that writes a word twice on purpose:
 * <ul>
 * <li>doubles English allows ("had had", "that that", "told her her brother", "please please";
 * the list is doubled-words-allowed.txt), and interjections and sound words said twice by convention ("Knock knock!",
 * "tut tut", "choo choo"; reduplications.txt);</li>
 * <li>an intensifier repeated for emphasis before the word it strengthens ("way way too large", "really really
 * good"; doubled-intensifiers.txt), unless a determiner or preposition before it makes it a noun ("the way way"), and
 * an evaluative adjective repeated before the word it qualifies ("you stupid stupid people", "the sweet sweet
 * reminder"; doubled-adjectives.txt);</li>
 * <li>a word whose copy runs on into an address or identifier ("git remote add dokku dokku@host", "user user/repo"):
 * the second is part of a longer token, not a word written twice;</li>
 * <li>capitalised doubles (names such as "Bora Bora"), and a capitalised word followed by its
 * lower-case copy when it is not a function word and does not start a sentence: the end of a name
 * before a common noun ("the Iowa City city council", "Le Clip clip-on watches") or a short call
 * repeated inside quotation marks ("“Shame shame!”"), also a capitalised pair that stands alone as a call, right
 * before "!", ":" or "?" ("Shame shame: the year's worst deals" as a headline); at the start of a sentence it is
 * otherwise reported ("Farmers farmers said"), as is "The the";</li>
 * <li>the epithet of a scientific name written twice, as a trinomial names a subspecies ("Ceratotherium simum simum",
 * "Corvus corax corax"): a lower-case word with a Latin ending that the lexicon does not know, after a capitalised genus;</li>
 * <li>a word joined by a hyphen to the word before or after it: the end of a compound before a
 * preposition ("a sit-in in the square") or a word before a compound that starts with it ("buy
 * one one-hundredth of a share");</li>
 * <li>a word said three times or more, unless a function word ("blah blah blah"; "the the the" is
 * reported), also when the first is capitalised at the start of a sentence ("Woo woo woo.": a call, not a typo);</li>
 * <li>a paragraph or line that is only the two words (page furniture, share buttons, tag
 * lists), and a line of share buttons, each a name and its icon label in another case ("Send via email email Share on
 * Reddit reddit");</li>
 * <li>a preposition doubled after a wh-word and its clause's subject in the same clause, or before
 * a wh-word: the first ends the clause it is stranded in ("what we are living in in Gaza", "how
 * much work they put in in 2020", "talks going on on how to do it"); after a wh-word that is the
 * subject ("which begins on on Monday") it is reported.</li>
 * </ul>
 * The fix deletes the second word.
 */
public final class DoubledWordRule implements Rule {

    public static final String ID = "doubled-word";

    private static final Set<String> ALLOWED = WordFiles.read("doubled-words-allowed.txt");

    /** Interjections and sound words said twice by convention ("knock knock", "tut tut"): {@code reduplications.txt}. */
    private static final Set<String> REDUPLICATIONS = WordFiles.read("reduplications.txt");

    /** Degree words a speaker repeats for emphasis ("way way too large"): {@code doubled-intensifiers.txt}. */
    private static final Set<String> INTENSIFIERS = WordFiles.read("doubled-intensifiers.txt");

    /** Evaluative adjectives said twice for emphasis before the word they qualify: {@code doubled-adjectives.txt}. */
    private static final Set<String> ADJECTIVES = WordFiles.read("doubled-adjectives.txt");

    /** Words before an intensifier that make it a noun or an object ("the way way", "by far far"): a typo then. */
    private static final Set<String> NOUN_MAKERS = Set.of("a", "an", "the", "this", "that", "these", "those", "my", "your",
            "his", "her", "its", "our", "their", "no", "any", "every", "each", "some", "by", "in", "on", "of", "to", "as",
            "so", "how", "too", "very");

    /** Characters that join a word to the rest of an address or identifier with no space ("dokku@host", "user/repo"). */
    private static final String TOKEN_JOINERS = "@/:=_.";

    /** Prepositions and particles that a clause may end with (a stranded preposition). */
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "to", "for", "with", "about", "from", "of",
            "by", "up", "out", "off", "over", "down", "into", "through", "around", "under");

    /** Words that open a wh-clause or a relative clause whose preposition may be left at its end. */
    private static final Set<String> WH_WORDS = Set.of("what", "which", "who", "whom", "whose", "where", "how",
            "whatever", "whichever", "whoever", "whether");

    /** The farthest back, in characters, a wh-word is looked for before a doubled preposition. */
    private static final int WH_REACH = 80;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ArticleContext ctx) {
        for (TextUnit u : ctx.analysis().text().units(true)) {
            String t = u.text();
            int[] prev = {-1, -1};
            u.forEachWord((start, end) -> {
                int ps = prev[0];
                int pe = prev[1];
                prev[0] = start;
                prev[1] = end;
                if (ps < 0 || end - start != pe - ps || start - pe != 1 || !Character.isWhitespace(t.charAt(pe))
                        || !t.regionMatches(true, ps, t, start, end - start)) {
                    return;
                }
                String word = t.substring(start, end);
                if (deliberate(t, ps, pe, start, end)) {
                    return;
                }
                List<TextEdit> edits;
                if (u.contiguous(pe, end)) {
                    edits = List.of(u.edit(pe, end, ""));
                } else if (end < t.length() && t.charAt(end) == ' ' && u.contiguous(start, end + 1)) {
                    edits = List.of(u.edit(start, end + 1, ""));
                } else {
                    edits = List.of();
                }
                ctx.report(ID, u, ps, end, "Word '" + word + "' is doubled: '" + t.substring(ps, end) + "'",
                        "Write '" + t.substring(ps, pe) + "' once" + FixWording.SUGGESTED, edits);
            });
        }
    }

    /** The two words are written twice on purpose, or are not one word written twice (see the class comment). */
    private static boolean deliberate(String t, int ps, int pe, int start, int end) {
        String lower = Lexicon.lowerCase(t.substring(start, end));
        boolean firstUpper = Character.isUpperCase(t.charAt(ps));
        boolean secondUpper = Character.isUpperCase(t.charAt(start));
        if (ALLOWED.contains(lower) || REDUPLICATIONS.contains(lower) || (firstUpper && secondUpper)) {
            return true;
        }
        if (partOfToken(t, ps, end)) {
            return true; // "add dokku dokku@host": the copy is the start of an address, not a word written twice
        }
        if (INTENSIFIERS.contains(lower) && emphatic(t, ps, end)) {
            return true; // "way way too large"
        }
        if (ADJECTIVES.contains(lower) && wordFollows(t, end)) {
            return true; // "you stupid stupid people", "the sweet sweet reminder"
        }
        if (!firstUpper && secondUpper) {
            return true; // "retire early Early retirement": a list of tags or keywords, not a doubled word
        }
        if (!firstUpper && speciesEpithet(t, ps, lower)) {
            return true; // "Ceratotherium simum simum": a trinomial's epithet written twice, a scientific name
        }
        boolean tripled = sameWordBefore(t, ps, pe) || sameWordAfter(t, start, end);
        if (tripled && !Lexicon.bundled().isFunctionWord(lower)) {
            return true; // "Woo woo woo.", "Blah blah blah": said three times, a call or a sound, even opening a sentence
        }
        if (firstUpper && !Lexicon.bundled().isFunctionWord(lower)) {
            // inside a sentence the capital ends a name ("Iowa City city council"); after an opening quote it starts a
            // call or chant ("“Shame shame!”"); at the start of a sentence it is a typo ("Farmers farmers said")
            int j = ps - 1;
            while (j >= 0 && Character.isWhitespace(t.charAt(j))) {
                j--;
            }
            if (j >= 0 && OPENING_QUOTES.indexOf(t.charAt(j)) >= 0) {
                return shortQuotation(t, end); // "“Shame shame!”"; "“Growth growth was slow, he said”" is a typo
            }
            if (end < t.length() && CALL_ENDS.indexOf(t.charAt(end)) >= 0) {
                return true; // "Shame shame: the year's worst deals": a call standing alone, not a sentence's subject
            }
            return j >= 0 && ".!?".indexOf(t.charAt(j)) < 0;
        }
        if ((ps > 0 && isHyphen(t.charAt(ps - 1))) || (end < t.length() && isHyphen(t.charAt(end)))) {
            return true; // "a sit-in in the square", "one one-hundredth"
        }
        if (t.substring(0, ps).isBlank() && t.substring(end).isBlank()) {
            return true; // a line of page furniture: "share share"
        }
        if (ShareLabels.widgetLine(t, ps)) {
            return true; // a share widget's name and icon label: "via email email Share via WhatsApp whatsapp"
        }
        return PREPOSITIONS.contains(lower) && (whClauseBefore(t, ps) || whWordAfter(t, end));
    }

    /** Endings of the Latin epithets of scientific names ("simum", "gorilla", "pygmaeus", "lotor", "corax", "nigripes"). */
    private static final java.util.regex.Pattern LATIN_EPITHET =
            java.util.regex.Pattern.compile("\\p{Ll}{2,}(?:us|um|a|i|ae|is|es|or|ax|ex|ix|ii|ensis|ium|ata|ica|ana|ides|oides)");

    /**
     * A scientific name's epithet written twice, as trinomials are ("Ceratotherium simum simum", "Gorilla beringei
     * beringei"): the doubled word is lower case, has a Latin ending, is no English word the lexicon knows, and follows
     * a capitalised genus name (or a first epithet that does) with one space between.
     */
    private static boolean speciesEpithet(String t, int ps, String lower) {
        if (Lexicon.bundled().isWord(lower) || !LATIN_EPITHET.matcher(lower).matches() || ps < 2 || t.charAt(ps - 1) != ' ') {
            return false;
        }
        int s = ps - 1;
        while (s > 0 && Character.isLetter(t.charAt(s - 1))) {
            s--;
        }
        if (s == ps - 1 || (s > 0 && Character.isLetterOrDigit(t.charAt(s - 1)))) {
            return false;
        }
        String before = t.substring(s, ps - 1);
        if (Character.isUpperCase(before.charAt(0))) {
            return before.length() > 1 && before.substring(1).chars().allMatch(Character::isLowerCase);
        }
        return LATIN_EPITHET.matcher(before).matches() && !Lexicon.bundled().isWord(before) && speciesEpithet(t, s, before);
    }

    /**
     * The first word is the end of a token that runs on from an address or identifier before it, or the second the
     * start of one that runs on after it: a joining mark and a letter or digit with no space between.
     */
    private static boolean partOfToken(String t, int ps, int end) {
        boolean after = end + 1 < t.length() && TOKEN_JOINERS.indexOf(t.charAt(end)) >= 0
                && Character.isLetterOrDigit(t.charAt(end + 1));
        boolean before = ps >= 2 && TOKEN_JOINERS.indexOf(t.charAt(ps - 1)) >= 0 && Character.isLetterOrDigit(t.charAt(ps - 2));
        return after || before;
    }

    /**
     * An intensifier said twice before the word it strengthens, on the same line: a word follows the pair after one
     * space, and the word before the pair is not a determiner or preposition that would make it a noun.
     */
    private static boolean emphatic(String t, int ps, int end) {
        if (!wordFollows(t, end)) {
            return false;
        }
        int e = ps - 1;
        while (e >= 0 && t.charAt(e) == ' ') {
            e--;
        }
        int s = e + 1;
        while (s > 0 && Character.isLetter(t.charAt(s - 1))) {
            s--;
        }
        return s > e || !NOUN_MAKERS.contains(Lexicon.lowerCase(t.substring(s, e + 1)));
    }

    private static final String OPENING_QUOTES = "\u201C\"\u2018\u00AB";

    /** Marks right after a capitalised pair that make it a call standing alone ("Shame shame!", "Shame shame:"). */
    private static final String CALL_ENDS = "!:?";

    /** A word follows the pair on the same line, after one space: the pair qualifies it. */
    private static boolean wordFollows(String t, int end) {
        return end + 1 < t.length() && t.charAt(end) == ' ' && Character.isLetter(t.charAt(end + 1));
    }

    /** The most characters a quoted call runs on after its doubled word before the closing quote. */
    private static final int MAX_CALL_TAIL = 12;

    /** A closing double quote soon after {@code end}, on the same line: a short quoted call or chant. */
    private static boolean shortQuotation(String t, int end) {
        for (int i = end; i < t.length() && i - end <= MAX_CALL_TAIL && t.charAt(i) != '\n'; i++) {
            char c = t.charAt(i);
            if (c == '\u201D' || c == '"' || c == '\u00BB') {
                return true;
            }
        }
        return false;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** The word before {@code ps} (one space or line break between) is the same word. */
    private static boolean sameWordBefore(String t, int ps, int pe) {
        int n = pe - ps;
        int s = ps - 1 - n;
        return s >= 0 && Character.isWhitespace(t.charAt(ps - 1)) && (s == 0 || !Character.isLetterOrDigit(t.charAt(s - 1)))
                && t.regionMatches(true, s, t, ps, n);
    }

    /** The word after {@code end} (one space or line break between) is the same word. */
    private static boolean sameWordAfter(String t, int start, int end) {
        int n = end - start;
        int s = end + 1;
        return s + n <= t.length() && Character.isWhitespace(t.charAt(end))
                && (s + n == t.length() || !Character.isLetterOrDigit(t.charAt(s + n))) && t.regionMatches(true, s, t, start, n);
    }

    /**
     * A wh-clause with its own subject earlier in the same clause (no punctuation between it and {@code ps}): the
     * wh-word is the object the preposition is stranded from ("what we are living in", "how much work they put in").
     * A wh-word followed by its verb is the subject ("the talks, which begin on on Monday"): no stranding.
     */
    private static boolean whClauseBefore(String t, int ps) {
        int from = Math.max(0, ps - WH_REACH);
        for (int i = ps - 1; i >= from; i--) {
            char c = t.charAt(i);
            if (c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '(' || c == '\n'
                    || c == '"' || c == '\u201C' || c == '\u201D' || c == '\'' || c == '\u2019') {
                from = i + 1;
                break;
            }
        }
        String[] words = t.substring(from, ps).strip().split("\\s+");
        for (int w = 0; w < words.length; w++) {
            if (!WH_WORDS.contains(Lexicon.lowerCase(words[w]))) {
                continue;
            }
            int next = w + 1;
            if (next < words.length && (words[next].equalsIgnoreCase("much") || words[next].equalsIgnoreCase("many"))) {
                next += 2; // "how much work", "how many people"
            }
            if (next < words.length && SUBJECT_STARTS.contains(Lexicon.lowerCase(words[next]))) {
                return true;
            }
        }
        return false;
    }

    /** Words that start a clause's subject: personal pronouns and determiners. */
    private static final Set<String> SUBJECT_STARTS = Set.of("i", "we", "you", "he", "she", "it", "they", "the", "a", "an",
            "this", "that", "these", "those", "my", "our", "your", "his", "her", "their", "its", "people");

    /** The word after the pair opens a wh-clause ("going on on how to"). */
    private static boolean whWordAfter(String t, int end) {
        int s = end;
        while (s < t.length() && Character.isWhitespace(t.charAt(s))) {
            s++;
        }
        int e = s;
        while (e < t.length() && Character.isLetter(t.charAt(e))) {
            e++;
        }
        return s > end && WH_WORDS.contains(Lexicon.lowerCase(t.substring(s, e)));
    }
}
