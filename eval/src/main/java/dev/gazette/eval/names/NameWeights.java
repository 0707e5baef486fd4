package dev.gazette.eval.names;

import dev.gazette.analysis.CorpusKnowledge;
import dev.gazette.analysis.ReferenceData;
import dev.gazette.analysis.names.CandidatePair;
import dev.gazette.analysis.names.NameComparison;
import dev.gazette.analysis.pipeline.Analyser;
import dev.gazette.validate.engine.Engine;
import dev.gazette.validate.engine.EngineOptions;
import dev.gazette.validate.engine.ProgressListener;
import dev.gazette.validate.rules.names.NameVariantRule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Estimates the weights of the names decision ({@code match-weights.tsv}) on the tune parts of
 * the hand-judged samples of candidate pairs ({@code pairs.tsv}, see {@link PairSample}).
 *
 * <p>For each set, the corpus goes through Gazette's engine (reading, parsing and the names
 * statistic, as {@code export} runs them), which gives the candidate pairs the clusterer weighs
 * and the size {@code N} of each name level (the strata the samples were drawn from). Every
 * judged pair of the tune part is compared again as the clusterer compares it; a pair whose
 * name level is no longer the stratum it was drawn from is left out (the sample of a stratum
 * stays a uniform sample of it). In each stratum, the share of matches among the judged pairs
 * (with half a pair added each way) estimates how many of its {@code N} pairs are matches and
 * how many are not. Then, for each level of each comparison, {@code m} is the estimated share of
 * the corpus's matching candidate pairs at that level and {@code u} the share of its
 * non-matching ones: each judged pair stands for its stratum's matches (or non-matches) divided
 * by the number judged, and every level of the comparisons other than the name's gets half a
 * judged pair more so that none weighs infinity (the name levels are smoothed already: each
 * stratum's share of matches counts half a pair more each way). The
 * estimates of the corpora are averaged, each corpus counting once, and so is the share of
 * matches among candidate pairs, which becomes the prior. The settings {@code link},
 * {@code apply}, {@code prior-pairs} and {@code iterations} are kept from the current file.
 *
 * <p>Arguments: {@code --set DIR} (repeatable; default every set under {@code eval/names} with
 * a {@code pairs.tsv}), {@code --corpora DIR}, {@code --weights FILE} (the file to rewrite,
 * default the bundled one).
 */
public final class NameWeights {

    /** The suffix of the key levels of transliterated names. */
    static final String TRANSLITERATED = "-transliterated";

    /** Development aid: where the judged pairs are written with their levels ({@code gazette.names.dump-pairs}). */
    private static final PrintWriter DUMP = dumpFile();

    private NameWeights() {
    }

    private static PrintWriter dumpFile() {
        String f = System.getProperty("gazette.names.dump-pairs");
        try {
            return f == null ? null : new PrintWriter(Files.newBufferedWriter(Path.of(f), StandardCharsets.UTF_8), true);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One judged candidate pair of {@code pairs.tsv}. */
    record JudgedPair(String stratum, String form, String other, String split, boolean match) {
    }

    /** Weighted counts per comparison and level, for the matches and the non-matches of one corpus. */
    static final class Estimate {
        final Map<String, double[]> match = new LinkedHashMap<>();
        final Map<String, double[]> nonMatch = new LinkedHashMap<>();
        double matches;
        double nonMatches;
        int judgedMatches;
        int judgedNonMatches;
        double candidates;
    }

    /** Command-line entry point (see the class comment). */
    public static void main(String[] args) throws IOException {
        List<Path> sets = new ArrayList<>();
        Path corpora = Path.of("../shared/corpora");
        Path weights = Path.of("analysis/src/main/resources/dev/gazette/analysis/names/match-weights.tsv");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--set" -> sets.add(Path.of(args[++i]));
                case "--corpora" -> corpora = Path.of(args[++i]);
                case "--weights" -> weights = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument '" + args[i]
                        + "': use [--set DIR]... [--corpora DIR] [--weights FILE]");
            }
        }
        if (sets.isEmpty()) {
            try (var dirs = Files.list(Path.of("eval/names"))) {
                dirs.filter(d -> Files.exists(d.resolve("pairs.tsv"))).sorted().forEach(sets::add);
            }
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        List<Estimate> estimates = new ArrayList<>();
        for (Path s : sets) {
            LabelledSet set = LabelledSet.read(s);
            Analyser analyser = Analyser.of(ReferenceData.defaults());
            CorpusKnowledge knowledge = knowledge(analyser, corpora.resolve(set.setting("input")),
                    set.settings().getProperty("args", ""));
            Estimate e = estimate(readPairs(s.resolve("pairs.tsv")), analyser, knowledge, "tune");
            estimates.add(e);
            out.printf(Locale.ROOT, "%s: %.0f candidate pairs, %d matching and %d non-matching judged pairs used, "
                            + "estimated share of matches %.4f%n", set.setting("corpus"), e.candidates, e.judgedMatches,
                    e.judgedNonMatches, e.matches / e.candidates);
        }
        write(weights, estimates);
        out.println("wrote " + weights);
    }

    /** Reads the judged pairs of a {@code pairs.tsv}; a row without a verdict is an error naming the line. */
    static List<JudgedPair> readPairs(Path file) throws IOException {
        List<JudgedPair> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        boolean header = true;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 5 || !(f[4].equals("match") || f[4].equals("different"))) {
                throw new IOException(file + ":" + (n + 1) + ": expected stratum, form, other, split and a verdict "
                        + "'match' or 'different'");
            }
            out.add(new JudgedPair(f[0], f[1], f[2], f[3], f[4].equals("match")));
        }
        return out;
    }

    /** The corpus knowledge of a run over the corpus, the names statistic gathered. */
    static CorpusKnowledge knowledge(Analyser analyser, Path input, String args) throws IOException {
        EngineOptions options = EngineOptions.builder().build();
        Engine engine = new Engine(options, analyser, List.of(new NameVariantRule(analyser.names())));
        return engine.run(NamesEvaluation.source(input, args), List.of(), r -> { }, ProgressListener.NONE).knowledge();
    }

    /** The weighted counts of one corpus from its judged pairs of part {@code split}. */
    static Estimate estimate(List<JudgedPair> pairs, Analyser analyser, CorpusKnowledge knowledge, String split) {
        Map<String, Integer> strata = new HashMap<>();
        List<CandidatePair> candidates = analyser.names().candidates(knowledge);
        for (CandidatePair p : candidates) {
            strata.merge(p.nameLevel(), 1, Integer::sum);
        }
        Map<String, List<NameComparison>> matchesOf = new HashMap<>();
        Map<String, List<NameComparison>> nonMatchesOf = new HashMap<>();
        for (JudgedPair p : pairs) {
            if (!p.split().equals(split)) {
                continue;
            }
            NameComparison c = analyser.names().compare(knowledge, p.form(), p.other()).orElse(null);
            String level = c == null ? null : c.levels().get(0).level();
            if (level == null || !level.replace(TRANSLITERATED, "").equals(p.stratum())) {
                continue; // no longer a pair of the stratum it was drawn from
            }
            // a transliterated key level is a part of its stratum: the sample stays uniform within it
            (p.match() ? matchesOf : nonMatchesOf).computeIfAbsent(level, k -> new ArrayList<>()).add(c);
            if (DUMP != null) {
                DUMP.println(String.join("\t", p.stratum(), p.match() ? "match" : "different", p.form(), p.other(),
                        String.format(Locale.ROOT, "%.3f", c.probability()), c.evidence()));
            }
        }
        Estimate e = new Estimate();
        e.candidates = candidates.size();
        for (Map.Entry<String, Integer> s : strata.entrySet()) {
            List<NameComparison> yes = matchesOf.getOrDefault(s.getKey(), List.of());
            List<NameComparison> no = nonMatchesOf.getOrDefault(s.getKey(), List.of());
            int judged = yes.size() + no.size();
            double share = (yes.size() + 0.5) / (judged + 1.0);
            double m = s.getValue() * share;
            double u = s.getValue() * (1 - share);
            e.matches += m;
            e.nonMatches += u;
            e.judgedMatches += yes.size();
            e.judgedNonMatches += no.size();
            if (yes.isEmpty()) {
                // no judged match to tell the other comparisons: the stratum's estimated matches
                // count for its name level only
                e.match.computeIfAbsent("name\t" + s.getKey(), k -> new double[1])[0] += m;
            }
            for (NameComparison c : yes) {
                add(e.match, c, m / yes.size());
            }
            if (no.isEmpty()) {
                e.nonMatch.computeIfAbsent("name\t" + s.getKey(), k -> new double[1])[0] += u;
            }
            for (NameComparison c : no) {
                add(e.nonMatch, c, u / no.size());
            }
        }
        return e;
    }

    private static void add(Map<String, double[]> into, NameComparison c, double weight) {
        for (NameComparison.Level l : c.levels()) {
            into.computeIfAbsent(c.rowLabel(l) + "\t" + l.level(), k -> new double[1])[0] += weight;
        }
        into.computeIfAbsent("judged\t" + c.group(), k -> new double[1])[0] += 1;
    }

    /**
     * The share of a corpus's matches (or non-matches) at each level of one comparison, smoothed
     * by half a judged pair per level.
     */
    private static double share(Map<String, double[]> counts, String comparison, String key, List<String> levels,
                                double total) {
        double sum = 0;
        for (String l : levels) {
            sum += counts.getOrDefault(comparison + "\t" + l, new double[1])[0];
        }
        double c = counts.getOrDefault(key, new double[1])[0];
        if (comparison.equals("name")) {
            // each stratum's count is its size times a smoothed share of matches: no more smoothing
            return sum == 0 ? 0 : c / sum;
        }
        int judged = (int) counts.getOrDefault("judged\t" + comparison.substring(comparison.indexOf('/') + 1),
                new double[1])[0];
        double perPair = judged == 0 ? total : sum / judged;
        return (c + 0.5 * perPair) / (sum + 0.5 * perPair * levels.size());
    }

    /** Rewrites the weights file: the estimated rows, the settings kept. */
    static void write(Path file, List<Estimate> estimates) throws IOException {
        List<String> settings = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("setting\t") && !line.startsWith("setting\tprior\t")) {
                settings.add(line);
            }
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("# Weights of the names decision (Fellegi-Sunter), estimated by eval/run.sh names-weights\n"
                    + "# (dev.gazette.eval.names.NameWeights) on the tune parts of the hand-judged samples of candidate\n"
                    + "# pairs (eval/names/*/pairs.tsv): m is the share of the matching candidate pairs at the level,\n"
                    + "# u the share of the non-matching ones, each corpus's estimate weighted by the sizes of the strata\n"
                    + "# (name levels) the samples were drawn from, smoothed by half a judged pair per level, and the\n"
                    + "# corpora averaged; weight = log2(m/u).\n"
                    + "# comparison\tlevel\tm\tu\tweight (bits)\n");
            for (Map.Entry<String, List<String>> e : NameComparison.comparisons().entrySet()) {
                for (String level : e.getValue()) {
                    String key = e.getKey() + "\t" + level;
                    double m = 0;
                    double u = 0;
                    for (Estimate est : estimates) {
                        m += share(est.match, e.getKey(), key, e.getValue(), est.matches);
                        u += share(est.nonMatch, e.getKey(), key, e.getValue(), est.nonMatches);
                    }
                    m = Math.max(1e-6, m / estimates.size());
                    u = Math.max(1e-6, u / estimates.size());
                    w.write(String.format(Locale.ROOT, "%s\t%.6f\t%.6f\t%+.2f%n", key, m, u, Math.log(m / u) / Math.log(2)));
                }
            }
            double lambda = 0;
            for (Estimate est : estimates) {
                lambda += est.matches / est.candidates;
            }
            w.write(String.format(Locale.ROOT, "setting\tprior\t%.4f%n", lambda / estimates.size()));
            for (String s : settings) {
                w.write(s + "\n");
            }
        }
    }
}
