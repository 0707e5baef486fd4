package dev.gazette.model.parse;

import java.util.Locale;

/**
 * The corpus-level boilerplate signal: counts, for each short line, how many articles hold
 * it. A line found in at least a threshold of articles is boilerplate even when no pattern
 * knows it (a site's slogan, a wire service's sign-off). Lines are compared after folding
 * case and runs of whitespace; digits count, so dates and figures that happen to repeat
 * ("Pay March 31" vs "Pay March 13") stay apart.
 *
 * <p>Lines are counted by a 64-bit hash of their folded form, not by their text, so the
 * signal stays compact however large the corpus. {@link #keys(String)} is pure and may run on
 * any thread; {@link #add(long[])} and {@link #merge(RecurringLines)} are not thread-safe:
 * feed one instance from one thread (or one per thread, then merge). Counts are sums, so the
 * result does not depend on the order articles arrive in. Reading ({@link #articlesWith}) is
 * safe from many threads once counting is over.
 */
public final class RecurringLines implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final int maxWords;
    private final LongCounts articlesPerLine = new LongCounts();
    private int articles;

    public RecurringLines(int maxWords) {
        this.maxWords = maxWords;
    }

    /** Counts the distinct short lines of one article. */
    public void addArticle(String text) {
        add(keys(text));
    }

    /**
     * The hashes of the distinct countable lines of {@code text}, for {@link #add(long[])}.
     * Thread-safe: it reads nothing but the word limit.
     */
    public long[] keys(String text) {
        long[] found = new long[16];
        int n = 0;
        int start = 0;
        int len = text.length();
        for (int i = 0; i <= len; i++) {
            if (i == len || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                if (i > start) {
                    long h = keyHash(text, start, i, maxWords);
                    if (h != 0) {
                        if (n == found.length) {
                            found = java.util.Arrays.copyOf(found, n * 2);
                        }
                        found[n++] = h;
                    }
                }
                start = i + 1;
            }
        }
        return LongCounts.distinct(found, n);
    }

    /** Counts one article whose distinct line hashes are {@code keys} (from {@link #keys(String)}). */
    public void add(long[] keys) {
        articles++;
        for (long k : keys) {
            articlesPerLine.add(k, 1);
        }
    }

    /**
     * Adds one line counted elsewhere: {@code articles} more articles hold the line whose hash is
     * {@code key} (from {@link #keys(String)}). With {@link #addArticles(int)} this assembles a
     * signal whose lines were counted apart, each on the shard it hashed to: a distributed runner
     * counts every line key where it lands and keeps only the lines that can reach the parser's
     * threshold, so that no worker holds every distinct line of a large corpus.
     */
    public void addLine(long key, int articles) {
        articlesPerLine.add(key, articles);
    }

    /**
     * A copy holding only the lines that at least {@code minArticles} articles hold, and no
     * article count. When {@code minArticles} is at most the parser's {@code recurringMinArticles},
     * the parser finds the same recurring lines with the copy as with the whole signal (a line held
     * by fewer articles never reaches its threshold); a distributed runner prunes each shard of the
     * line counts this way before the shards are merged.
     */
    public RecurringLines pruned(int minArticles) {
        RecurringLines out = new RecurringLines(maxWords);
        articlesPerLine.forEach((key, count) -> {
            if (count >= minArticles) {
                out.articlesPerLine.add(key, count);
            }
        });
        return out;
    }

    /** Counts {@code n} more articles without adding their lines (see {@link #addLine(long, int)}). */
    public void addArticles(int n) {
        articles += n;
    }

    /** Adds the counts of {@code other} (articles counted elsewhere, e.g. on another thread). */
    public void merge(RecurringLines other) {
        if (other.maxWords != maxWords) {
            throw new IllegalArgumentException("cannot merge recurring lines counted with another word limit");
        }
        articles += other.articles;
        articlesPerLine.addAll(other.articlesPerLine);
    }

    /** How many articles have been added. */
    public int articles() {
        return articles;
    }

    /** How many distinct short lines are counted (a measure of the signal's memory). */
    public int distinctLines() {
        return articlesPerLine.size();
    }

    /** How many articles hold {@code line} (after folding); 0 for lines too long to count. */
    public int articlesWith(String line) {
        long h = keyHash(line, 0, line.length(), maxWords);
        return h == 0 ? 0 : articlesPerLine.get(h);
    }

    /**
     * {@code hash(key(text.substring(from, to), maxWords))} without building the strings, or 0
     * when the line is not counted. Lines of ASCII text (nearly all) take the fast path; others
     * fold through {@link #key} so that case folding stays exactly {@link String#toLowerCase}'s.
     */
    static long keyHash(String text, int from, int to, int maxWords) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s == e || e - s > 120) {
            return 0;
        }
        long h = FNV_OFFSET;
        int words = 1;
        boolean inSpaces = false;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                String key = key(text.substring(from, to), maxWords);
                return key == null ? 0 : hash(key);
            }
            if (Character.isWhitespace(c)) {
                words++;
                if (words > maxWords) {
                    return 0;
                }
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                if (!inSpaces) {
                    h = (h ^ ' ') * FNV_PRIME;
                }
                inSpaces = true;
            } else {
                h = (h ^ (c >= 'A' && c <= 'Z' ? c + 32 : c)) * FNV_PRIME;
                inSpaces = false;
            }
        }
        return finish(h);
    }

    /**
     * The comparison key of a line, or {@code null} when the line is blank or too long to count:
     * stripped, runs of white space ({@code [ \t\n\x0B\f\r]})
     * to one space, lower case.
     */
    static String key(String line, int maxWords) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 120) {
            return null;
        }
        int words = 1;
        StringBuilder sb = new StringBuilder(s.length());
        boolean inSpaces = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                words++;
                if (words > maxWords) {
                    return null;
                }
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                if (!inSpaces) {
                    sb.append(' ');
                }
                inSpaces = true;
            } else {
                sb.append(c);
                inSpaces = false;
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** A 64-bit hash of a key (FNV-1a over UTF-16 units, then MurmurHash3's finaliser); never 0. */
    static long hash(String key) {
        long h = FNV_OFFSET;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= FNV_PRIME;
        }
        return finish(h);
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
