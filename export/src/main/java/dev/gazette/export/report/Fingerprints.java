package dev.gazette.export.report;

import dev.gazette.model.Finding;
import dev.gazette.model.FindingFingerprints;
import java.util.List;

/**
 * Stable fingerprints of findings, for the baseline and SARIF's {@code partialFingerprints}.
 *
 * <p>A fingerprint hashes the rule id, the article id, the finding's text (its range in the
 * raw text) and up to {@value #CONTEXT} characters either side of it on the same line(s),
 * with whitespace collapsed. It holds no line or column number and no message (messages may
 * quote line numbers), so adding or removing lines elsewhere in the article leaves it
 * unchanged. Identical keys within one article are numbered in text order, so a second
 * occurrence of the same problem gets a fingerprint of its own and is not hidden by the
 * first one's baseline entry. A file-level finding (line 0) is keyed by rule and article alone.
 */
public final class Fingerprints {

    /** Characters of context taken on each side of a finding's range, within its lines. */
    public static final int CONTEXT = FindingFingerprints.CONTEXT;

    /** The version of the scheme, part of every key: change it when the scheme changes. */
    public static final String SCHEME = FindingFingerprints.SCHEME;

    private Fingerprints() {
    }

    /**
     * The fingerprints of one article's findings, in the same order as {@code findings}
     * ({@link FindingFingerprints#of}, the one implementation the normaliser's decisions use too).
     *
     * @param findings the findings of one article (or one rejected input), in {@link Finding#ORDER}
     * @param raw      the article's raw text, or {@code null} when the input was not read
     */
    public static List<String> of(List<Finding> findings, String raw) {
        return FindingFingerprints.of(findings, raw);
    }
}
