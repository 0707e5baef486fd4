package dev.gazette.eval.names;

import dev.gazette.analysis.CorpusKnowledge;
import dev.gazette.analysis.ReferenceData;
import dev.gazette.analysis.names.MatchWeights;
import dev.gazette.analysis.names.NameComparison;
import dev.gazette.analysis.pipeline.Analyser;
import dev.gazette.eval.names.LabelledSet.Negative;
import dev.gazette.eval.names.LabelledSet.Occurrence;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Development aid: how the names decision sees the labelled pairs of one part of a set. For
 * every family, each pair of its distinct surfaces compared as the clusterer compares them
 * (probability, weight, levels), the pairs below the link probability first; then every pair of
 * surfaces of the hard negatives. Prints the weights fitted to the corpus too.
 *
 * <p>Arguments: {@code --set DIR [--corpora DIR] [--split tune|heldout|all]}.
 */
public final class NameDiagnosis {

    private NameDiagnosis() {
    }

    /** Command-line entry point (see the class comment). */
    public static void main(String[] args) throws IOException {
        Path setDir = null;
        Path corpora = Path.of("../shared/corpora");
        String split = "tune";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--set" -> setDir = Path.of(args[++i]);
                case "--corpora" -> corpora = Path.of(args[++i]);
                case "--split" -> split = args[++i];
                default -> throw new IllegalArgumentException("unknown argument '" + args[i]
                        + "': use --set DIR [--corpora DIR] [--split tune|heldout|all]");
            }
        }
        LabelledSet set = LabelledSet.read(setDir);
        Analyser analyser = Analyser.of(ReferenceData.defaults());
        CorpusKnowledge knowledge = NameWeights.knowledge(analyser, corpora.resolve(set.setting("input")),
                set.settings().getProperty("args", ""));
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        MatchWeights w = analyser.names().weights(knowledge).orElseThrow();
        out.printf(Locale.ROOT, "share of matches among %d candidate pairs: %.4f%n", w.pairs(), w.lambda());
        calibration(setDir, split, analyser, knowledge, out);
        Map<String, TreeSet<String>> surfaces = new TreeMap<>();
        for (Occurrence o : set.occurrences()) {
            if ((split.equals("all") || o.split().equals(split)) && !o.optional()) {
                surfaces.computeIfAbsent(o.family(), k -> new TreeSet<>()).add(o.surface());
            }
        }
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, TreeSet<String>> f : surfaces.entrySet()) {
            List<String> s = new ArrayList<>(f.getValue());
            for (int i = 0; i < s.size(); i++) {
                for (int j = i + 1; j < s.size(); j++) {
                    lines.add(line(f.getKey(), s.get(i), s.get(j), analyser, knowledge));
                }
            }
        }
        lines.sort(null);
        out.println("\nPairs of one family (probability first):");
        lines.forEach(out::println);
        out.println("\nPairs of the hard negatives:");
        for (Negative n : set.negatives()) {
            if (!(split.equals("all") || n.split().equals(split))) {
                continue;
            }
            for (String a : surfaces.getOrDefault(n.familyA(), new TreeSet<>())) {
                for (String b : surfaces.getOrDefault(n.familyB(), new TreeSet<>())) {
                    out.println(line(n.familyA() + "/" + n.familyB(), a, b, analyser, knowledge));
                }
            }
        }
    }

    /** How well the match probabilities fit the judged candidate pairs of the part, by name level. */
    static void calibration(Path setDir, String split, Analyser analyser, CorpusKnowledge knowledge, PrintWriter out)
            throws IOException {
        Path file = setDir.resolve("pairs.tsv");
        if (!java.nio.file.Files.exists(file)) {
            return;
        }
        Map<String, double[]> byStratum = new TreeMap<>();
        double logLoss = 0;
        int n = 0;
        List<String> worst = new ArrayList<>();
        for (NameWeights.JudgedPair p : NameWeights.readPairs(file)) {
            if (!(split.equals("all") || p.split().equals(split))) {
                continue;
            }
            NameComparison c = analyser.names().compare(knowledge, p.form(), p.other()).orElse(null);
            double prob = c == null ? 0 : c.probability();
            String stratum = c == null ? "(not compared)" : c.levels().get(0).level();
            double[] s = byStratum.computeIfAbsent(stratum, k -> new double[4]);
            s[0]++;
            s[1] += p.match() ? 1 : 0;
            s[2] += prob;
            s[3] += (p.match() ? 1 : 0) == (prob >= 0.9 ? 1 : 0) ? 1 : 0;
            double q = Math.min(1 - 1e-6, Math.max(1e-6, prob));
            logLoss -= p.match() ? Math.log(q) : Math.log(1 - q);
            n++;
            if ((p.match() && prob < 0.5) || (!p.match() && prob >= 0.5)) {
                worst.add(String.format(Locale.ROOT, "  %s %.3f %s | %s  %s", p.match() ? "MATCH" : "diff ", prob,
                        p.form(), p.other(), c == null ? "" : c.evidence()));
            }
        }
        out.println("\nJudged candidate pairs (" + split + "): stratum, pairs, judged matches, mean probability, "
                + "right at p>=0.9");
        byStratum.forEach((k, v) -> out.printf(Locale.ROOT, "  %-15s %3.0f %3.0f %6.2f %3.0f%n", k, v[0], v[1], v[2], v[3]));
        out.printf(Locale.ROOT, "  mean log loss %.3f over %d pairs%n", n == 0 ? 0 : logLoss / n, n);
        out.println("Pairs the probability gets on the wrong side of 0.5:");
        worst.forEach(out::println);
    }

    private static String line(String label, String a, String b, Analyser analyser, CorpusKnowledge knowledge) {
        NameComparison c = analyser.names().compare(knowledge, a, b).orElse(null);
        String forms = (analyser.names().isForm(knowledge, a) ? "" : "~") + a + " | "
                + (analyser.names().isForm(knowledge, b) ? "" : "~") + b;
        if (c == null) {
            return "  -    " + label + ": " + forms + " (not compared)";
        }
        return String.format(Locale.ROOT, "%.4f %s: %s  %+.1f  %s", c.probability(), label, forms, c.weight(),
                c.evidence());
    }
}
