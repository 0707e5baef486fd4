package dev.gazette.model;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Article ids made from names anyone chooses (file names, a record's id field). An id is
 * letters, digits, {@code .}, {@code _} and {@code -}, starting with a letter or digit
 * ({@link Article#ID_PATTERN}); a name that is already such an id is kept as it is. Otherwise the
 * name is put in Unicode normal form C, every run of other characters (spaces, punctuation,
 * symbols, together with the hyphens around them) becomes one {@code -}, leading characters
 * that are not letters or digits and a trailing {@code -} are dropped, and the id is cut to
 * {@value #MAX_DERIVED_LENGTH} characters; a name with no letter or digit at all becomes
 * {@value #FALLBACK}. So {@code "Gaza talks (draft 2).txt"} is {@code Gaza-talks-draft-2} and
 * {@code "-notes.txt"} is {@code notes}. Two names can give one id ({@code "a b"} and {@code "a-b"});
 * the engine then keeps the first and gives the others {@code -2}, {@code -3}, ... with a
 * {@code duplicate-id} warning, so no article is lost or merged.
 */
public final class ArticleIds {

    /** The longest id made from a name, leaving room for a {@code -N} suffix within the 200 an id may have. */
    public static final int MAX_DERIVED_LENGTH = 190;

    /** The id of a name that has no letter or digit. */
    public static final String FALLBACK = "article";

    private static final Pattern VALID = Pattern.compile(Article.ID_PATTERN);

    private ArticleIds() {
    }

    /** {@code name} as an article id: unchanged when it is one already, else made into one as the class says. */
    public static String friendly(String name) {
        if (name == null || name.isEmpty()) {
            return FALLBACK;
        }
        if (VALID.matcher(name).matches()) {
            return name;
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(s.length());
        boolean gap = false;
        int kept = 0;
        for (int i = 0; i < s.length() && kept < MAX_DERIVED_LENGTH; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean letterOrDigit = Character.isLetterOrDigit(cp);
            if (!letterOrDigit && cp != '.' && cp != '_' && cp != '-') {
                gap = true;
                continue;
            }
            if (b.length() == 0 && !letterOrDigit) {
                continue; // an id starts with a letter or digit
            }
            if (gap && b.length() > 0 && b.charAt(b.length() - 1) != '-' && cp != '-') {
                b.append('-');
                kept++;
            }
            gap = false;
            if (cp == '-' && b.length() > 0 && b.charAt(b.length() - 1) == '-') {
                continue;
            }
            if (kept < MAX_DERIVED_LENGTH) {
                b.appendCodePoint(cp);
                kept++;
            }
        }
        while (b.length() > 0 && b.charAt(b.length() - 1) == '-') {
            b.setLength(b.length() - 1);
        }
        String id = b.toString();
        return VALID.matcher(id).matches() ? id : FALLBACK;
    }
}
