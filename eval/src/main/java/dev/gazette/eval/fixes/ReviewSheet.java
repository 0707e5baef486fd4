package dev.gazette.eval.fixes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Shows a sampled item in its context from the corpus, for a person to judge: the line before,
 * the item's line(s) with the item marked {@code ⟦...⟧}, the line after, and what the fix puts
 * there. White space inside the marks is made visible ({@code ·} space, {@code →} tab,
 * {@code ⏎} line break). The sheet is written under the work folder, never committed.
 */
final class ReviewSheet {

    private static final int CLIP = 160;

    private ReviewSheet() {
    }

    /** The item in context, as a few indented lines. */
    static String context(String raw, Item item) {
        int s = clamp(item.start(), raw);
        int e = clamp(Math.max(item.start(), item.end()), raw);
        int from = lineStart(raw, s);
        from = from > 0 ? lineStart(raw, from - 1) : from;
        int to = lineEnd(raw, e);
        to = to < raw.length() ? lineEnd(raw, to + 1) : to;
        String before = clipLeft(raw.substring(from, s));
        String inside = visible(raw.substring(s, e));
        String after = clipRight(raw.substring(e, to));
        StringBuilder out = new StringBuilder();
        for (String line : (before + "⟦" + inside + "⟧" + after).split("\n", -1)) {
            out.append("    | ").append(line).append('\n');
        }
        if (item.kind() == Item.Kind.CHANGE) {
            out.append("    fix: ⟦").append(visible(raw.substring(s, e))).append("⟧ → ⟦")
                    .append(visible(item.replacement())).append("⟧\n");
        }
        return out.toString();
    }

    /** A short hash of the raw text at and around the item: a judgement whose check differs was made on other text. */
    static String check(String raw, Item item) {
        int s = clamp(item.start() - 16, raw);
        int e = clamp(Math.max(item.start(), item.end()) + 16, raw);
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(raw.substring(s, e).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
        }
    }

    static String visible(String s) {
        return s.replace(' ', '·').replace('\t', '→').replace("\r", "").replace("\n", "⏎\n");
    }

    private static String clipLeft(String s) {
        int nl = s.lastIndexOf('\n');
        String last = s.substring(nl + 1);
        if (last.length() > CLIP) {
            last = "…" + last.substring(last.length() - CLIP);
        }
        String head = nl < 0 ? "" : s.substring(0, nl + 1);
        if (head.length() > CLIP + 1) {
            head = head.substring(0, CLIP / 2) + " … " + head.substring(head.length() - CLIP / 2);
        }
        return head + last;
    }

    private static String clipRight(String s) {
        int nl = s.indexOf('\n');
        String first = nl < 0 ? s : s.substring(0, nl);
        if (first.length() > CLIP) {
            first = first.substring(0, CLIP) + "…";
        }
        String tail = nl < 0 ? "" : s.substring(nl);
        if (tail.length() > CLIP + 1) {
            tail = tail.substring(0, CLIP / 2) + " … " + tail.substring(tail.length() - CLIP / 2);
        }
        return first + tail;
    }

    private static int lineStart(String raw, int at) {
        return at <= 0 ? 0 : raw.lastIndexOf('\n', at - 1) + 1;
    }

    private static int lineEnd(String raw, int at) {
        int i = raw.indexOf('\n', at);
        return i < 0 ? raw.length() : i;
    }

    private static int clamp(int v, String raw) {
        return Math.max(0, Math.min(raw.length(), v));
    }
}
