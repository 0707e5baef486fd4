package dev.gazette.analysis.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The English lexicon the text rules read: the bundled word list generated from SCOWL
 * ({@code lexicon-en.txt}, see {@code validate/tools/make-lexicon.py}), where each word carries
 * SCOWL's size level as a frequency class, plus the function words ({@code function-words.txt})
 * and any extra word lists the user gives. It knows which words exist, which exist only as
 * proper nouns (with their capitalised form), how probable a word is, and how probable an
 * unknown string is as a word of its own (a character-bigram model trained on the lexicon).
 *
 * <p>The bundled lexicon is loaded once, lazily, and shared; it is immutable and thread-safe.
 */
public final class Lexicon {

    /** SCOWL size levels, most common first; 80 marks rare words that are known but never pieces. */
    private static final int[] LEVELS = {10, 20, 35, 40, 50, 55, 60, 70, 80};
    /**
     * The share of running text that words of each level make up, an estimate from SCOWL's own
     * description of its levels (level 10 holds the ~1000 most common words, which cover most
     * of any text). Divided by the number of words of a level it gives a word's probability.
     */
    private static final double[] LEVEL_MASS = {0.55, 0.12, 0.12, 0.02, 0.05, 0.008, 0.01, 0.01, 0.0};
    /** Function words make up about 40% of running English text. */
    private static final double FUNCTION_WORD_MASS = 0.40;
    /** The probability that a token of running text is a word this lexicon does not know. */
    private static final double UNKNOWN_WORD_RATE = 0.02;
    private static final int GUARD = LEVELS.length - 1;
    private static final int PROPER_ONLY = 16;
    private static final int USER_LEVEL = 2;

    private static final String RESOURCE = "lexicon-en.txt";
    private static final String FUNCTION_WORDS = "function-words.txt";
    private static final String PARTICLES = "compound-particles.txt";

    private final Map<String, Integer> codes;
    private final Map<String, String> properForms;
    private final Set<String> functionWords;
    private final Set<String> particles;
    private final double[] levelCost;
    private final double functionWordCost;
    private final double[][] bigramCost;
    private final int maxWordLength;

    private Lexicon(Map<String, Integer> codes, Map<String, String> properForms, Set<String> functionWords,
                    Set<String> particles) {
        this.codes = codes;
        this.properForms = properForms;
        this.functionWords = Set.copyOf(functionWords);
        this.particles = Set.copyOf(particles);
        int[] perLevel = new int[LEVELS.length];
        int longest = 0;
        for (Map.Entry<String, Integer> e : codes.entrySet()) {
            perLevel[e.getValue() & 15]++;
            longest = Math.max(longest, e.getKey().length());
        }
        this.maxWordLength = longest;
        this.levelCost = new double[LEVELS.length];
        for (int i = 0; i < LEVELS.length; i++) {
            levelCost[i] = perLevel[i] == 0 || LEVEL_MASS[i] == 0 ? Double.POSITIVE_INFINITY
                    : -Math.log(LEVEL_MASS[i] / perLevel[i]);
        }
        this.functionWordCost = -Math.log(FUNCTION_WORD_MASS / Math.max(1, functionWords.size()));
        this.bigramCost = trainBigrams(codes);
    }

    /** The bundled lexicon. */
    public static Lexicon bundled() {
        return Holder.BUNDLED;
    }

    /**
     * The bundled lexicon plus the words of {@code files} (one word a line, '#' comments), which
     * count as common words; a capitalised word counts as a proper noun unless it is known in
     * lower case.
     *
     * The result is shared between the rules asking for the same files.
     *
     * @throws UncheckedIOException naming the file when one cannot be read
     */
    public static Lexicon withFiles(List<Path> files) {
        if (files.isEmpty()) {
            return bundled();
        }
        return EXTENDED.computeIfAbsent(List.copyOf(files), Lexicon::extend);
    }

    /** Lexicons extended with user word lists, shared by the rules created for one set of files. */
    private static final Map<List<Path>, Lexicon> EXTENDED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Lexicon extend(List<Path> files) {
        Lexicon base = bundled();
        Map<String, Integer> codes = new HashMap<>(base.codes);
        Map<String, String> forms = new HashMap<>(base.properForms);
        for (Path f : files) {
            try {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    add(line, USER_LEVEL, codes, forms);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read word list " + f + ": " + e.getMessage(), e);
            }
        }
        return new Lexicon(codes, forms, base.functionWords, base.particles);
    }

