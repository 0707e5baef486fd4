package dev.gazette.model.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The whole-line patterns of one pattern file, tried in order, with a pre-filter: one
 * alternation of all of them (per set of flags), so that a line no pattern matches, which is
 * nearly every line, costs one match attempt instead of one per pattern. The result is the
 * same as trying the entries one by one: an alternation matches a whole line exactly when one
 * of its alternatives does. Thread-safe.
 */
final class PatternSet {

    /** A named group, written {@code (?<name>}; lookbehinds ({@code (?<=}, {@code (?<!}) are not names. */
    private static final Pattern NAMED_GROUP = Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    /** A back-reference, by number or by name: its meaning changes inside an alternation. */
    private static final Pattern BACK_REFERENCE = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\(?:[1-9]|k<)");

    private final List<PatternFile.Entry> entries;
    private final List<Pattern> filters;
    /** Entries that cannot join an alternation; always tried one by one. */
    private final boolean[] unfiltered;

    PatternSet(List<PatternFile.Entry> entries) {
        this.entries = List.copyOf(entries);
        this.unfiltered = new boolean[this.entries.size()];
        Map<Integer, StringBuilder> byFlags = new LinkedHashMap<>();
        for (int i = 0; i < this.entries.size(); i++) {
            Pattern p = this.entries.get(i).pattern();
            if (BACK_REFERENCE.matcher(p.pattern()).find()) {
                unfiltered[i] = true;
                continue;
            }
            StringBuilder sb = byFlags.computeIfAbsent(p.flags(), f -> new StringBuilder());
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append("(?:").append(NAMED_GROUP.matcher(p.pattern()).replaceAll("$1(?:")).append(')');
        }
        List<Pattern> compiled = new ArrayList<>();
        for (Map.Entry<Integer, StringBuilder> e : byFlags.entrySet()) {
            try {
                compiled.add(Pattern.compile(e.getValue().toString(), e.getKey()));
            } catch (PatternSyntaxException ex) {
                // Every pattern compiled on its own; if the alternation does not, do without the filter.
                compiled.clear();
                java.util.Arrays.fill(unfiltered, true);
                break;
            }
        }
        this.filters = List.copyOf(compiled);
    }

    /** The first entry whose pattern matches the whole of {@code text}, or {@code null}. */
    PatternFile.Entry firstMatch(String text) {
        if (!mayMatch(text)) {
            return null;
        }
        for (PatternFile.Entry e : entries) {
            if (e.pattern().matcher(text).matches()) {
                return e;
            }
        }
        return null;
    }

    private boolean mayMatch(String text) {
        for (Pattern f : filters) {
            if (f.matcher(text).matches()) {
                return true;
            }
        }
        for (int i = 0; i < unfiltered.length; i++) {
            if (unfiltered[i] && entries.get(i).pattern().matcher(text).matches()) {
                return true;
            }
        }
        return false;
    }
}
