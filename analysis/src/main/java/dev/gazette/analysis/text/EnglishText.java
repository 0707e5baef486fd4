package dev.gazette.analysis.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether an article's body is English, measured by its function words: an article is not English when
 * its body holds at least {@link #MIN_OTHER} function words of another Latin-script language
 * ({@code other-function-words.txt}) and more of them than English function words
 * ({@code function-words.txt}). Wire tables and short texts, with few function words of either
 * kind, count as English. On the web corpora of docs/evaluation.md the English pages hold five to
 * fifty times more English function words than others; the Italian, Spanish, German and Portuguese
 * pages hold more of the others.
 */
final class EnglishText {

    /** The fewest function words of other languages that make a text not English. */
    static final int MIN_OTHER = 20;

    private static final Set<String> OTHER = Lexicon.bundledWordSet(EnglishText.class, "other-function-words.txt");

    private EnglishText() {
    }

    static boolean english(List<TextUnit> units, Lexicon lexicon) {
        int[] counts = new int[2];
        for (TextUnit u : units) {
            String t = u.text();
            u.forEachWord((start, end) -> {
                String w = t.substring(start, end).toLowerCase(Locale.ROOT);
                if (lexicon.isFunctionWord(w)) {
                    counts[0]++;
                } else if (OTHER.contains(w)) {
                    counts[1]++;
                }
            });
        }
        return counts[1] < MIN_OTHER || counts[1] <= counts[0];
    }
}
