package dev.gazette.analysis.names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A manual benchmark, not a test: clusters N distinct synthetic name forms (default 1,000,000)
 * and prints the time. Names are built from Arabic- and Persian-like syllables, two to four
 * words, each with a few transliteration variants (doubled letters, q/k/gh, dh/d, ou/u, e/i,
 * al- dropped), mixed with organisation names, so that the blocking buckets are realistic.
 *
 * <pre>
 * mvn -q -pl validate -am test-compile
 * java -Xmx4g -cp "validate/target/test-classes:validate/target/classes:$(cat cp.txt)" \
 *     dev.gazette.validate.rules.names.NameClustererScale 1000000
 * </pre>
 */
public final class NameClustererScale {

    private static final String[] ONSETS = {"b", "d", "f", "h", "j", "k", "kh", "l", "m", "n", "q", "r", "s", "sh",
        "t", "w", "y", "z", "gh", "dh", "th", "ch", "p", "v", "g"};
    private static final String[] VOWELS = {"a", "i", "u", "aa", "ee", "ou", "e", "o", "ai", "ei"};
    private static final String[] ORG = {"Brigades", "Council", "Front", "Movement", "Party", "Forces", "Agency",
        "Organization", "Company", "Group"};

    private NameClustererScale() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Random rnd = new Random(42);
        Set<String> seen = new HashSet<>(n * 2);
        List<NameClusterer.Form> forms = new ArrayList<>(n);
        while (forms.size() < n) {
            int words = 2 + rnd.nextInt(3);
            boolean org = rnd.nextInt(5) == 0;
            StringBuilder base = new StringBuilder();
            for (int w = 0; w < words; w++) {
                if (w > 0) {
                    base.append(' ');
                }
                if (!org && w == words - 1 && rnd.nextBoolean()) {
                    base.append("al-");
                }
                base.append(word(rnd));
            }
            if (org) {
                base.append(' ').append(ORG[rnd.nextInt(ORG.length)]);
            }
            int variants = 1 + rnd.nextInt(4);
            for (int v = 0; v < variants && forms.size() < n; v++) {
                String s = v == 0 ? base.toString() : mutate(base.toString(), rnd);
                if (seen.add(s)) {
                    int[] votes = new int[4];
                    votes[org ? 1 : 0] = 3;
                    forms.add(new NameClusterer.Form(s, NameClusterer.FULL, 1 + rnd.nextInt(5), 1, votes, null));
                }
            }
        }
        NameKeys keys = new NameKeys(Lexicon.standard(), Transliteration.standard());
        NameClusterer clusterer = new NameClusterer(keys, Registry.standard());
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            long gc0 = gcMillis();
            NameIndex index = clusterer.cluster(forms, Map.of(), Map.of());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long cpu = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
            System.out.printf(Locale.ROOT, "round %d: %,d distinct forms -> %,d entities in %,d ms wall, %,d ms CPU"
                    + " of the clustering thread, %,d ms in GC%n", round + 1, forms.size(), index.entities().size(),
                    ms, cpu, gcMillis() - gc0);
        }
    }

    private static long gcMillis() {
        long t = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            t += Math.max(0, gc.getCollectionTime());
        }
        return t;
    }

    private static String word(Random rnd) {
        int syllables = 2 + rnd.nextInt(2);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            sb.append(ONSETS[rnd.nextInt(ONSETS.length)]).append(VOWELS[rnd.nextInt(VOWELS.length)]);
        }
        if (rnd.nextBoolean()) {
            sb.append(ONSETS[rnd.nextInt(ONSETS.length)]);
        }
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
    }

    private static String mutate(String s, Random rnd) {
        String[][] swaps = {{"q", "k"}, {"dh", "d"}, {"ou", "u"}, {"ee", "i"}, {"e", "i"}, {"ss", "s"}, {"al-", ""},
            {"aa", "a"}, {"gh", "q"}, {"s", "ss"}, {"i", "e"}};
        String out = s;
        int n = 1 + rnd.nextInt(2);
        for (int i = 0; i < n; i++) {
            String[] sw = swaps[rnd.nextInt(swaps.length)];
            int at = out.indexOf(sw[0], rnd.nextInt(Math.max(1, out.length())));
            if (at < 0) {
                at = out.indexOf(sw[0]);
            }
            if (at >= 0) {
                out = out.substring(0, at) + sw[1] + out.substring(at + sw[0].length());
            }
        }
        return out;
    }
}
