package dev.gazette.validate.rules.text;

import dev.gazette.analysis.text.Lexicon;
import dev.gazette.analysis.text.Vocabulary;
import dev.gazette.analysis.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a run of letters into the most probable sequence of words by dynamic programming:
 * the cost of a split is the sum of its pieces' costs (negative log probabilities), where a
 * word's probability blends its count in the corpus with its frequency class in the
 * lexicon, and a piece the lexicon does not know is costed by a character model plus a
 * penalty. The same character model gives the cost of the whole run as one unknown word, so
 * a split is only believed when it is much more probable than "a word we do not know".
 */
final class Segmenter {

    /** How many tokens of evidence the lexicon's frequency classes are worth against the corpus counts. */
    private static final double PRIOR_TOKENS = 10_000;
    /** Extra cost of a piece that is no known word. */
    private static final double UNKNOWN_PIECE_PENALTY = 6;
    /** Cost of a capital inside a piece ("ofIran" is not a word). */
    private static final double INNER_CAPITAL_PENALTY = 8;
    /** Cost of cutting just after a capital that starts a lower-case word ("Ira|qare"). */
    private static final double CUT_AFTER_CAPITAL_PENALTY = 4;
    /** Bonus for cutting where lower case turns to upper case ("and|Iraq"). */
    private static final double CASE_CHANGE_BONUS = 1;
    /** Corpus words shorter than this must be lexicon words to be pieces ("al" from "al-Tamimi" is not). */
    private static final int MIN_CORPUS_PIECE = 4;

    private final Lexicon lexicon;

    Segmenter(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * One way to split a token.
     *
     * @param cuts      offsets inside the token where a space goes
     * @param pieces    the pieces as written
     * @param known     for each piece, whether it is a known word
     * @param cost      the cost of the split
     * @param wholeCost the cost of the token as one unknown word
     */
    record Split(List<Integer> cuts, List<String> pieces, List<Boolean> known, double cost, double wholeCost) {

        /** How much more probable the split is than the unknown word, in nats. */
        double margin() {
            return wholeCost - cost;
        }

        boolean allKnown() {
            return !known.contains(Boolean.FALSE);
        }

        String joined() {
            return String.join(" ", pieces);
        }
    }

    /** The cheapest split of {@code token} (letters only) given the corpus vocabulary. */
    Split split(String token, Vocabulary vocabulary) {
        int n = token.length();
        String lower = token.toLowerCase(Locale.ROOT);
        double[] best = new double[n + 1];
        int[] from = new int[n + 1];
        boolean[] knownPiece = new boolean[n + 1];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        int maxLen = Math.min(n, Math.max(lexicon.maxWordLength(), 24));
        double denominator = vocabulary.tokens() + PRIOR_TOKENS;
        for (int j = 1; j <= n; j++) {
            for (int i = Math.max(0, j - maxLen); i < j; i++) {
                if (Double.isInfinite(best[i])) {
                    continue;
                }
                String piece = lower.substring(i, j);
                double pc = j - i == 1 && !singleLetterWord(token, i) ? Double.POSITIVE_INFINITY
                        : pieceCost(piece, vocabulary, denominator);
                boolean known = !Double.isInfinite(pc);
                if (!known) {
                    if (j - i < 3) {
                        continue;
                    }
                    pc = lexicon.unknownCost(piece) + UNKNOWN_PIECE_PENALTY;
                }
                double c = best[i] + pc + caseCost(token, i, j);
                if (c < best[j]) {
                    best[j] = c;
                    from[j] = i;
                    knownPiece[j] = known;
                }
            }
        }
        List<Integer> cuts = new ArrayList<>();
        List<String> pieces = new ArrayList<>();
        List<Boolean> known = new ArrayList<>();
        for (int j = n; j > 0; j = from[j]) {
            pieces.add(0, token.substring(from[j], j));
            known.add(0, knownPiece[j]);
            if (from[j] > 0) {
                cuts.add(0, from[j]);
            }
        }
        return new Split(cuts, pieces, known, best[n], lexicon.unknownCost(lower));
    }

    /**
     * True when the letter at {@code i} may stand alone as a word: "a", or "I" written as a
     * capital, never as the last piece ("Amiri" is not "Amir i").
     */
    private static boolean singleLetterWord(String token, int i) {
        char c = token.charAt(i);
        return i + 1 < token.length() && (c == 'a' || c == 'I' || (c == 'A' && i == 0));
    }

    /** The cost of {@code piece} as a known word, or infinity when it is none. */
    private double pieceCost(String piece, Vocabulary vocabulary, double denominator) {
        int len = piece.length();
        boolean function = lexicon.isFunctionWord(piece);
        int level = lexicon.level(piece);
        boolean lexical = lexicon.isPiece(piece);
        if (len == 1 && !function) {
            return Double.POSITIVE_INFINITY;
        }
        if (len == 2 && !function && !(lexical && level <= 20)) {
            return Double.POSITIVE_INFINITY;
        }
        int count = vocabulary.count(piece);
        if (!lexical && len < MIN_CORPUS_PIECE) {
            return Double.POSITIVE_INFINITY;
        }
        double p = (count + PRIOR_TOKENS * (lexical ? lexicon.probability(piece) : 0)) / denominator;
        return p > 0 ? -Math.log(p) : Double.POSITIVE_INFINITY;
    }

    /** Penalties and bonuses from the letter case of the original token around piece {@code [i, j)}. */
    private static double caseCost(String token, int i, int j) {
        double c = 0;
        boolean allCaps = Words.allCaps(token, i, j);
        if (!allCaps) {
            for (int k = i + 1; k < j; k++) {
                if (Character.isUpperCase(token.charAt(k))) {
                    c += INNER_CAPITAL_PENALTY;
                }
            }
        }
        if (i > 0) {
            char before = token.charAt(i - 1);
            char first = token.charAt(i);
            if (Character.isLowerCase(before) && Character.isUpperCase(first)) {
                c -= CASE_CHANGE_BONUS;
            } else if (Character.isUpperCase(before) && Character.isLowerCase(first)
                    && (i < 2 || !Character.isUpperCase(token.charAt(i - 2)))) {
                c += CUT_AFTER_CAPITAL_PENALTY;
            }
        }
        return c;
    }
}
