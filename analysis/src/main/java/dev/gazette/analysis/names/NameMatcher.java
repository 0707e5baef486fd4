package dev.gazette.analysis.names;

import dev.gazette.analysis.names.NameKeys.NameKey;
import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Decides whether two names are spellings of one name. Precision comes first:
 * <ul>
 *   <li>every word must match its counterpart (sharing one common word such as "Ali" is never
 *       enough), or the words joined must match ("Ahmadi-Nejad" = "Ahmadinejad") when
 *       they hold at least four consonants;</li>
 *   <li>words match when their keys are equal (see {@link NameKeys}), a final {@code E} (-eh)
 *       matching a final {@code A} or {@code I};</li>
 *   <li>at most one word of a name may differ a little more, and only when the names are close by
 *       Jaro-Winkler similarity (Commons Text): a word of four or more consonants may differ in
 *       the class of one vowel that is neither its first nor its last ("Hizbullah"/"Hizballah"),
 *       a word of three or more consonants may have z for d ("Kazemi"/"Kadhimi"), and in a name
 *       of several words a word of four or more consonants may have one more vowel inside it
 *       ("Zawahiri"/"Zawahri");</li>
 *   <li>acronyms match only the same letters.</li>
 * </ul>
 */
final class NameMatcher {

    /** How close two names must be (Jaro-Winkler on the keys) to accept a lenient word. */
    static final double LENIENT_MIN_SIMILARITY = 0.88;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private NameMatcher() {
    }

    /** True when {@code a} and {@code b} are spellings of one name. */
    static boolean matches(NameKey a, NameKey b) {
        if (a.acronym() || b.acronym()) {
            return a.acronym() && b.acronym() && a.concat().equals(b.concat());
        }
        if (!a.skeleton().equals(b.skeleton())) {
            return false;
        }
        if (a.size() != b.size()) {
            if (a.skeleton().length() < 4) {
                return false; // "C Itoh" is not "Cato": joined words need four consonants of evidence
            }
            String p = a.concat();
            String q = b.concat();
            return sameWord(p, q) || (lenientWord(p, q, false) && similarity(a, b) >= LENIENT_MIN_SIMILARITY);
        }
        List<String> x = a.words();
        List<String> y = b.words();
        boolean several = x.size() > 1;
        int lenient = 0;
        for (int i = 0; i < x.size(); i++) {
            String p = x.get(i);
            String q = y.get(i);
            if (sameWord(p, q)) {
                continue;
            }
            if (!lenientWord(p, q, several) || ++lenient > 1) {
                return false;
            }
        }
        return lenient == 0 || similarity(a, b) >= LENIENT_MIN_SIMILARITY;
    }

    /**
     * True when {@code a} and {@code b} have the same key: every word the same key (a final E
     * matching a final A or I), or the words joined the same when they hold four consonants or
     * more ("Ahmadi-Nejad" = "Ahmadinejad"); acronyms the same letters. No lenient word.
     */
    static boolean strict(NameKey a, NameKey b) {
        if (a.acronym() || b.acronym()) {
            return a.acronym() && b.acronym() && a.concat().equals(b.concat());
        }
        if (!a.skeleton().equals(b.skeleton())) {
            return false;
        }
        if (a.size() != b.size()) {
            return a.skeleton().length() >= 4 && sameWord(a.concat(), b.concat());
        }
        for (int i = 0; i < a.size(); i++) {
            if (!sameWord(a.words().get(i), b.words().get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Jaro-Winkler similarity of the joined keys, 1 for equal keys. */
    static double similarity(NameKey a, NameKey b) {
        return JARO_WINKLER.apply(a.concat(), b.concat());
    }

    /** Equal keys, where a final E matches a final A or I. */
    static boolean sameWord(String p, String q) {
        if (p.equals(q)) {
            return true;
        }
        int n = p.length();
        if (n != q.length() || n == 0 || !p.regionMatches(0, q, 0, n - 1)) {
            return false;
        }
        char c = p.charAt(n - 1);
        char d = q.charAt(n - 1);
        return (c == 'E' && (d == 'A' || d == 'I')) || (d == 'E' && (c == 'A' || c == 'I'));
    }

    /** One small difference beyond {@link #sameWord} (see the class comment). */
    static boolean lenientWord(String p, String q, boolean inLongerName) {
        int consonants = consonants(p);
        if (p.length() == q.length()) {
            return oneVowelClass(p, q, consonants) || oneZd(p, q, consonants);
        }
        if (inLongerName && Math.abs(p.length() - q.length()) == 1 && consonants >= 4) {
            return p.length() > q.length() ? innerVowelAdded(p, q) : innerVowelAdded(q, p);
        }
        return false;
    }

    private static int consonants(String k) {
        int n = 0;
        for (int i = 0; i < k.length(); i++) {
            if (!NameKeys.isVowelCode(k.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static boolean oneVowelClass(String p, String q, int consonants) {
        if (consonants < 4) {
            return false;
        }
        int diffs = 0;
        boolean firstVowelSeen = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            char d = q.charAt(i);
            boolean vc = NameKeys.isVowelCode(c);
            if (vc != NameKeys.isVowelCode(d)) {
                return false;
            }
            if (!vc) {
                if (c != d) {
                    return false;
                }
                continue;
            }
            if (c != d) {
                if (!firstVowelSeen || i == p.length() - 1) {
                    return false;
                }
                diffs++;
            }
            firstVowelSeen = true;
        }
        return diffs == 1;
    }

    private static boolean oneZd(String p, String q, int consonants) {
        if (consonants < 3) {
            return false;
        }
        int diffs = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            char d = q.charAt(i);
            if (c != d) {
                if (!((c == 'z' && d == 'd') || (c == 'd' && d == 'z'))) {
                    return false;
                }
                diffs++;
            }
        }
        return diffs == 1;
    }

    /** {@code longer} is {@code shorter} with one vowel added between two consonants, not first. */
    private static boolean innerVowelAdded(String longer, String shorter) {
        for (int i = 1; i < longer.length() - 1; i++) {
            char c = longer.charAt(i);
            if (!NameKeys.isVowelCode(c) || NameKeys.isVowelCode(longer.charAt(i - 1))
                    || NameKeys.isVowelCode(longer.charAt(i + 1))) {
                continue;
            }
            boolean firstVowel = true;
            for (int k = 0; k < i; k++) {
                firstVowel &= !NameKeys.isVowelCode(longer.charAt(k));
            }
            if (firstVowel) {
                continue;
            }
            String without = longer.substring(0, i) + longer.substring(i + 1);
            if (sameWord(without, shorter)) {
                return true;
            }
        }
        return false;
    }
}
