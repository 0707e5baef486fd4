package dev.gazette.analysis.names;

import dev.gazette.analysis.names.NameKeys.NameKey;
import dev.gazette.analysis.text.Lexicon;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Compares two name forms: the level of each {@link Comparison} the pair falls into, and the
 * rules that keep two forms apart whatever the weights say (two different English words:
 * "Farm" / "Firm", "Gold" / "Could"; two different places of the gazetteer: "Ghana" /
 * "Kenya"). Stateless and thread-safe.
 */
final class PairComparer {

    /** Jaro-Winkler similarity of the joined keys above which two keys are close. */
    static final double NEAR_SIMILARITY = 0.9;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private final NameKeys keys;
    private final Lexicon english;
    private final Set<String> gazetteer;
    /** The joined keys of the lexicon's given names: a one-word form with one of them is a given name. */
    private final Set<String> givenNameKeys;

    PairComparer(NameKeys keys, Lexicon english, Set<String> gazetteer) {
        this.keys = keys;
        this.english = english;
        this.gazetteer = gazetteer;
        Set<String> given = new HashSet<>();
        for (String g : keys.lexicon().givenNames) {
            NameKey k = keys.key(g, false);
            if (k.size() == 1 && !k.acronym()) {
                given.add(k.concat());
            }
        }
        this.givenNameKeys = Set.copyOf(given);
    }

    NameKeys keys() {
        return keys;
    }

    Lexicon english() {
        return english;
    }

    /**
     * The levels of a pair, and what the explanation says about them.
     *
     * @param name        the name level, or -1 when the names are not alike enough to compare
     * @param type        the type level
     * @param words       the words level
     * @param context     the context level
     * @param role        the role level
     * @param period      the period level
     * @param sharedNames co-occurring names the two contexts share (estimated for large contexts)
     * @param sharedWords content words the two contexts share
     */
    record Gamma(int name, int type, int words, int context, int frequency, int together, int role, int period,
                 double sharedNames, double sharedWords) {

        int level(Comparison c) {
            return switch (c) {
                case NAME -> name;
                case TYPE -> type;
                case WORDS -> words;
                case CONTEXT -> context;
                case FREQUENCY -> frequency;
                case TOGETHER -> together;
                case ROLE -> role;
                case PERIOD -> period;
            };
        }
    }

    /**
     * The levels of the pair, or null when the names are not alike enough to compare;
     * {@code together} is the number of articles that write both forms.
     */
    Gamma compare(FormNode a, FormNode b, int together) {
        int name = nameLevel(a, b);
        if (name < 0) {
            return null;
        }
        int type = a.type == null || b.type == null ? Comparison.UNKNOWN_TYPE
                : a.type == b.type ? Comparison.AGREE : Comparison.DISAGREE;
        int words = a.english || b.english ? Comparison.ENGLISH : Comparison.PLAIN_NAME;
        int context = Comparison.UNKNOWN_CONTEXT;
        int role = Comparison.UNKNOWN_ROLE;
        int period = Comparison.UNKNOWN_PERIOD;
        double sharedNames = 0;
        double sharedWords = 0;
        FormContext x = a.context;
        FormContext y = b.context;
        if (x != null && y != null) {
            if (informative(x) && informative(y)) {
                Sketch.Overlap on = Sketch.overlap(x.names, y.names);
                Sketch.Overlap ow = Sketch.overlap(x.words, y.words);
                sharedNames = on.shared();
                sharedWords = ow.shared();
                double s = Math.max(share(sharedNames, x.names, y.names), share(sharedWords, x.words, y.words));
                context = s >= 0.5 ? Comparison.STRONG : s >= 0.25 ? Comparison.SOME : s > 0 ? Comparison.WEAK
                        : Comparison.NONE;
            }
            if (x.roles.size() > 0 && y.roles.size() > 0) {
                role = Sketch.overlap(x.roles, y.roles).shared() > 0 ? Comparison.SAME_ROLE : Comparison.OTHER_ROLE;
            }
            if (x.dated() && y.dated()) {
                long gap = Math.max(0L, Math.max((long) x.firstDay - y.lastDay, (long) y.firstDay - x.lastDay));
                period = gap > 365 ? Comparison.APART : Comparison.OVERLAP;
            }
        }
        int rarer = a.registry() ? b.mentions : b.registry() ? a.mentions : Math.min(a.mentions, b.mentions);
        int frequency = a.registry() && b.registry() ? Comparison.MANY
                : rarer <= 1 ? Comparison.ONCE : rarer <= 4 ? Comparison.FEW : Comparison.MANY;
        int both = together > 0 ? Comparison.SAME_ARTICLE : Comparison.APART_ARTICLES;
        if (frequency == Comparison.MANY && context == Comparison.NONE && name >= Comparison.KEY
                && name <= Comparison.NEAR_SHORT) {
            // two plain spellings, each an established name of the corpus (written five times or more),
            // whose articles share no name and no word are two names that sound alike ("Colombia", the
            // country, and "Columbia", a city or a bank), not one name spelled two ways: a writer's
            // variant of an English-language name is rare beside its usual form, or shares its
            // context; transliterations keep their weights (several spellings are the rule there)
            return null;
        }
        return new Gamma(name, type, words, context, frequency, both, role, period, sharedNames, sharedWords);
    }

