package dev.gazette.model;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/**
 * A body paragraph. A paragraph may span several physical lines (hard-wrapped text); its
 * {@code text} joins the trimmed pieces of those lines with single spaces, and {@code pieces}
 * keeps where each piece came from, so every character maps back to the raw text.
 *
 * @param index  0-based position among the article's paragraphs
 * @param text   the paragraph text, lines joined by single spaces
 * @param line   the 1-based line of its first character
 * @param start  offset of its first character in the raw text
 * @param end    offset just past its last character in the raw text
 * @param pieces the raw ranges of the joined line pieces, in order
 */
public record Paragraph(@Min(0) int index, @NotBlank String text, @Min(1) int line,
                        @Min(0) int start, @Min(0) int end, @NotEmpty List<Span> pieces) {

    public Paragraph {
        pieces = List.copyOf(pieces);
    }

    /** Maps an offset in {@link #text()} to the offset of the same character in the raw text. */
    public int rawOffset(int textOffset) {
        int base = 0;
        for (int i = 0; i < pieces.size(); i++) {
            Span p = pieces.get(i);
            if (textOffset <= base + p.length() || i == pieces.size() - 1) {
                return p.start() + Math.min(textOffset - base, p.length());
            }
            base += p.length() + 1; // the joining space
        }
        return start;
    }

    /**
     * Maps a raw-text offset to an offset in {@link #text()}. An offset in the gap between
     * two joined lines maps to the joining space: to its start when {@code end} is false, to
     * just past it when {@code end} is true. Offsets outside the paragraph are clamped.
     */
    public int textOffset(int rawOffset, boolean end) {
        int base = 0;
        for (int i = 0; i < pieces.size(); i++) {
            Span p = pieces.get(i);
            if (rawOffset < p.start()) {
                return i == 0 ? 0 : (end ? base : base - 1);
            }
            if (rawOffset <= p.end()) {
                return base + rawOffset - p.start();
            }
            base += p.length() + 1;
        }
        return text.length();
    }

    /** True when {@code [start, end)} of the raw text lies within this paragraph. */
    public boolean contains(int start, int end) {
        return start >= this.start && end <= this.end;
    }

    /** How many physical lines were joined into this paragraph. */
    public int lineCount() {
        return pieces.size();
    }
}
