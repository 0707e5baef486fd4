package dev.gazette.analysis.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rewrite rules of {@code transliteration.tsv}, applied in one left-to-right pass with the
 * longest fitting rule winning at each position. A trie-free table keyed by the first
 * character keeps a pass linear in the word's length, which matters: every distinct name of
 * a corpus is keyed once.
 */
final class Transliteration {

    private static final String RESOURCE = "transliteration.tsv";

    enum Where { ANY, START, END, VOWEL, CONSONANT }

    record Rule(String from, String to, Where where) {
    }

    private final Map<Character, Rule[]> byFirst;
    private final Rule[][] byAsciiFirst = new Rule[128][];
    private final Map<Character, String> beforeFolding;

    private Transliteration(List<Rule> rules) {
        Map<Character, List<Rule>> map = new HashMap<>();
        Map<Character, String> pre = new HashMap<>();
        for (Rule r : rules) {
            if (r.from().length() == 1 && r.from().charAt(0) > 'z') {
                pre.put(r.from().charAt(0), r.to());
            }
            map.computeIfAbsent(r.from().charAt(0), c -> new ArrayList<>()).add(r);
        }
        this.beforeFolding = Map.copyOf(pre);
        Map<Character, Rule[]> sorted = new HashMap<>();
        for (Map.Entry<Character, List<Rule>> e : map.entrySet()) {
            List<Rule> l = e.getValue();
            l.sort((a, b) -> Integer.compare(b.from().length(), a.from().length()));
            sorted.put(e.getKey(), l.toArray(Rule[]::new));
        }
        this.byFirst = sorted;
        for (Map.Entry<Character, Rule[]> e : sorted.entrySet()) {
            if (e.getKey() < 128) {
                byAsciiFirst[e.getKey()] = e.getValue();
            }
        }
    }

    static Transliteration standard() {
        return Holder.STANDARD;
    }

    /**
     * Reads rules; {@code name} is used in error messages.
     *
     * @throws IllegalArgumentException naming the line when a rule is malformed
     */
    static Transliteration parse(InputStream in, String name) throws IOException {
        List<Rule> rules = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 2 || f[0].isEmpty()) {
                    throw new IllegalArgumentException(name + ":" + n + ": expected 'from<TAB>to[<TAB>where]'");
                }
                Where where = Where.ANY;
                if (f.length > 2 && !f[2].isBlank()) {
                    try {
                        where = Where.valueOf(f[2].strip().toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(name + ":" + n + ": unknown position '" + f[2]
                                + "'; use any, start, end, vowel or consonant", e);
                    }
                }
                rules.add(new Rule(f[0], f[1], where));
            }
        }
        return new Transliteration(rules);
    }

    /**
     * Applies the one-letter rules for letters outside a-z ("ç" to "ch") to lower-case text,
     * before accents are dropped, so that they are not lost as a mere accent.
     */
    String beforeFolding(String lower) {
        StringBuilder out = null;
        for (int i = 0; i < lower.length(); i++) {
            String to = lower.charAt(i) > 'z' ? beforeFolding.get(lower.charAt(i)) : null;
            if (to != null && out == null) {
                out = new StringBuilder(lower.length() + 4).append(lower, 0, i);
            }
            if (out != null) {
                if (to != null) {
                    out.append(to);
                } else {
                    out.append(lower.charAt(i));
                }
            }
        }
        return out == null ? lower : out.toString();
    }

    /** Rewrites a folded (lower-case, unaccented) word. */
    String apply(String word) {
        StringBuilder out = new StringBuilder(word.length() + 4);
        int i = 0;
        int n = word.length();
        while (i < n) {
            char c = word.charAt(i);
            Rule[] candidates = c < 128 ? byAsciiFirst[c] : byFirst.get(c);
            Rule hit = null;
            if (candidates != null) {
                for (Rule r : candidates) {
                    if (fits(r, word, i)) {
                        hit = r;
                        break;
                    }
                }
            }
            if (hit == null) {
                out.append(c);
                i++;
            } else {
                out.append(hit.to());
                i += hit.from().length();
            }
        }
        return out.toString();
    }

    private static boolean fits(Rule r, String word, int at) {
        if (!word.startsWith(r.from(), at)) {
            return false;
        }
        int end = at + r.from().length();
        return switch (r.where()) {
            case ANY -> true;
            case START -> at == 0;
            case END -> end == word.length();
            case VOWEL -> end < word.length() && isVowel(word.charAt(end));
            case CONSONANT -> end < word.length() && !isVowel(word.charAt(end));
        };
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    private static final class Holder {
        static final Transliteration STANDARD = load();

        private static Transliteration load() {
            try (InputStream in = Transliteration.class.getResourceAsStream(RESOURCE)) {
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
