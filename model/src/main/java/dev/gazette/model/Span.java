package dev.gazette.model;

/** A range {@code [start, end)} of an article's raw text, in UTF-16 code units. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }
}
