package dev.gazette.model;

/**
 * A fix as data: replace the characters {@code [start, end)} of an article's raw text with
 * {@code replacement}. Offsets count UTF-16 code units, as Java and JavaScript strings do.
 */
public record TextEdit(int start, int end, String replacement) implements Comparable<TextEdit> {

    public TextEdit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad edit range [" + start + ", " + end + ")");
        }
        replacement = replacement == null ? "" : replacement;
    }

    /** True when the two edits touch a common character, or insert at the same point. */
    public boolean overlaps(TextEdit other) {
        if (start == end || other.start == other.end) {
            return start == other.start || (start > other.start && start < other.end)
                    || (other.start > start && other.start < end);
        }
        return start < other.end && other.start < end;
    }

    @Override
    public int compareTo(TextEdit o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }
}
