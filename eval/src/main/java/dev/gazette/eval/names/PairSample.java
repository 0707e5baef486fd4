package dev.gazette.eval.names;

import dev.gazette.analysis.CorpusKnowledge;
import dev.gazette.analysis.ReferenceData;
import dev.gazette.analysis.names.CandidatePair;
import dev.gazette.analysis.pipeline.Analyser;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Draws the sample of candidate pairs to judge by hand for a names set ({@code pairs.tsv}): the
 * corpus goes through the engine, and among the pairs of forms the clusterer weighs, up to
 * {@code --per-stratum} pairs are drawn at random from each name level (the stratum), so that the
 * rare levels (the same letters, the same key) are judged as often as the common ones (one name
 * inside another). The file records each stratum's size, which the estimate of the weights needs
 * to weigh the sampled pairs ({@link NameWeights}). Pairs are split into tune and held-out parts by
 * a seeded hash. Verdicts are left empty for a person to fill in ({@code match}: the two forms
 * denote one entity where the corpus uses them; {@code different}: they do not, or one is not a
 * name at all).
 *
 * <p>Arguments: {@code --set DIR --corpora DIR [--per-stratum N] [--seed S] [--heldout PERCENT]}.
 */
public final class PairSample {

    private PairSample() {
    }

    /** Command-line entry point (see the class comment). */
    public static void main(String[] args) throws IOException {
        Path setDir = null;
        Path corpora = Path.of("../shared/corpora");
        int perStratum = 25;
        long seed = 14;
        int heldout = 40;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--set" -> setDir = Path.of(args[++i]);
                case "--corpora" -> corpora = Path.of(args[++i]);
                case "--per-stratum" -> perStratum = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--heldout" -> heldout = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument '" + args[i]
                        + "': use --set DIR [--corpora DIR] [--per-stratum N] [--seed S] [--heldout PERCENT]");
            }
        }
        if (setDir == null) {
            throw new IllegalArgumentException("--set DIR is required");
        }
        LabelledSet set = LabelledSet.read(setDir);
        Analyser analyser = Analyser.of(ReferenceData.defaults());
        CorpusKnowledge knowledge = NameWeights.knowledge(analyser, corpora.resolve(set.setting("input")),
                set.settings().getProperty("args", ""));
        Map<String, List<CandidatePair>> strata = new TreeMap<>();
        for (CandidatePair p : analyser.names().candidates(knowledge)) {
            strata.computeIfAbsent(p.nameLevel(), k -> new ArrayList<>()).add(p);
        }
        Path out = setDir.resolve("pairs.tsv");
        if (Files.exists(out)) {
            throw new IOException(out + " exists: a judged sample is never drawn again (delete it to start over)");
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# Candidate pairs of " + set.setting("corpus") + " judged by hand: up to " + perStratum
                    + " pairs drawn at random (seed " + seed + ") from each name level of the pairs the clusterer\n"
                    + "# weighs (dev.gazette.eval.names.PairSample); verdict 'match' when the two forms denote one entity\n"
                    + "# where the corpus uses them, 'different' when not (or one is not a name); " + heldout
                    + "% held out by a seeded hash.\n");
            StringBuilder sizes = new StringBuilder("# stratum sizes:");
            strata.forEach((level, pairs) -> sizes.append(' ').append(level).append('=').append(pairs.size()));
            w.write(sizes + "\n");
            w.write("stratum\tform\tother\tsplit\tverdict\tnote\n");
            for (Map.Entry<String, List<CandidatePair>> e : strata.entrySet()) {
                List<CandidatePair> pairs = new ArrayList<>(e.getValue());
                pairs.sort(Comparator.comparing(CandidatePair::form).thenComparing(CandidatePair::other));
                Collections.shuffle(pairs, new Random(seed ^ e.getKey().hashCode()));
                for (CandidatePair p : pairs.subList(0, Math.min(perStratum, pairs.size()))) {
                    w.write(String.join("\t", e.getKey(), p.form(), p.other(),
                            Split.of(seed, p.form() + "\u0000" + p.other(), heldout), "", "") + "\n");
                }
            }
        }
    }

    /** The seeded split of a key into tune and held-out parts. */
    static final class Split {
        private Split() {
        }

        static String of(long seed, String key, int heldoutPercent) {
            long h = 0xcbf29ce484222325L ^ seed;
            for (int i = 0; i < key.length(); i++) {
                h ^= key.charAt(i);
                h *= 0x100000001b3L;
            }
            h ^= h >>> 29;
            return Math.floorMod(h, 100) < heldoutPercent ? "heldout" : "tune";
        }
    }
}
