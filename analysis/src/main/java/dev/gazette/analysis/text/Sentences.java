package dev.gazette.analysis.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences: a sentence ends at '.', '!' or '?' (with closing quotes or
 * brackets) followed by white space and a capital, a digit or an opening quote, unless the word
 * before the stop is an abbreviation of {@code abbreviations.txt}, a single letter ("J. Smith")
 * or a dotted acronym followed by a lower-case word.
 */
public final class Sentences {

    private static final Sentences STANDARD = new Sentences(read("abbreviations.txt"));

    private final Set<String> abbreviations;

    Sentences(Set<String> abbreviations) {
        this.abbreviations = Set.copyOf(abbreviations);
    }

    /** The splitter with the bundled abbreviation list. */
    public static Sentences standard() {
        return STANDARD;
    }

    /** A sentence as offsets {@code [start, end)} into the text given to {@link #split}. */
    public record Bounds(int start, int end) {
    }

    /** The sentences of {@code text}, white space trimmed, in order. */
    public List<Bounds> split(String text) {
        List<Bounds> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < n && isCloser(text.charAt(j))) {
                j++;
            }
            int k = j;
            while (k < n && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (k == j || k >= n || !opensSentence(text.charAt(k))) {
                continue;
            }
            if (c == '.' && !endsSentence(text, i, k)) {
                continue;
            }
            add(out, text, start, j);
            start = k;
            i = k - 1;
        }
        add(out, text, start, n);
        return out;
    }

    private boolean endsSentence(String text, int stop, int next) {
        int w = stop;
        while (w > 0 && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
            w--;
        }
        String word = text.substring(w, stop).toLowerCase(Locale.ROOT);
        while (!word.isEmpty() && !Character.isLetterOrDigit(word.charAt(0))) {
            word = word.substring(1);
        }
        if (abbreviations.contains(word)) {
            return false;
        }
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return false;
        }
        if (word.matches("(?:\\p{L}\\.)+\\p{L}")) {
            // a dotted acronym ("U.S."): a sentence ends after it only before a word that is not capitalised-then-lower
            return !Character.isUpperCase(text.charAt(next)) ? false : followingWordLooksLikeSentenceStart(text, next);
        }
        return true;
    }

    private static boolean followingWordLooksLikeSentenceStart(String text, int at) {
        int e = at;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        String w = text.substring(at, e);
        return Set.of("The", "A", "An", "He", "She", "It", "They", "We", "I", "In", "On", "At", "But", "And",
                "This", "That", "There", "His", "Her", "Its", "Their", "However", "Meanwhile").contains(w);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']';
    }

    private static boolean opensSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201c' || c == '\u2018'
                || c == '(' || c == '\'';
    }

    private static void add(List<Bounds> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Bounds(start, end));
        }
    }

    static Set<String> read(String resource) {
        try (InputStream in = Sentences.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled " + resource);
            }
            Set<String> out = new HashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s.toLowerCase(Locale.ROOT));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + resource, e);
        }
    }
}
