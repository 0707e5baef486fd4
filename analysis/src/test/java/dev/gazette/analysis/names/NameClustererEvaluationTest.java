package dev.gazette.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the name clusterer on a labelled set of real transliterated names
 * ({@code names/eval/variants.tsv}: spellings of one entity; {@code negatives.tsv}: different
 * entities that look alike). All names go into one corpus; pairwise precision and recall are
 * computed on the labelled pairs and over every pair of the pool (any two names not labelled as
 * one entity count as different). Fails below precision 0.98 or recall 0.90.
 */
class NameClustererEvaluationTest {

    static final double MIN_PRECISION = 0.98;
    static final double MIN_RECALL = 0.90;

    record Pair(String a, String b, String note) {
    }

    /** One evaluation set: the names with their types, gold entities and labelled pairs. */
    static final class EvalSet {
        final Map<String, EntityType> types = new LinkedHashMap<>();
        final Map<String, Integer> gold = new HashMap<>();
        final List<Pair> positives = new ArrayList<>();
        final List<Pair> negatives = new ArrayList<>();
    }

    static final EvalSet MAIN = new EvalSet();
    static final EvalSet HELD_OUT = new EvalSet();
    static final EvalSet COMBINED = new EvalSet();
    static Map<String, EntityType> TYPES;
    static Map<String, Integer> GOLD;
    static List<Pair> POSITIVES;
    static List<Pair> NEGATIVES;

    @BeforeAll
    static void load() throws IOException {
        load(MAIN, List.of("variants.tsv"), List.of("negatives.tsv"));
        load(HELD_OUT, List.of("variants-heldout.tsv"), List.of("negatives-heldout.tsv"));
        load(COMBINED, List.of("variants.tsv", "variants-heldout.tsv"),
                List.of("negatives.tsv", "negatives-heldout.tsv"));
        use(MAIN);
    }

    private static void use(EvalSet set) {
        TYPES = set.types;
        GOLD = set.gold;
        POSITIVES = set.positives;
        NEGATIVES = set.negatives;
    }

    private static void load(EvalSet set, List<String> variantFiles, List<String> negativeFiles) throws IOException {
        use(set);
        int group = 0;
        List<String> variantLines = new ArrayList<>();
        for (String f : variantFiles) {
            variantLines.addAll(lines(f));
        }
        List<String> negativeLines = new ArrayList<>();
        for (String f : negativeFiles) {
            negativeLines.addAll(lines(f));
        }
        for (String line : variantLines) {
            String[] f = line.split("\t");
            EntityType type = EntityType.parse(f[0]);
            String[] names = f[2].split("\\|");
            for (int i = 0; i < names.length; i++) {
                String a = names[i].strip();
                put(a, type);
                assertThat(GOLD.put(a, group)).as("'%s' is listed in two entities", a).isNull();
                for (int j = i + 1; j < names.length; j++) {
                    POSITIVES.add(new Pair(a, names[j].strip(), f[1]));
                }
            }
            group++;
        }
        for (String line : negativeLines) {
            String[] f = line.split("\t");
            put(f[1], EntityType.parse(f[0]));
            put(f[3], EntityType.parse(f[2]));
            for (String n : new String[] {f[1], f[3]}) {
                if (!GOLD.containsKey(n)) {
                    GOLD.put(n, group++);
                }
            }
            assertThat(GOLD.get(f[1])).as("negative pair %s / %s is one entity in variants.tsv", f[1], f[3])
                    .isNotEqualTo(GOLD.get(f[3]));
            NEGATIVES.add(new Pair(f[1], f[3], f[4]));
        }
    }

    private static void put(String name, EntityType type) {
        EntityType before = TYPES.putIfAbsent(name, type);
        assertThat(before == null || before == type).as("'%s' has two types", name).isTrue();
    }