    /** The shared members as a share of the smaller set (the overlap coefficient); 0 when one is empty. */
    private static double share(double shared, Sketch a, Sketch b) {
        double smaller = Math.min(a.cardinality(), b.cardinality());
        return smaller < 1 || shared < 1 ? 0 : Math.min(1, shared / smaller);
    }

    /** Enough context to compare: a few names or words around the form. */
    private static boolean informative(FormContext c) {
        return c.names.size() + c.words.size() >= 4;
    }

    /** The name level of the pair (see {@link Comparison#NAME}), or -1. */
    int nameLevel(FormNode a, FormNode b) {
        if (a.letters.isEmpty() || b.letters.isEmpty()) {
            return -1;
        }
        if (a.letters.equals(b.letters)) {
            return Comparison.EXACT;
        }
        if (!a.bare.isEmpty() && a.bare.equals(b.bare)) {
            return Comparison.ARTICLE;
        }
        if (a.key.acronym() || b.key.acronym()) {
            return acronymCompany(a.key, b.key) || acronymCompany(b.key, a.key) ? Comparison.CONTAINS_LEGAL : -1;
        }
        if (givenName(a.key) && givenName(b.key) || demonymAndName(a, b) || demonymAndName(b, a)) {
            return containment(a, b); // two spellings of a given name, or a people and a name: never a spelling
        }
        if (nisba(a.key.lastSpelled(), b.key.lastSpelled()) || nisba(b.key.lastSpelled(), a.key.lastSpelled())) {
            return containment(a, b); // "Tehrani" is of Tehran, "Soleimani" a son of Suleiman: never a spelling
        }
        int consonants = Math.min(a.key.skeleton().length(), b.key.skeleton().length());
        int offset = a.transliterated || b.transliterated ? Comparison.TRANSLITERATED_OFFSET : 0;
        // most forms' spelling and stem keys are their key itself: compared once, on the key
        boolean spellings = a.spellingKey != a.key || b.spellingKey != b.key;
        boolean stems = a.stemKey != a.key || b.stemKey != b.key;
        if (NameMatcher.strict(a.key, b.key) || spellings && NameMatcher.strict(a.spellingKey, b.spellingKey)) {
            return (consonants <= 2 ? Comparison.KEY_SHORT : Comparison.KEY) + offset;
        }
        if (NameMatcher.matches(a.key, b.key) || spellings && NameMatcher.matches(a.spellingKey, b.spellingKey)
                || stems && NameMatcher.strict(a.stemKey, b.stemKey) || near(a.key, b.key)) {
            return (consonants <= 3 ? Comparison.NEAR_SHORT : Comparison.NEAR) + offset;
        }
        return containment(a, b);
    }

    /**
     * True when {@code x} ends in the nisba "-i" after a consonant ("tehrani", "soleimani") and
     * {@code y} does not end in a vowel ("tehran", "suleiman") or ends in the place ending "-iya(h)"
     * ("sulaymaniyah"): a name made from another, not a spelling of it ("kobani" / "kobane" stays a
     * spelling).
     */
    static boolean nisba(String x, String y) {
        int n = x.length();
        if (n < 4 || x.charAt(n - 1) != 'i' || VOWELS.indexOf(x.charAt(n - 2)) >= 0) {
            return false;
        }
        String w = NOT_LETTER.matcher(y).replaceAll("");
        if (w.isEmpty()) {
            return false;
        }
        if (PLACE_ENDING.matcher(w).matches() && !w.endsWith("i")) {
            return true;
        }
        char last = w.charAt(w.length() - 1);
        return VOWELS.indexOf(last) < 0 && !(last == 'h' && w.length() > 1 && VOWELS.indexOf(w.charAt(w.length() - 2)) >= 0);
    }

