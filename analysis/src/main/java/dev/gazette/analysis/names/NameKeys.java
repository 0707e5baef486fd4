package dev.gazette.analysis.names;

import dev.gazette.analysis.text.Tokens;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a name as written into the key names are compared on. Folding uses the JDK's
 * {@link Normalizer} (NFD, then combining marks dropped) rather than ICU: Gazette reads
 * Latin-script news copy, where NFD already undoes every accent a transliteration uses
 * (ā, ḥ, ṣ, ğ, ş, é), and the few letters it does not decompose are rules in
 * {@code transliteration.tsv}. ICU would add 15 MB to the jar for scripts Gazette does not read.
 *
 * <p>A word's key is its transliteration-folded consonants with each vowel run replaced by a
 * class, {@code U} (holds o or u) or {@code A} (anything else): "Mohammed" and "Muhammad" are both
 * {@code mUhAmAd}, "Husayn" and "Hossein" are {@code hUsAn}, "Hassan" is {@code hAsAn}.
 */
final class NameKeys {

    /** Words remembered per cache: names repeat their words, a corpus's distinct words are far fewer. */
    static final int CACHE_LIMIT = 1 << 17;

    private final Lexicon lexicon;
    private final Transliteration rules;
    /** A word as written to its folded form (see {@link #foldWord}). */
    private final Map<String, String> foldedWords = new ConcurrentHashMap<>();
    /** A folded word to its key ({@link #wordKey}). */
    private final Map<String, String> wordKeys = new ConcurrentHashMap<>();

    NameKeys(Lexicon lexicon, Transliteration rules) {
        this.lexicon = lexicon;
        this.rules = rules;
    }

    Lexicon lexicon() {
        return lexicon;
    }

