package dev.gazette.validate.rules.names;

import dev.gazette.validate.rules.names.NameKeys.NameKey;
import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Decides whether two names are spellings of one name. Precision comes first:
 * <ul>
 *   <li>every word must match its counterpart (sharing one common word such as "Ali" is never
 *       enough), or the words joined must match ("Amir-Abdollahian" = "Amirabdollahian");</li>
 *   <li>words match when their keys are equal (see {@link NameKeys}); a long word (four or more
 *       consonants) may also differ in the class of one vowel after its first, as in
 *       "Hizbullah"/"Hizballah", at most once per name, and only when the names are close by
 *       Jaro-Winkler similarity (Commons Text);</li>
 *   <li>a one-word name matches only an equal key, and acronyms only the same letters.</li>
 * </ul>
 */
final class NameMatcher {

    /** How close two names must be (Jaro-Winkler on the keys) to accept a vowel-class difference. */
    static final double LENIENT_MIN_SIMILARITY = 0.88;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private NameMatcher() {
    }

    /** True when {@code a} and {@code b} are spellings of one name. */
    static boolean matches(NameKey a, NameKey b) {
        if (a.acronym() || b.acronym()) {
            return a.acronym() && b.acronym() && a.concat().equals(b.concat());
        }
        if (a.concat().equals(b.concat())) {
            return true;
        }
        if (a.size() != b.size() || a.size() == 1 || !a.skeleton().equals(b.skeleton())) {
            return false;
        }
        List<String> x = a.words();
        List<String> y = b.words();
        int lenient = 0;
        for (int i = 0; i < x.size(); i++) {
            String p = x.get(i);
            String q = y.get(i);
            if (p.equals(q)) {
                continue;
            }
            if (!vowelClassSwap(p, q) || ++lenient > 1) {
                return false;
            }
        }
        return lenient == 0 || similarity(a, b) >= LENIENT_MIN_SIMILARITY;
    }

    /** Jaro-Winkler similarity of the joined keys, 1 for equal keys. */
    static double similarity(NameKey a, NameKey b) {
        return JARO_WINKLER.apply(a.concat(), b.concat());
    }

    /**
     * True when two word keys of four or more consonants differ only in the class of one vowel
     * run that is not the word's first.
     */
    static boolean vowelClassSwap(String p, String q) {
        if (p.length() != q.length()) {
            return false;
        }
        int consonants = 0;
        int diffs = 0;
        boolean firstVowelSeen = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            char d = q.charAt(i);
            boolean vowelC = c == 'A' || c == 'U';
            boolean vowelD = d == 'A' || d == 'U';
            if (vowelC != vowelD) {
                return false;
            }
            if (!vowelC) {
                if (c != d) {
                    return false;
                }
                consonants++;
                continue;
            }
            if (c != d) {
                if (!firstVowelSeen) {
                    return false;
                }
                diffs++;
            }
            firstVowelSeen = true;
        }
        return diffs == 1 && consonants >= 4;
    }
}