    private static final String VOWELS = "aeiouy";
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");
    /** The place ending "-iya(h)" and its spellings ("sulaymaniyah"). */
    private static final Pattern PLACE_ENDING = Pattern.compile(".*iy+(a|ah|e|eh)$|.*iy?ya?h?$");

    /**
     * True when the form is one given name of the lexicon, or a spelling of one ("Mohammed",
     * "Mohamad"): a given name written alone names whoever the sentence is about, and two
     * spellings of it say nothing about whether two people are one.
     */
    private boolean givenName(NameKey k) {
        return k.size() == 1 && givenNameKeys.contains(k.concat());
    }

    /**
     * True when {@code d} is a demonym of the lexicon or its plural ("Indian", "Indians") and
     * {@code n} a place of the gazetteer: people of a place are not a spelling of a place
     * ("Indians" / "Indonesia", "Filipinos" / "Philippines"). A misspelt demonym ("Canadaian")
     * may still be a spelling of the demonym.
     */
    private static boolean demonymAndName(FormNode d, FormNode n) {
        return d.demonym && n.gazetteerPlace;
    }

    /** True when the name is a demonym of the lexicon or its plural ("Indian", "Indians"); read once per form. */
    boolean demonym(NameKey k) {
        String w = String.join(" ", k.spelled());
        Set<String> dem = keys.lexicon().demonyms;
        return dem.contains(w) || w.endsWith("s") && dem.contains(w.substring(0, w.length() - 1));
    }

    /** Jaro-Winkler similarity of two given names' keys (same first letter) above which they may be one name. */
    static final double GIVEN_NAME_SIMILARITY = 0.8;

    /**
     * The surname of a person's full name, as the consonants of the last word's key, or null when
     * the form is not one: two to four words, typed person by its cues or opening with a given name
     * of the lexicon, no title or particle among the words before the last ("Hojatoleslam", "Abu").
     * Two full names of one surname with different given names are two people
     * ({@link #differentGivenNames}).
     */
    String personSurname(FormNode n) {
        NameKey k = n.key;
        if (k.acronym() || k.size() < 2 || k.size() > 4 || k.size() != k.spelled().size()
                || n.type != EntityType.PERSON && !givenNameKeys.contains(k.words().get(0))) {
            return null;
        }
        for (int i = 0; i < k.size() - 1; i++) {
            String w = k.spelled().get(i);
            if (keys.lexicon().titles.contains(w) || keys.lexicon().isParticle(w)) {
                return null;
            }
        }
        String last = k.last();
        StringBuilder consonants = new StringBuilder(last.length());
        for (int i = 0; i < last.length(); i++) {
            if (Character.isLowerCase(last.charAt(i))) {
                consonants.append(last.charAt(i));
            }
        }
        return consonants.length() >= 2 ? consonants.toString() : null;
    }