    private static List<String> lines(String file) throws IOException {
        try (InputStream in = NameClustererEvaluationTest.class.getResourceAsStream("/names/eval/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    @Test
    void evaluationSetHoldsAtLeast150VariantPairsAnd150HardNegatives() {
        assertThat(POSITIVES).hasSizeGreaterThanOrEqualTo(150);
        assertThat(NEGATIVES).hasSizeGreaterThanOrEqualTo(150);
    }

    @Test
    void clustererReachesPrecision98AndRecall90OnLabelledPairs() {
        Map<String, Integer> predicted = cluster(true);
        Scores s = labelled(predicted);
        print("labelled pairs, with type cues", s);
        assertThat(s.precision()).as("precision (false merges: %s)", s.falseMerges).isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(s.recall()).as("recall (missed: %s)", s.missed).isGreaterThanOrEqualTo(MIN_RECALL);
    }

    @Test
    void clustererReachesPrecision98AndRecall90OverAllPairsOfThePool() {
        Map<String, Integer> predicted = cluster(true);
        Scores s = allPairs(predicted);
        print("all pairs of the pool, with type cues", s);
        assertThat(s.precision()).isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(s.recall()).isGreaterThanOrEqualTo(MIN_RECALL);
    }

    /**
     * The held-out set was compiled after the rules were frozen and measured once (precision
     * 0.986, recall 0.873 on its labelled pairs); that measurement found a bug in how "Abd" joins
     * the next word and led to leaving Turkish ç/ş to NFD, after which it reads as below. It is
     * no longer independent, so it only guards against regressions, with looser bounds.
     */
    @Test
    void heldOutSetStaysAbovePrecision97AndRecall85() {
        use(HELD_OUT);
        try {
            Map<String, Integer> predicted = cluster(true);
            Scores labelled = labelled(predicted);
            Scores all = allPairs(predicted);
            print("HELD-OUT labelled pairs, with type cues", labelled);
            print("HELD-OUT all pairs of the pool, with type cues", all);
            assertThat(POSITIVES).hasSizeGreaterThanOrEqualTo(150);
            assertThat(labelled.precision()).isGreaterThanOrEqualTo(0.97);
            assertThat(all.precision()).isGreaterThanOrEqualTo(0.97);
            assertThat(labelled.recall()).isGreaterThanOrEqualTo(0.85);
        } finally {
            use(MAIN);
        }
    }

    @Test
    void bothSetsTogetherReachPrecision98AndRecall90() {
        use(COMBINED);
        try {
            Map<String, Integer> predicted = cluster(true);
            Scores labelled = labelled(predicted);
            Scores all = allPairs(predicted);
            print("BOTH SETS labelled pairs, with type cues", labelled);
            print("BOTH SETS all pairs of the pool, with type cues", all);
            assertThat(labelled.precision()).isGreaterThanOrEqualTo(MIN_PRECISION);
            assertThat(all.precision()).isGreaterThanOrEqualTo(MIN_PRECISION);
            assertThat(labelled.recall()).isGreaterThanOrEqualTo(MIN_RECALL);
            assertThat(all.recall()).isGreaterThanOrEqualTo(MIN_RECALL);
        } finally {
            use(MAIN);
        }
    }

    @Test
    void clustererKeepsPrecision98WithoutTypeCues() {
        Map<String, Integer> predicted = cluster(false);
        Scores labelled = labelled(predicted);
        Scores all = allPairs(predicted);
        print("labelled pairs, no type cues", labelled);
        print("all pairs of the pool, no type cues", all);
        assertThat(labelled.precision()).as("false merges: %s", labelled.falseMerges).isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(all.precision()).isGreaterThanOrEqualTo(MIN_PRECISION);
    }

    /** Clusters the pool as one corpus; every name is a full form seen once, typed when asked. */
    static Map<String, Integer> cluster(boolean typed) {
        List<NameClusterer.Form> forms = new ArrayList<>();
        for (Map.Entry<String, EntityType> e : TYPES.entrySet()) {
            int[] votes = new int[4];
            if (typed) {
                votes[e.getValue().ordinal()] = 3;
            }
            forms.add(new NameClusterer.Form(e.getKey(), NameClusterer.FULL, 1, 1, votes, null));
        }
        NameKeys keys = new NameKeys(Lexicon.standard(), Transliteration.standard());
        NameIndex index = new NameClusterer(keys, Registry.empty()).cluster(forms, Map.of(), Map.of());
        Map<String, Integer> out = new HashMap<>();
        for (String name : TYPES.keySet()) {
            out.put(name, index.form(name).entity());
        }
        return out;
    }

    static final class Scores {
        long tp;
        long fp;
        long fn;
        final List<String> falseMerges = new ArrayList<>();
        final List<String> missed = new ArrayList<>();

        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }
    }

    private static Scores labelled(Map<String, Integer> predicted) {
        Scores s = new Scores();
        for (Pair p : POSITIVES) {
            if (predicted.get(p.a()).equals(predicted.get(p.b()))) {
                s.tp++;
            } else {
                s.fn++;
                s.missed.add(p.a() + " / " + p.b());
            }
        }
        for (Pair p : NEGATIVES) {
            if (predicted.get(p.a()).equals(predicted.get(p.b()))) {
                s.fp++;
                s.falseMerges.add(p.a() + " / " + p.b());
            }
        }
        return s;
    }

    private static Scores allPairs(Map<String, Integer> predicted) {
        Scores s = new Scores();
        List<String> names = new ArrayList<>(TYPES.keySet());
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                String a = names.get(i);
                String b = names.get(j);
                boolean same = GOLD.get(a).equals(GOLD.get(b));
                boolean merged = predicted.get(a).equals(predicted.get(b));
                if (same && merged) {
                    s.tp++;
                } else if (same) {
                    s.fn++;
                    s.missed.add(a + " / " + b);
                } else if (merged) {
                    s.fp++;
                    s.falseMerges.add(a + " / " + b);
                }
            }
        }
        return s;
    }

    private static void print(String what, Scores s) {
        System.out.printf(Locale.ROOT, "name clusterer, %s: precision %.4f (%d/%d), recall %.4f (%d/%d)%n", what,
                s.precision(), s.tp, s.tp + s.fp, s.recall(), s.tp, s.tp + s.fn);
        System.out.println("  false merges: " + s.falseMerges);
        System.out.println("  missed: " + s.missed);
    }
}