    /**
     * Lower-case, without accents and without apostrophes or their look-alikes; hyphens and
     * spaces kept (they separate words), other punctuation dropped.
     */
    static String fold(String s) {
        if (plainAscii(s)) {
            return asciiFold(s);
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            if (isApostrophe(c)) {
                continue; // ʿ and ʾ are letters to Java (modifier letters) but apostrophes here
            }
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            } else if (c == ' ' || Character.isWhitespace(c) || c == '\u00A0') {
                out.append(' ');
            } else if (isHyphen(c)) {
                out.append('-');
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean separator(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || isHyphen(c);
    }

    /** Most names are plain ASCII: no need to decompose them. */
    private static boolean plainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static String asciiFold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + 32));
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B) {
                out.append(' ');
            } else if (c == '-') {
                out.append('-');
            }
        }
        return out.toString();
    }

    static boolean isHyphen(char c) {
        return Tokens.isHyphen(c);
    }

    static boolean isApostrophe(char c) {
        return Tokens.isApostrophe(c);
    }

    /** A word as written, lower-cased, transliteration rules before folding applied, then folded. */
    String foldWord(String original) {
        String w = foldedWords.get(original);
        if (w == null) {
            w = fold(rules.beforeFolding(original.toLowerCase(Locale.ROOT)));
            if (foldedWords.size() < CACHE_LIMIT) {
                foldedWords.put(original, w);
            }
        }
        return w;
    }

    /** The key of one folded word (see the class comment). */
    String wordKey(String folded) {
        String k = wordKeys.get(folded);
        if (k == null) {
            k = keyOfWord(folded);
            if (wordKeys.size() < CACHE_LIMIT) {
                wordKeys.put(folded, k);
            }
        }
        return k;
    }

    private String keyOfWord(String folded) {
        String t = rules.apply(folded);
        StringBuilder sb = new StringBuilder(t.length());
        int n = t.length();
        char prev = 0;
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            boolean initialGlide = c == 'y' && i == 0 && i + 1 < n && Transliteration.isVowel(t.charAt(i + 1));
            if (Transliteration.isVowel(c) && !initialGlide) {
                boolean back = false;
                char last = c;
                while (i < n && Transliteration.isVowel(t.charAt(i))) {
                    last = t.charAt(i);
                    back |= last == 'o' || last == 'u';
                    i++;
                }
                if (back) {
                    sb.append('U');
                } else if (i < n || i == 1) {
                    sb.append('A');
                } else {
                    sb.append(last == 'a' ? 'A' : last == 'e' ? 'E' : 'I');
                }
                prev = 0;
            } else {
                if (c != prev) {
                    sb.append(c);
                }
                prev = c;
                i++;
            }
        }
        return sb.toString();
    }

    /** True for the vowel classes of a key: A, E, I (front) and U (back). */
    static boolean isVowelCode(char c) {
        return c == 'A' || c == 'E' || c == 'I' || c == 'U';
    }

    /** True when the surface is written as an acronym: two or more capitals, no lower-case letter. */
    static boolean isAcronym(String surface) {
        int caps = 0;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                caps++;
            } else if (!(c == '.' || c == '&' || isHyphen(c) || Character.isDigit(c))) {
                return false;
            }
        }
        return caps >= 2;
    }

    /** How English word endings are folded before keying. */
    enum Stem {
        /** Not at all. */
        NONE,
        /** British and American spellings of one word made one ("defence" = "defense"). */
        SPELLING,
        /** Also inflections and derived forms ("guards" = "guard", "revolutionary" = "revolution"). */
        INFLECTION
    }

    /** The key of a name as written; {@code organisation} folds English word endings too. */
    NameKey key(String surface, boolean organisation) {
        return key(surface, organisation ? Stem.INFLECTION : Stem.NONE);
    }

    /** The key of a name as written, English word endings folded as {@code stem} says. */
    NameKey key(String surface, Stem stem) {
        NameKey acronym = lexicon.placeInCapitals(surface) ? null : acronymKey(surface);
        return acronym != null ? acronym : key(words(surface), stem);
    }

    /**
     * The keys of a name as written with each {@link Stem} in order ({@code NONE}, {@code SPELLING},
     * {@code INFLECTION}): what {@link #key(String, Stem)} gives for each, the words read once.
     */
    NameKey[] keys(String surface) {
        NameKey acronym = lexicon.placeInCapitals(surface) ? null : acronymKey(surface);
        if (acronym != null) {
            return new NameKey[] {acronym, acronym, acronym};
        }
        Words w = words(surface);
        NameKey plain = key(w, Stem.NONE);
        // most names have no English ending to fold: their stemmed keys are the plain key, not built again
        return new NameKey[] {plain, folds(w, Stem.SPELLING) ? key(w, Stem.SPELLING) : plain,
                folds(w, Stem.INFLECTION) ? key(w, Stem.INFLECTION) : plain};
    }

    /**
     * Whether {@code stem} changes any of the words (particles normalised): when it changes none, the
     * stemmed key is the plain key.
     */
    private boolean folds(Words words, Stem stem) {
        for (String w : words.kept()) {
            String normal = lexicon.normalParticles.getOrDefault(w, w);
            if (!stemmed(normal, stem).equals(normal)) {
                return true;
            }
        }
        return false;
    }

    private String stemmed(String folded, Stem stem) {
        return stem == Stem.SPELLING ? lexicon.spellingStem(folded) : lexicon.orgStem(folded);
    }

    /**
     * The words of a name, folded, each marked when it is an article, and the key of each word
     * written in capitals inside a name that is not ("EAC" of "EAC Industries"), else null.
     */
    private record Words(List<String> kept, List<Boolean> article, List<String> capitals) {
    }

    /** The key of a name written as an acronym, or null when it is not one. */
    private static NameKey acronymKey(String surface) {
        if (isAcronym(surface)) {
            StringBuilder sb = new StringBuilder("#");
            for (int i = 0; i < surface.length(); i++) {
                char c = surface.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    sb.append(c);
                }
            }
            String k = sb.toString();
            return new NameKey(List.of(k), List.of(k), k, k, true);
        }
        return null;
    }

    private Words words(String surface) {
        // words as written, so that an article is told by its spelling: lower-case ("al Maliki"),
        // hyphenated ("Al-Maliki", "ash-Sham") or "Al"/"El" alone; never "US" or "U.S."
        List<String> kept = new ArrayList<>();
        List<Boolean> article = new ArrayList<>();
        List<String> capitals = new ArrayList<>();
        boolean lowerSomewhere = !surface.equals(surface.toUpperCase(Locale.ROOT));
        int i = 0;
        int n = surface.length();
        while (i < n) {
            while (i < n && separator(surface.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && !separator(surface.charAt(i))) {
                i++;
            }
            if (i == s) {
                continue;
            }
            String original = surface.substring(s, i);
            String w = foldWord(original);
            if (w.isEmpty()) {
                continue;
            }
            boolean hyphenated = i < n && isHyphen(surface.charAt(i));
            boolean lower = original.equals(original.toLowerCase(Locale.ROOT));
            boolean alone = w.equals("al") || w.equals("el");
            kept.add(w);
            boolean isArticle = lexicon.articles.contains(w)
                    && (lower || (hyphenated && w.length() > 1) || (alone && !isAcronym(original)));
            article.add(isArticle);
            // a word in capitals inside a name otherwise in lower case is an acronym: compared
            // letter for letter, as a name that is all acronym is ("EAC Industries" is not "IC
            // Industries"); a name in capitals throughout is shouted, not made of acronyms
            capitals.add(lowerSomewhere && !isArticle && isAcronym(original) ? "#" + w : null);
        }
        return new Words(kept, article, capitals);
    }

    private NameKey key(Words words, Stem stem) {
        boolean organisation = stem != Stem.NONE;
        List<String> kept = words.kept();
        List<Boolean> article = words.article();
        boolean allArticles = !article.contains(false);
        List<String> keys = new ArrayList<>(kept.size());
        List<String> spelled = new ArrayList<>(kept.size());
        String servant = null;
        String servantSpelled = null;
        for (int k = 0; k < kept.size(); k++) {
            String w = kept.get(k);
            if (!allArticles && article.get(k)) {
                continue;
            }
            String normal = lexicon.normalParticles.get(w);
            if (normal != null) {
                w = normal;
            }
            if (lexicon.servants.contains(w) && k + 1 < kept.size()) {
                servant = servant == null ? "abd" : servant + "abd";
                servantSpelled = servantSpelled == null ? kept.get(k) : servantSpelled + kept.get(k);
                continue;
            }
            String asWritten = kept.get(k);
            if (organisation) {
                w = stemmed(w, stem);
            }
            String key;
            String capital = words.capitals().get(k);
            if (capital != null && servant == null) {
                key = capital;
            } else if (servant != null) {
                // keyed apart and joined, as the fused spelling is ("Abd al-Hakim" = "Abdelhakim"):
                // rewriting "abd" + "hakim" in one go would read a "dh" that is not there
                key = wordKey(servant) + wordKey(w);
                asWritten = servantSpelled + asWritten;
                servant = null;
                servantSpelled = null;
            } else {
                key = wordKey(w);
            }
            keys.add(key);
            spelled.add(asWritten);
        }
        if (servant != null) {
            keys.add(wordKey(servant));
            spelled.add(servantSpelled);
        }
        if (keys.isEmpty()) {
            keys.add(wordKey(String.join("", kept)));
            spelled.add(String.join("", kept));
        }
        StringBuilder concat = new StringBuilder();
        StringBuilder skeleton = new StringBuilder();
        for (String k : keys) {
            concat.append(k);
            for (int j = 0; j < k.length(); j++) {
                char c = k.charAt(j);
                if (!isVowelCode(c)) {
                    skeleton.append(c == 'z' ? 'd' : c);
                }
            }
        }
        return new NameKey(List.copyOf(keys), List.copyOf(spelled), concat.toString(), skeleton.toString(), false);
    }

    /**
     * A name's comparison key.
     *
     * @param words    the key of each word, particles normalised and articles left out
     * @param spelled  each of those words folded but not transliterated ("gadhafi"), to tell an
     *                 exact repetition from a variant
     * @param concat   the word keys joined (for names written with or without hyphens and spaces)
     * @param skeleton the consonants of {@code concat}: the blocking key
     * @param acronym  whether the name is an acronym (compared letter for letter)
     */
    record NameKey(List<String> words, List<String> spelled, String concat, String skeleton, boolean acronym) {

        /** The key of the last word (a person's surname). */
        String last() {
            return words.get(words.size() - 1);
        }

        /** The last word as written, folded. */
        String lastSpelled() {
            return spelled.get(spelled.size() - 1);
        }

        int size() {
            return words.size();
        }
    }
}
