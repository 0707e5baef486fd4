package dev.gazette.model.parse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The corpus-level boilerplate signal: counts, for each short line, how many articles hold
 * it. A line found in at least a threshold of articles is boilerplate even when no pattern
 * knows it (a site's slogan, a wire service's sign-off). Lines are compared after folding
 * case and runs of whitespace; digits count, so dates and figures that happen to repeat
 * ("Pay March 31" vs "Pay March 13") stay apart.
 * Not thread-safe: feed it from one thread, in input order.
 */
public final class RecurringLines {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final int maxWords;
    private final Map<String, Integer> articlesPerLine = new HashMap<>();
    private int articles;

    public RecurringLines(int maxWords) {
        this.maxWords = maxWords;
    }

    /** Counts the distinct short lines of one article. */
    public void addArticle(String text) {
        articles++;
        Set<String> seen = new HashSet<>();
        int start = 0;
        int len = text.length();
        for (int i = 0; i <= len; i++) {
            if (i == len || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                String key = key(text.substring(start, i), maxWords);
                if (key != null && seen.add(key)) {
                    articlesPerLine.merge(key, 1, Integer::sum);
                }
                start = i + 1;
            }
        }
    }

    /** How many articles have been added. */
    public int articles() {
        return articles;
    }

    /** How many articles hold {@code line} (after folding); 0 for lines too long to count. */
    public int articlesWith(String line) {
        String key = key(line, maxWords);
        return key == null ? 0 : articlesPerLine.getOrDefault(key, 0);
    }

    /** The comparison key of a line, or {@code null} when the line is blank or too long to count. */
    static String key(String line, int maxWords) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 120) {
            return null;
        }
        int words = 1;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                words++;
                if (words > maxWords) {
                    return null;
                }
            }
        }
        return SPACES.matcher(s).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