    /**
     * True when two full names (see {@link #personSurname}) share no given name: no word before the
     * surname of one is a spelling, an initial or a short form of a word before the surname of the
     * other ("Alireza" / "Ebrahim", "Donald" / "Ronald", "Nizar" / "Naftali": two people; "Ebrahim"
     * / "Ibrahim", "J." / "James", "Mike" / "Michael", "Mohammad Javad" / "Javad": not told apart).
     * A spelling may change vowels and the letters inside, not the first letter.
     */
    static boolean differentGivenNames(FormNode a, FormNode b) {
        List<String> x = a.key.words();
        List<String> y = b.key.words();
        for (int i = 0; i < x.size() - 1; i++) {
            for (int j = 0; j < y.size() - 1; j++) {
                if (oneGivenName(x.get(i), y.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean oneGivenName(String p, String q) {
        return NameMatcher.sameWord(p, q) || p.startsWith(q) || q.startsWith(p)
                || p.charAt(0) == q.charAt(0) && JARO_WINKLER.apply(p, q) >= GIVEN_NAME_SIMILARITY;
    }

    /** Keys with the same consonants whose joined keys are close by Jaro-Winkler ("Deir Ezzor" / "Deir ez-Zor"). */
    private static boolean near(NameKey a, NameKey b) {
        if (!a.skeleton().equals(b.skeleton()) || a.skeleton().length() < 3) {
            return false;
        }
        return JARO_WINKLER.apply(a.concat(), b.concat()) >= NEAR_SIMILARITY;
    }

    /** The containment level of the pair, or -1 when neither name lies inside the other. */
    private int containment(FormNode a, FormNode b) {
        NameKey s = a.key.size() < b.key.size() ? a.key : b.key;
        NameKey l = s == a.key ? b.key : a.key;
        int m = s.size();
        int n = l.size();
        if (m == 0 || m >= n) {
            return -1;
        }
        // a coordinated name is none of its conjuncts: "Jammu & Kashmir" is not Kashmir, "Trinidad and
        // Tobago" not Tobago
        if (coordinated((s == a.key ? b : a).surface)) {
            return -1;
        }
        if (matchesAt(s, l, n - m)) {
            // "University of Michigan" is not Michigan, "Bank of Japan" not Japan, "University of
            // the Philippines" not the Philippines
            String before = l.spelled().get(n - m - 1);
            if (keys.lexicon().connectors.contains(before) || before.equals("the") && n - m >= 2
                    && keys.lexicon().connectors.contains(l.spelled().get(n - m - 2) + " the")) {
                // but a state's formal name is its short name with what names the state's form, as a legal form
                // follows a company's name: "Republic of Valmora" is Valmora (not a formal name the gazetteer lists as
                // a place of its own: "Republic of China")
                return formalName(l, n - m) && gazetteer.contains(String.join(" ", s.spelled()))
                        && !gazetteer.contains(String.join(" ", l.spelled())) ? Comparison.CONTAINS_LEGAL : -1;
            }
            // a direction in front of a name makes another place of it: "West Virginia" is not
            // Virginia, "Eastern Mediterranean" not the Mediterranean
            if (n - m == 1 && keys.lexicon().directions.contains(before)) {
                return -1;
            }
            // a place of several words in the gazetteer is another place than its last words: "Latin
            // America" is not America, "Central Asia" not Asia (the words before it are no direction)
            if (gazetteer.contains(String.join(" ", l.spelled()))) {
                return -1;
            }
            // in an Arabic name what follows "bin", "bint", "abu" or "umm" inside the name is the father's, the
            // mother's or the child's name: "Tamar" is not "Idris bin Tamar", nor "Tamar Al-Dawud" "Idris
            // bin Tamar Al-Dawud" (not a kinship word that opens the longer name: "Ben Quellan" is Quellan)
            if (n - m >= 2 && keys.lexicon().normalParticles.containsKey(before)) {
                return -1;
            }
            // a nasab of two names or more ("Tamar Al-Idris Al-Dawud", "Tamar bin Idris") ending a longer name
            // after a given name is the father's chain in the son's name ("Sami Tamar Al-Idris Al-Dawud"), not
            // the son shortened: the shorter name is the father (a middle name left out is the other case:
            // "Javad Quellani" for "Mohammad Javad Quellani", whose second word is no article or kinship word)
            if (m >= 2 && keys.lexicon().nasab((s == a.key ? a : b).surface) && !titlesOnly(l, n - m)) {
                return -1;
            }
            // a place of the gazetteer is none of the longer names typed person or organisation that end with it: a
            // person or a company named after it ("Dellan Tunis", "Remmat Al-Tunis"); only the article, which the
            // key leaves out, may stand before it (a longer place, "Greater X", is weighed as before); nor, whatever
            // its type, a longer name whose words before the place are not all qualifiers of a place
            // ({@code placeQualifiers}: "Greater", "Mainland"): a group, a shop, a team or an event named with the
            // place ("Rainbow Valmora", "Spar Quell Bay", "Team Valmora", "Afro Fest Valmora"); the same for a place the
            // gazetteer does not list, typed place by its own words ("Quell Bay": two place votes a mention or more, not
            // the one of a preposition before it, which a surname gets too: "to Quellmark") and never cued as a person's
            FormNode shorterNode = s == a.key ? a : b;
            boolean gazetteerPlace = gazetteer.contains(String.join(" ", s.spelled()));
            if (gazetteerPlace || shorterNode.type == EntityType.PLACE && shorterNode.votes[0] == 0
                    && shorterNode.votes[2] >= 2L * Math.max(1, shorterNode.mentions)) {
                FormNode longerNode = s == a.key ? b : a;
                if (gazetteerPlace && (longerNode.type == EntityType.PERSON || longerNode.type == EntityType.ORGANISATION)
                        || !qualifiersOnly(l, n - m)) {
                    return -1;
                }
            }
            // a word that only sounds like the organisation word ending the longer name is not in
            // it: "Krupp" is not held in "Ball Group", "Cole" not in "Alcan Co"
            String end = l.spelled().get(n - 1);
            if (!s.lastSpelled().equals(end)
                    && (keys.lexicon().orgHeads.contains(end) || keys.lexicon().legalForms.contains(end))) {
                return -1;
            }
            return Comparison.CONTAINS_END;
        }
        if (matchesAt(s, l, 0)) {
            // a place or a person followed by organisation words names an organisation, not the place
            // or the person: "Iran Air", "Kuwait Airways", "Japan Bank" (with a legal form only, see
            // NameClusterer#joinContained); a foundation, an institute named after a person
            if ((gazetteer.contains(String.join(" ", s.spelled())) || person(s == a.key ? a : b))
                    && organisationAfter(l, m)) {
                return -1;
            }
            boolean legal = true;
            for (int i = m; i < n && legal; i++) {
                legal = keys.lexicon().legalForms.contains(l.spelled().get(i));
            }
            FormNode shorter = s == a.key ? a : b;
            FormNode longer = shorter == a ? b : a;
            // a town typed place by its cues is not the newspaper named after it ("Quillton News")
            if (legal || m == 1 && media(l, m) && shorter.type != EntityType.PLACE) {
                return Comparison.CONTAINS_LEGAL;
            }
            // a hospital, a mosque, a prison is named by its name alone once the article has said what
            // it is ("al-Shifa" for "al-Shifa Hospital"), as a person is named by the surname; not where
            // the name alone is written far more often than the building (a town, a country, a person
            // the building is named after: "Ramallah" beside "Ramallah Hospital")
            return n - m == 1 && keys.lexicon().classNouns.contains(l.spelled().get(m))
                    && shorter.mentions <= 2L * longer.mentions ? Comparison.CONTAINS_CLASS : Comparison.CONTAINS_OTHER;
        }
        // words left out inside: the first and last words kept ("Ali Larijani" / "Ali Ardashir Larijani")
        if (m >= 2 && NameMatcher.sameWord(s.words().get(0), l.words().get(0))
                && NameMatcher.sameWord(s.last(), l.last())) {
            int j = 1;
            for (int i = 1; i < n - 1 && j < m - 1; i++) {
                if (NameMatcher.sameWord(s.words().get(j), l.words().get(i))) {
                    j++;
                }
            }
            if (j == m - 1) {
                return Comparison.CONTAINS_OTHER;
            }
        }
        return -1;
    }

    /** True when the first {@code count} words of {@code l} are the words of a state's formal name ("Republic of"). */
    boolean formalName(NameKey l, int count) {
        return count >= 2 && count < l.size()
                && keys.lexicon().stateForms.contains(String.join(" ", l.spelled().subList(0, count)));
    }

    /** True when the first {@code count} words of {@code l} are qualifiers of a place ("Greater", "Mainland"). */
    private boolean qualifiersOnly(NameKey l, int count) {
        for (int i = 0; i < count; i++) {
            if (!keys.lexicon().placeQualifiers.contains(l.spelled().get(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when the first {@code count} words of {@code l} are titles ("Sheikh", "Highness"), not names. */
    private boolean titlesOnly(NameKey l, int count) {
        int i = 0;
        while (i < count) {
            int t = keys.lexicon().titles.match(l.spelled(), i, count - i);
            if (t == 0) {
                return false;
            }
            i += t;
        }
        return true;
    }

    /**
     * True when the form names a person: typed person by its cues (a surname the corpus writes for a
     * person: "said", a title before it), or opening with a given name of the lexicon.
     */
    private boolean person(FormNode n) {
        return !n.key.acronym() && (n.type == EntityType.PERSON || givenNameKeys.contains(n.key.words().get(0)));
    }

    /**
     * True when the words of {@code l} from {@code from} are organisation words or legal forms, one an
     * organisation word that is no legal form ("Foundation", "Air"; not "Co", "Corp", "AG", which the
     * lexicon lists as both: "Boeing Co" is Boeing with its legal form, even where "Boeing said" typed
     * the name alone a person).
     */
    private boolean organisationAfter(NameKey l, int from) {
        boolean head = false;
        for (int i = from; i < l.size(); i++) {
            String w = l.spelled().get(i);
            boolean legal = keys.lexicon().legalForms.contains(w);
            boolean org = keys.lexicon().orgHeads.contains(w);
            if (!org && !legal) {
                return false;
            }
            head |= org && !legal;
        }
        return head;
    }

    /** True when a name is written as two names joined by "&" or "and" ("Jammu & Kashmir", "Trinidad and Tobago"). */
    static boolean coordinated(String surface) {
        return surface.indexOf('&') >= 0 || surface.contains(" and ");
    }

    /**
     * True when {@code l} is the acronym {@code s} followed by legal forms only ("CBS" / "CBS Inc",
     * "NYNEX" / "NYNEX Corp"): the company's own name with its legal form, compared as any name is
     * with its legal form (an acronym is otherwise compared letter for letter, never by key).
     */
    private boolean acronymCompany(NameKey s, NameKey l) {
        if (!s.acronym() || l.acronym() || l.size() < 2 || !l.words().get(0).equalsIgnoreCase(s.concat())) {
            return false;
        }
        if (media(l, 1)) {
            return true; // "QBC" / "QBC News": a network and its news service
        }
        for (int i = 1; i < l.size(); i++) {
            if (!keys.lexicon().legalForms.contains(l.spelled().get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the words of {@code l} from {@code from} on are what names a news organisation's
     * news service ({@code mediaNouns}: "News"): "Quill News" is Quill as "Quill Inc" is (only after
     * a one-word name or an acronym; a place or a person before them is kept apart by
     * {@link #containment} first).
     */
    private boolean media(NameKey l, int from) {
        int n = l.size() - from;
        return n >= 1 && keys.lexicon().mediaNouns.match(l.spelled(), from, n) == n;
    }

    private static boolean matchesAt(NameKey s, NameKey l, int offset) {
        for (int i = 0; i < s.size(); i++) {
            if (!NameMatcher.sameWord(s.words().get(i), l.words().get(offset + i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the name is written as a place of the gazetteer, of one word or more ("Luxembourg", "New York");
     * read once per form.
     */
    boolean gazetteerPlace(NameKey k) {
        return !k.acronym() && gazetteer.contains(String.join(" ", k.spelled()));
    }

    /** True when the form is one word that the gazetteer lists as a place ("Mexico", "Kuwait"). */
    boolean place(FormNode n) {
        return !n.key.acronym() && n.key.size() == 1 && gazetteer.contains(n.key.lastSpelled());
    }

    /**
     * True when the two forms cannot be one entity whatever the weights: written word for word
     * alike but for a word that is a different English word in each ("U.S. Farm" / "U.S. Firm"),
     * or for two different places of the gazetteer.
     */
    boolean apart(FormNode a, FormNode b) {
        if (a.key.acronym() || b.key.acronym() || a.key.size() != b.key.size()) {
            return false;
        }
        List<String> x = a.key.spelled();
        List<String> y = b.key.spelled();
        for (int i = 0; i < x.size(); i++) {
            String p = x.get(i);
            String q = y.get(i);
            if (p.equals(q)) {
                continue;
            }
            if (differentWords(p, q)) {
                return true;
            }
            if (gazetteer.contains(p) && gazetteer.contains(q)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code p} and {@code q} (folded) are two different common English words, not
     * one word spelled or inflected two ways ("farm" / "firm": true; "defence" / "defense",
     * "guard" / "guards": false).
     */
    boolean differentWords(String p, String q) {
        if (p.length() < 3 || q.length() < 3 || !english.isCommonWord(p) || !english.isCommonWord(q)) {
            return false;
        }
        return !keys.lexicon().orgStem(p).equals(keys.lexicon().orgStem(q));
    }

    /** True when {@code p} and {@code q} (folded) are both common English words (the same word or not). */
    boolean bothEnglish(String p, String q) {
        return p.length() >= 2 && q.length() >= 2 && english.isCommonWord(p) && english.isCommonWord(q);
    }
}
