package dev.gazette.bench.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A deterministic pool of invented people and the ways articles write their names: in full,
 * with an initial, surname only, in capitals, without or with diacritics, or misspelt (two
 * letters swapped). The variants are what Gazette's name rules have to recognise as one person.
 */
public final class NamePool {

    private final List<String[]> people;

    /** {@code size} invented people, the same for the same seed. */
    public NamePool(int size, long seed) {
        List<String> syl = ResourceLists.load("syllables.txt");
        String[] given = syl.get(0).split("\\s+");
        String[] family = syl.get(1).split("\\s+");
        SplittableRandom r = new SplittableRandom(seed);
        Set<String> seen = new LinkedHashSet<>();
        List<String[]> out = new ArrayList<>(size);
        while (out.size() < size) {
            String g = word(r, given, 2 + r.nextInt(2));
            String f = word(r, family, 2 + r.nextInt(2));
            if (seen.add(g + " " + f)) {
                out.add(new String[] {g, f});
            }
        }
        this.people = List.copyOf(out);
    }

    /** How many people the pool holds. */
    public int size() {
        return people.size();
    }

    /** The canonical full name of person {@code i}. */
    public String canonical(int i) {
        String[] p = people.get(i);
        return p[0] + " " + p[1];
    }

    /** One way an article may write person {@code i}'s name. */
    public String variant(int i, SplittableRandom r) {
        String[] p = people.get(i);
        int k = r.nextInt(20);
        return switch (k) {
            case 0, 1, 2 -> p[0].charAt(0) + ". " + p[1];
            case 3, 4, 5, 6 -> p[1];
            case 7 -> (p[0] + " " + p[1]).toUpperCase(Locale.ROOT);
            case 8 -> accented(p[0]) + " " + accented(p[1]);
            case 9 -> p[0] + " " + swapped(p[1], r);
            default -> p[0] + " " + p[1];
        };
    }

    /**
     * {@code n} distinct name surface forms (variants of a pool of {@code n / 4} people, then
     * numbered forms if the variants run out): input for clustering benchmarks.
     */
    public static List<String> surfaceForms(int n, long seed) {
        NamePool pool = new NamePool(Math.max(1, n / 4), seed);
        SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
        Set<String> out = new LinkedHashSet<>();
        for (int attempt = 0; out.size() < n && attempt < n * 8; attempt++) {
            out.add(pool.variant(r.nextInt(pool.size()), r));
        }
        for (int i = 0; out.size() < n; i++) {
            out.add(pool.canonical(i % pool.size()) + " " + (char) ('A' + i % 26) + (i / 26));
        }
        return List.copyOf(out);
    }

    private static String word(SplittableRandom r, String[] syllables, int parts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            sb.append(syllables[r.nextInt(syllables.length)]);
        }
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
    }

    private static String accented(String s) {
        return s.replace('a', 'á').replace('e', 'é').replace('o', 'ö');
    }

    private static String swapped(String s, SplittableRandom r) {
        if (s.length() < 4) {
            return s;
        }
        int i = 1 + r.nextInt(s.length() - 2);
        char[] c = s.toCharArray();
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        return new String(c);
    }
}
