package dev.gazette.analysis.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The Fellegi-Sunter model of the names decision, read from {@code match-weights.tsv}.
 *
 * <p>For every level of every {@link Comparison} the file gives {@code m}, how often the level
 * holds for two forms of one entity among the candidate pairs, and {@code u}, how often for two
 * forms of different entities, both estimated on the tune parts of hand-judged samples of
 * candidate pairs and the labelled entity families ({@code eval/run.sh names-weights}). A
 * level's weight is {@code log2(m / u)} bits and a pair's weight the sum over its comparisons.
 * On each corpus, {@link #fit} estimates the share of matches among the candidate pairs by
 * expectation-maximisation (the weights held fixed); with it, a pair's weight gives its match
 * probability.
 *
 * <p>The file also holds the decision thresholds set on the tune evaluation: the match
 * probability above which two forms are joined ({@code link}) and above which a spelling
 * variant is rewritten by default ({@code apply}).
 */
final class MatchModel {

    private static final String RESOURCE = "match-weights.tsv";
    /** The comparisons in ordinal order, one array for the per-pair loops ({@code values()} copies its array). */
    private static final Comparison[] ALL = Comparison.values();
    private static final int COMPARISONS = ALL.length;
    /**
     * The two groups of pairs whose other comparisons are weighed apart: spelling variants (the
     * name levels from {@code exact} to the near keys) and one name inside the other. Context
     * tells differently in each: two spellings of one name are mostly one entity whatever their
     * articles, while a surname beside a full name is one person in its article and, as often,
     * another elsewhere.
     */
    static final List<String> GROUPS = List.of("variant", "contained");

    private final double[][][] m;
    private final double[][][] u;
    private final double link;
    private final double apply;
    private final double prior;
    private final int iterations;
    private final double priorPairs;

    private MatchModel(double[][][] m, double[][][] u, double link, double apply, double prior, int iterations,
                       double priorPairs) {
        this.m = m;
        this.u = u;
        this.link = link;
        this.apply = apply;
        this.prior = prior;
        this.iterations = iterations;
        this.priorPairs = priorPairs;
    }

    /** The bundled model. */
    static MatchModel standard() {
        return Holder.STANDARD;
    }

    /**
     * The match probability above which two forms are joined into one entity: the file's, or the
     * system property {@code gazette.names.link} (for the evaluation's sweep of thresholds).
     */
    double link() {
        return Double.parseDouble(System.getProperty("gazette.names.link", Double.toString(link)));
    }

    /**
     * The match probability above which a spelling variant is rewritten by default: the file's,
     * or the system property {@code gazette.names.apply} (for the evaluation's sweep).
     */
    double apply() {
        return Double.parseDouble(System.getProperty("gazette.names.apply", Double.toString(apply)));
    }

    /** The weights before any corpus is seen: the file's {@code m} and {@code u}, its prior. */
    Weights initial() {
        return new Weights(bits(u), u, logit(prior), prior, 0);
    }

    /** Packs a pair's levels into one int, four bits per comparison. */
    static int code(PairComparer.Gamma g) {
        int code = 0;
        for (Comparison c : ALL) {
            code |= g.level(c) << (4 * c.ordinal());
        }
        return code;
    }

    static int level(int code, Comparison c) {
        return (code >>> (4 * c.ordinal())) & 15;
    }

    /**
     * Estimates the share of matches among a corpus's candidate pairs (their packed levels, see
     * {@link #code}) by expectation-maximisation, the weights held fixed: the share is the mean
     * match probability of the pairs, recomputed until it settles. The file's prior counts as
     * {@code prior-pairs} pairs already seen, so that a small corpus keeps close to it. (Letting
     * the weights themselves follow the corpus was tried and rejected: on these corpora the
     * comparisons are far from independent, and the fit drifted away from what the judged pairs
     * show; see docs/names-evaluation.md.)
     */
    Weights fit(int[] codes, int size) {
        java.util.Map<Integer, Long> counts = new java.util.TreeMap<>();
        for (int i = 0; i < size; i++) {
            counts.merge(codes[i], 1L, Long::sum);
        }
        return fit(counts);
    }

    /**
     * Fits the share of matches from the number of candidate pairs of each packed level code
     * (counted anywhere, in any order: the codes are weighed in ascending order, so that the same
     * counts give the same bits).
     */
    Weights fit(java.util.Map<Integer, Long> codes) {
        double[][][] w = bits(u);
        double lambda = prior;
        long total = 0;
        for (long n : codes.values()) {
            total += n;
        }
        int size = (int) Math.min(Integer.MAX_VALUE, total);
        if (total == 0 || iterations == 0) {
            return new Weights(w, u, logit(lambda), lambda, size);
        }
        java.util.Map<Integer, Long> sorted = new java.util.TreeMap<>(codes);
        double[] bitsOf = new double[sorted.size()];
        long[] counts = new long[sorted.size()];
        int k = 0;
        Weights fixed = new Weights(w, u, 0, lambda, size);
        for (java.util.Map.Entry<Integer, Long> e : sorted.entrySet()) {
            bitsOf[k] = fixed.weight(e.getKey());
            counts[k] = e.getValue();
            k++;
        }
        for (int it = 0; it < iterations; it++) {
            double priorBits = logit(lambda);
            double sumP = 0;
            for (int i = 0; i < bitsOf.length; i++) {
                sumP += probability(bitsOf[i], priorBits) * counts[i];
            }
            double next = Math.min(0.95, Math.max(1e-4, (sumP + priorPairs * prior) / ((double) total + priorPairs)));
            boolean done = Math.abs(next - lambda) < 1e-7;
            lambda = next;
            if (done) {
                break;
            }
        }
        return new Weights(w, u, logit(lambda), lambda, size);
    }

    /** The fitted weights in the public form. */
    MatchWeights describe(Weights w) {
        java.util.Map<String, Double> mm = new java.util.LinkedHashMap<>();
        java.util.Map<String, Double> uu = new java.util.LinkedHashMap<>();
        java.util.Map<String, Double> bb = new java.util.LinkedHashMap<>();
        for (int g = 0; g < GROUPS.size(); g++) {
            for (Comparison c : Comparison.values()) {
                if (c == Comparison.NAME && g > 0) {
                    continue;
                }
                for (int l = 0; l < c.levels().size(); l++) {
                    String key = label(c, g) + "\t" + c.levels().get(l);
                    mm.put(key, m[g][c.ordinal()][l]);
                    uu.put(key, w.u()[g][c.ordinal()][l]);
                    bb.put(key, w.bits()[g][c.ordinal()][l]);
                }
            }
        }
        return new MatchWeights(mm, uu, bb, w.lambda(), w.pairs());
    }

    private double[][][] bits(double[][][] uu) {
        double[][][] w = new double[GROUPS.size()][COMPARISONS][];
        for (int g = 0; g < GROUPS.size(); g++) {
            for (Comparison c : Comparison.values()) {
                int i = c.ordinal();
                w[g][i] = new double[m[g][i].length];
                for (int l = 0; l < m[g][i].length; l++) {
                    w[g][i][l] = Math.log(m[g][i][l] / Math.max(1e-9, uu[g][i][l])) / Math.log(2);
                }
            }
        }
        return w;
    }

    /** The group of a pair by its name level: 0 for spelling variants, 1 for one name inside the other. */
    static int group(int nameLevel) {
        return Comparison.containment(nameLevel) ? 1 : 0;
    }

    /**
     * The label of a comparison's rows in the weights file: {@code name} for the name levels,
     * {@code comparison/group} for the others ({@code context/contained}).
     */
    static String label(Comparison c, int group) {
        return c == Comparison.NAME ? c.label() : c.label() + "/" + GROUPS.get(group);
    }

    static double logit(double p) {
        return Math.log(p / (1 - p)) / Math.log(2);
    }

    /** The probability for a total weight {@code bits} under the prior log-odds {@code priorBits}. */
    static double probability(double bits, double priorBits) {
        double w = bits + priorBits;
        if (w > 60) {
            return 1.0;
        }
        if (w < -60) {
            return 0.0;
        }
        double odds = Math.pow(2, w);
        return odds / (1 + odds);
    }

    /**
     * The weights fitted to one corpus.
     *
     * @param bits      weight of each level of each comparison, by group, comparison ordinal and level
     * @param u         the estimated {@code u} of each level, likewise
     * @param priorBits the prior log-odds of a match among the candidate pairs
     * @param lambda    the estimated share of matches among the candidate pairs
     */
    record Weights(double[][][] bits, double[][][] u, double priorBits, double lambda, int pairs)
            implements java.io.Serializable {

        /** The weight of one level of a comparison for a pair of the given group. */
        double weight(int group, Comparison c, int level) {
            return bits[group][c.ordinal()][level];
        }

        /** The total weight of a pair's levels. */
        double weight(int code) {
            int g = group(level(code, Comparison.NAME));
            double w = 0;
            for (Comparison c : ALL) {
                w += bits[g][c.ordinal()][level(code, c)];
            }
            return w;
        }
    }

    /**
     * Parses a weights file: {@code comparison<TAB>level<TAB>m<TAB>u[<TAB>...]} rows (the
     * comparison {@code name}, or another comparison with its group, {@code context/contained},
     * see {@link #label}; without a group, the row holds for both) and {@code setting<TAB>name<TAB>value} rows; '#' starts a comment.
     *
     * @throws IllegalArgumentException naming the line when a row is malformed or a level is missing
     */
    static MatchModel parse(InputStream in, String name) throws IOException {
        int groups = GROUPS.size();
        double[][][] m = new double[groups][COMPARISONS][];
        double[][][] u = new double[groups][COMPARISONS][];
        boolean[][][] seen = new boolean[groups][COMPARISONS][];
        for (int g = 0; g < groups; g++) {
            for (Comparison c : Comparison.values()) {
                m[g][c.ordinal()] = new double[c.levels().size()];
                u[g][c.ordinal()] = new double[c.levels().size()];
                seen[g][c.ordinal()] = new boolean[c.levels().size()];
            }
        }
        double link = Double.NaN;
        double apply = Double.NaN;
        double prior = Double.NaN;
        int iterations = 0;
        double priorPairs = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 3) {
                    throw new IllegalArgumentException(name + ":" + n + ": expected 'comparison<TAB>level<TAB>m<TAB>u'"
                            + " or 'setting<TAB>name<TAB>value'");
                }
                try {
                    if (f[0].equals("setting")) {
                        double v = Double.parseDouble(f[2].strip());
                        switch (f[1].strip().toLowerCase(Locale.ROOT)) {
                            case "link" -> link = v;
                            case "apply" -> apply = v;
                            case "prior" -> prior = v;
                            case "iterations" -> iterations = (int) v;
                            case "prior-pairs" -> priorPairs = v;
                            default -> throw new IllegalArgumentException(name + ":" + n + ": unknown setting '" + f[1]
                                    + "'; use link, apply, prior, prior-pairs or iterations");
                        }
                        continue;
                    }
                    String label = f[0].strip();
                    int slash = label.indexOf('/');
                    Comparison c = Comparison.of(slash < 0 ? label : label.substring(0, slash));
                    int group = slash < 0 ? -1 : GROUPS.indexOf(label.substring(slash + 1));
                    if (c == null || (c == Comparison.NAME && slash >= 0) || (slash >= 0 && group < 0)) {
                        throw new IllegalArgumentException(name + ":" + n + ": unknown comparison '" + f[0]
                                + "'; use 'name', a comparison ('context', for both groups) or a comparison with"
                                + " its group, such as 'context/contained' (groups " + GROUPS + ")");
                    }
                    int level = c.level(f[1].strip());
                    if (level < 0) {
                        throw new IllegalArgumentException(name + ":" + n + ": comparison '" + c.label()
                                + "' has no level '" + f[1] + "'; its levels are " + c.levels());
                    }
                    if (f.length < 4) {
                        throw new IllegalArgumentException(name + ":" + n + ": expected m and u after the level");
                    }
                    double mv = Double.parseDouble(f[2].strip());
                    double uv = Double.parseDouble(f[3].strip());
                    if (!(mv > 0 && mv <= 1 && uv > 0 && uv <= 1)) {
                        throw new IllegalArgumentException(name + ":" + n + ": m and u must lie in (0, 1]");
                    }
                    for (int g = 0; g < groups; g++) {
                        if (group < 0 || group == g) {
                            m[g][c.ordinal()][level] = mv;
                            u[g][c.ordinal()][level] = uv;
                            seen[g][c.ordinal()][level] = true;
                        }
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(name + ":" + n + ": not a number: " + e.getMessage(), e);
                }
            }
        }
        for (int g = 0; g < groups; g++) {
            for (Comparison c : Comparison.values()) {
                for (int i = 0; i < c.levels().size(); i++) {
                    if (!seen[g][c.ordinal()][i]) {
                        throw new IllegalArgumentException(name + ": no weight for " + label(c, g) + " "
                                + c.levels().get(i));
                    }
                }
            }
        }
        if (!(link > 0 && link < 1 && apply >= link && apply < 1 && prior > 0 && prior < 1 && priorPairs >= 0)) {
            throw new IllegalArgumentException(name + ": settings link, apply and prior must lie in (0, 1), "
                    + "apply >= link, prior-pairs >= 0");
        }
        return new MatchModel(m, u, link, apply, prior, iterations, priorPairs);
    }

    private static final class Holder {
        static final MatchModel STANDARD = load();

        private static MatchModel load() {
            try (InputStream in = MatchModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing bundled " + RESOURCE);
                }
                return parse(in, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled " + RESOURCE, e);
            }
        }
    }
}