    /** True when {@code lower} (lower case) is a word, including rare words that are never pieces. */
    public boolean isWord(String lower) {
        return codes.containsKey(lower) || functionWords.contains(lower);
    }

    /** True when the lexicon knows {@code lower} only as a proper noun (capitalised). */
    public boolean isProperOnly(String lower) {
        Integer c = codes.get(lower);
        return c != null && (c & PROPER_ONLY) != 0;
    }

    /** True when the lexicon knows {@code lower} as a lower-case word. */
    public boolean isCommonWord(String lower) {
        Integer c = codes.get(lower);
        return functionWords.contains(lower) || (c != null && (c & PROPER_ONLY) == 0);
    }

    /** The capitalised form of a proper noun, e.g. "McDonald" for "mcdonald", or {@code null}. */
    public String properForm(String lower) {
        return properForms.get(lower);
    }

    /** True for function words such as "of", "the", "and". */
    public boolean isFunctionWord(String lower) {
        return functionWords.contains(lower);
    }

    /** True for particles that form closed compounds ("over", "up", "out"). */
    public boolean isCompoundParticle(String lower) {
        return particles.contains(lower);
    }

    /**
     * True when a common word (not a proper noun, not a rare word) is one typing error away from
     * {@code lower}: a letter left out, added, changed, or two neighbours swapped. Such a token
     * is more likely a misspelling ("forseen") than words run together.
     */
    public boolean hasNearMiss(String lower) {
        char[] w = lower.toCharArray();
        int n = w.length;
        StringBuilder sb = new StringBuilder(n + 1);
        for (int i = 0; i < n; i++) {
            sb.setLength(0);
            sb.append(w, 0, i).append(w, i + 1, n - i - 1);
            if (isNearMissTarget(sb.toString())) {
                return true;
            }
            if (i + 1 < n) {
                sb.setLength(0);
                sb.append(w);
                sb.setCharAt(i, w[i + 1]);
                sb.setCharAt(i + 1, w[i]);
                if (isNearMissTarget(sb.toString())) {
                    return true;
                }
            }
        }
        for (int i = 0; i <= n; i++) {
            for (char c = 'a'; c <= 'z'; c++) {
                if (i < n && c != w[i]) {
                    sb.setLength(0);
                    sb.append(w);
                    sb.setCharAt(i, c);
                    if (isNearMissTarget(sb.toString())) {
                        return true;
                    }
                }
                sb.setLength(0);
                sb.append(w, 0, i).append(c).append(w, i, n - i);
                if (isNearMissTarget(sb.toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isNearMissTarget(String candidate) {
        Integer c = codes.get(candidate);
        return c != null && (c & PROPER_ONLY) == 0 && (c & 15) != GUARD && candidate.length() >= 4;
    }

    /** The SCOWL level of {@code lower} (10 = most common), 80 for rare words, or 0 when unknown. */
    public int level(String lower) {
        Integer c = codes.get(lower);
        return c == null ? (functionWords.contains(lower) ? LEVELS[0] : 0) : LEVELS[c & 15];
    }

    /** True when {@code lower} may be a piece of a split: a known word, not a rare compound. */
    public boolean isPiece(String lower) {
        if (functionWords.contains(lower)) {
            return true;
        }
        Integer c = codes.get(lower);
        return c != null && (c & 15) != GUARD;
    }

    /** The probability of {@code lower} as a word of running text, from its level; 0 when unknown. */
    public double probability(String lower) {
        if (functionWords.contains(lower)) {
            return Math.exp(-functionWordCost);
        }
        Integer c = codes.get(lower);
        if (c == null) {
            return 0;
        }
        double cost = levelCost[c & 15];
        return Double.isInfinite(cost) ? 0 : Math.exp(-cost);
    }

    /**
     * The cost (negative natural log probability) of {@code lower} as one word the lexicon does
     * not know: the unknown-word rate times the character-bigram probability of its spelling.
     */
    public double unknownCost(String lower) {
        double cost = -Math.log(UNKNOWN_WORD_RATE);
        int prev = BOUNDARY;
        for (int i = 0; i < lower.length(); i++) {
            int c = charIndex(lower.charAt(i));
            cost += bigramCost[prev][c];
            prev = c;
        }
        return cost + bigramCost[prev][BOUNDARY];
    }

    /** {@code s} in lower case, locale-independent. */
    public static String lowerCase(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** The longest word, in characters. */
    public int maxWordLength() {
        return maxWordLength;
    }

    private static final int OTHER = 26;
    private static final int BOUNDARY = 27;

    private static int charIndex(char c) {
        return c >= 'a' && c <= 'z' ? c - 'a' : OTHER;
    }

    private static double[][] trainBigrams(Map<String, Integer> codes) {
        double[][] counts = new double[BOUNDARY + 1][BOUNDARY + 1];
        for (Map.Entry<String, Integer> e : codes.entrySet()) {
            if ((e.getValue() & 15) == GUARD) {
                continue;
            }
            String w = e.getKey();
            int prev = BOUNDARY;
            for (int i = 0; i < w.length(); i++) {
                int c = charIndex(w.charAt(i));
                counts[prev][c]++;
                prev = c;
            }
            counts[prev][BOUNDARY]++;
        }
        double[][] cost = new double[BOUNDARY + 1][BOUNDARY + 1];
        for (int a = 0; a <= BOUNDARY; a++) {
            double total = 0;
            for (int b = 0; b <= BOUNDARY; b++) {
                total += counts[a][b] + 1;
            }
            for (int b = 0; b <= BOUNDARY; b++) {
                cost[a][b] = -Math.log((counts[a][b] + 1) / total);
            }
        }
        return cost;
    }

    private static void add(String line, int level, Map<String, Integer> codes, Map<String, String> forms) {
        String w = line.strip();
        if (w.isEmpty() || w.startsWith("#")) {
            return;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        Integer old = codes.get(lower);
        boolean proper = !w.equals(lower);
        if (old == null) {
            codes.put(lower, level | (proper ? PROPER_ONLY : 0));
            if (proper) {
                forms.put(lower, w);
            }
        } else if (!proper && (old & PROPER_ONLY) != 0) {
            codes.put(lower, Math.min(old & 15, level));
            forms.remove(lower);
        }
    }

    public static Lexicon load(InputStream lexicon, InputStream functionWords, InputStream particles) throws IOException {
        Map<String, Integer> codes = new HashMap<>(400_000);
        Map<String, String> forms = new HashMap<>();
        int level = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(lexicon, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("@")) {
                    int l = Integer.parseInt(line.substring(1).strip());
                    level = -1;
                    for (int i = 0; i < LEVELS.length; i++) {
                        if (LEVELS[i] == l) {
                            level = i;
                        }
                    }
                    if (level < 0) {
                        throw new IOException("unknown level " + line + " in " + RESOURCE);
                    }
                } else if (level >= 0) {
                    add(line, level, codes, forms);
                }
            }
        }
        return new Lexicon(codes, forms, wordSet(functionWords), wordSet(particles));
    }

    /**
     * The words of a word list, lower-cased: one word a line or several separated by spaces;
     * {@code #} starts a comment that runs to the end of the line.
     */
    public static Set<String> wordSet(InputStream in) throws IOException {
        Set<String> out = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int hash = line.indexOf('#');
                for (String w : (hash >= 0 ? line.substring(0, hash) : line).strip().split("\\s+")) {
                    if (!w.isEmpty()) {
                        out.add(w.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return out;
    }

    /** The words of the list {@code resource} bundled beside {@code owner} ({@link #wordSet}); a missing list is an error. */
    public static Set<String> bundledWordSet(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled " + resource);
            }
            return Set.copyOf(wordSet(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + resource, e);
        }
    }

    private static final class Holder {
        static final Lexicon BUNDLED = loadBundled();

        private static Lexicon loadBundled() {
            try (InputStream lex = Lexicon.class.getResourceAsStream(RESOURCE);
                 InputStream fw = Lexicon.class.getResourceAsStream(FUNCTION_WORDS);
                 InputStream cp = Lexicon.class.getResourceAsStream(PARTICLES)) {
                if (lex == null || fw == null || cp == null) {
                    throw new IllegalStateException("missing bundled " + RESOURCE + ", " + FUNCTION_WORDS + " or " + PARTICLES);
                }
                return load(lex, fw, cp);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled " + RESOURCE, e);
            }
        }
    }
}
