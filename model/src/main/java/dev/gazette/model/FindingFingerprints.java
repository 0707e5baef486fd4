package dev.gazette.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Stable fingerprints of findings: the baseline, SARIF's {@code partialFingerprints}, the
 * {@code fingerprint} column of the findings table and the decisions file all use them.
 *
 * <p>A fingerprint hashes the rule id, the article id, the finding's text (its range in the
 * raw text) and up to {@value #CONTEXT} characters either side of it on the same line(s),
 * with whitespace collapsed. It holds no line or column number and no message (messages may
 * quote line numbers), so adding or removing lines elsewhere in the article leaves it
 * unchanged. Identical keys within one article are numbered in text order, so a second
 * occurrence of the same problem gets a fingerprint of its own and is not hidden by the
 * first one's baseline entry. A file-level finding (line 0) is keyed by rule and article alone.
 */
public final class FindingFingerprints {

    /** Characters of context taken on each side of a finding's range, within its lines. */
    public static final int CONTEXT = 40;

    /** The version of the scheme, part of every key: change it when the scheme changes. */
    public static final String SCHEME = "gazette-fingerprint/v1";

    private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private FindingFingerprints() {
    }

    /**
     * The fingerprints of one article's findings, in the same order as {@code findings}.
     *
     * @param findings the findings of one article (or one rejected input), in {@link Finding#ORDER}
     * @param raw      the article's raw text, or {@code null} when the input was not read
     */
    public static List<String> of(List<Finding> findings, String raw) {
        LineIndex lines = raw == null ? null : LineIndex.of(raw);
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String key = key(f, raw, lines);
            int n = seen.merge(key, 1, Integer::sum);
            out.add(hash(key + '\u0000' + n));
        }
        return out;
    }

    private static String key(Finding f, String raw, LineIndex lines) {
        String owner = f.articleId().isEmpty() ? f.source() : f.articleId();
        StringBuilder key = new StringBuilder(SCHEME).append('\u0000').append(f.ruleId())
                .append('\u0000').append(owner);
        if (f.line() == 0 || raw == null) {
            return key.toString();
        }
        int start = Math.min(Math.max(0, f.start()), raw.length());
        int end = Math.min(Math.max(start, f.end()), raw.length());
        int firstLine = lines.lineOf(start);
        int lastLine = lines.lineOf(end > start ? end - 1 : start);
        int from = Math.max(lines.lineStart(firstLine), start - CONTEXT);
        int to = Math.min(lines.lineEnd(lastLine), end + CONTEXT);
        String before = raw.substring(Math.min(from, start), start);
        String after = end < to ? raw.substring(end, to) : "";
        return key.append('\u0000').append(normalise(before))
                .append('\u0000').append(normalise(raw.substring(start, end)))
                .append('\u0000').append(normalise(after)).toString();
    }

    private static String normalise(String s) {
        return SPACE.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll(" ");
    }

    private static String hash(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
