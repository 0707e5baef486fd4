package dev.gazette.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lines of a text and the offset where each starts, recognising {@code \n}, {@code \r\n}
 * and a lone {@code \r} as line ends. Maps offsets to 1-based line and column numbers.
 */
public final class LineIndex {

    private final String text;
    private final int[] starts;
    private final int[] ends;

    private LineIndex(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /** Indexes the lines of {@code text}. A text ending in a line break has no empty last line. */
    public static LineIndex of(String text) {
        int[] s = new int[16];
        int[] e = new int[16];
        int n = 0;
        int lineStart = 0;
        int i = 0;
        int len = text.length();
        while (i < len) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                    e = Arrays.copyOf(e, n * 2);
                }
                s[n] = lineStart;
                e[n] = i;
                n++;
                i += (c == '\r' && i + 1 < len && text.charAt(i + 1) == '\n') ? 2 : 1;
                lineStart = i;
            } else {
                i++;
            }
        }
        if (lineStart < len || n == 0) {
            if (n == s.length) {
                s = Arrays.copyOf(s, n + 1);
                e = Arrays.copyOf(e, n + 1);
            }
            s[n] = lineStart;
            e[n] = len;
            n++;
        }
        return new LineIndex(text, Arrays.copyOf(s, n), Arrays.copyOf(e, n));
    }

    /** Number of lines. */
    public int lineCount() {
        return starts.length;
    }

    /** Offset of the first character of 1-based line {@code line}. */
    public int lineStart(int line) {
        return starts[line - 1];
    }

    /** Offset just past the last character of 1-based line {@code line}, before its line break. */
    public int lineEnd(int line) {
        return ends[line - 1];
    }

    /** Offset of the start of the next line (past the line break), or the text length. */
    public int nextLineStart(int line) {
        return line < starts.length ? starts[line] : text.length();
    }

    /** The content of 1-based line {@code line}, without its line break. */
    public String line(int line) {
        return text.substring(starts[line - 1], ends[line - 1]);
    }

    /** The 1-based line holding {@code offset}; an offset in a line break belongs to that line. */
    public int lineOf(int offset) {
        int idx = Arrays.binarySearch(starts, offset);
        if (idx >= 0) {
            return idx + 1;
        }
        return Math.max(1, -idx - 1);
    }

    /** The 1-based column of {@code offset} on its line. */
    public int columnOf(int offset) {
        return offset - starts[lineOf(offset) - 1] + 1;
    }

    /** The text this index is of. */
    public String text() {
        return text;
    }

    /** All lines' contents, in order. */
    public List<String> lines() {
        List<String> out = new ArrayList<>(starts.length);
        for (int i = 1; i <= starts.length; i++) {
            out.add(line(i));
        }
        return out;
    }
}
