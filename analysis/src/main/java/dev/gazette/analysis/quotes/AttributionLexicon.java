package dev.gazette.analysis.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that tell who said a quotation: speech verbs, pronouns, titles and the like. It is
 * reference data, read from {@code attribution.tsv} (bundled) and any file of the same format
 * a user adds: one entry a line, {@code KIND<TAB>word or phrase}, {@code #} for comments. The
 * bundled file documents every kind.
 */
public final class AttributionLexicon {

    /** What a lexicon entry is. */
    enum Kind {
        VERB("verb"), VERB_FIRST("verb-first"), PRONOUN("pronoun"), MODIFIER("modifier"), PASSIVE("passive"),
        DETERMINER("determiner"), PARTICLE("particle"), TITLE("title"), STOP("stop"), PREPOSITION("preposition"),
        ABBREVIATION("abbreviation");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        static Kind of(String label) {
            for (Kind k : values()) {
                if (k.label.equals(label)) {
                    return k;
                }
            }
            return null;
        }
    }

    private static final String RESOURCE = "attribution.tsv";
    private static volatile AttributionLexicon standard;

    private final Map<Kind, Set<String>> words;
    private final Map<Kind, List<String[]>> phrases;

    private AttributionLexicon(Map<Kind, Set<String>> words, Map<Kind, List<String[]>> phrases) {
        this.words = words;
        this.phrases = phrases;
    }

    /** The bundled lexicon. */
    public static AttributionLexicon standard() {
        AttributionLexicon s = standard;
        if (s == null) {
            try (InputStream in = AttributionLexicon.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("bundled resource " + RESOURCE + " is missing");
                }
                s = empty().with(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            standard = s;
        }
        return s;
    }

    /** A lexicon with no entries (tests, or a user who replaces the bundled one). */
    public static AttributionLexicon empty() {
        Map<Kind, Set<String>> w = new EnumMap<>(Kind.class);
        Map<Kind, List<String[]>> p = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            w.put(k, Set.of());
            p.put(k, List.of());
        }
        return new AttributionLexicon(w, p);
    }

    /**
     * This lexicon plus the entries of {@code file}.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed entry
     */
    public AttributionLexicon withFile(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return with(r, file.toString());
        }
    }

    private AttributionLexicon with(Reader reader, String name) throws IOException {
        Map<Kind, Set<String>> w = new EnumMap<>(Kind.class);
        Map<Kind, List<String[]>> p = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            w.put(k, new HashSet<>(words.get(k)));
            p.put(k, new ArrayList<>(phrases.get(k)));
        }
        BufferedReader in = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int tab = t.indexOf('\t');
            Kind kind = tab < 0 ? null : Kind.of(t.substring(0, tab).strip());
            String entry = tab < 0 ? "" : t.substring(tab + 1).strip().toLowerCase(Locale.ROOT);
            if (kind == null || entry.isEmpty()) {
                throw new IllegalArgumentException(name + ":" + number + ": expected KIND<TAB>WORD with KIND one of "
                        + Arrays.stream(Kind.values()).map(k -> k.label).toList() + ", found '" + t + "'");
            }
            String[] parts = entry.split("\\s+");
            if (parts.length == 1) {
                w.get(kind).add(entry);
            } else {
                p.get(kind).add(parts);
            }
        }
        for (Kind k : Kind.values()) {
            w.put(k, Set.copyOf(w.get(k)));
            List<String[]> list = p.get(k);
            list.sort((a, b) -> Integer.compare(b.length, a.length)); // longest phrase first
            p.put(k, List.copyOf(list));
        }
        return new AttributionLexicon(w, p);
    }

    /** True when {@code lowerWord} (lower case) is an entry of {@code kind}. */
    boolean is(Kind kind, String lowerWord) {
        return words.get(kind).contains(lowerWord);
    }

    /**
     * The number of words of the longest entry of {@code kind} that starts at word {@code i} of
     * {@code lowerWords}; 0 when none does.
     */
    int match(Kind kind, List<String> lowerWords, int i) {
        for (String[] phrase : phrases.get(kind)) {
            if (i + phrase.length <= lowerWords.size()) {
                boolean all = true;
                for (int j = 0; j < phrase.length && all; j++) {
                    all = phrase[j].equals(lowerWords.get(i + j));
                }
                if (all) {
                    return phrase.length;
                }
            }
        }
        return i < lowerWords.size() && is(kind, lowerWords.get(i)) ? 1 : 0;
    }
}
