package dev.gazette.eval.fixes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Splits the articles of a corpus into a tune part and a held-out part by a seeded hash of the
 * article id, so the split never depends on the order or size of the corpus. Rules are tuned on
 * samples of the tune part; the held-out part is measured once, at the end.
 */
final class Split {

    /** The parts of a corpus. */
    enum Part {
        TUNE("tune"), HELD_OUT("held-out");

        private final String label;

        Part(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        static Part parse(String s) {
            for (Part p : values()) {
                if (p.label.equals(s.strip())) {
                    return p;
                }
            }
            throw new IllegalArgumentException("unknown part '" + s + "': expected tune or held-out");
        }
    }

    /** Percentage of articles in the held-out part. */
    static final int HELD_OUT_PERCENT = 30;

    private final String seed;
    private final int heldOutPercent;

    Split(String seed) {
        this(seed, HELD_OUT_PERCENT);
    }

    /** A split with {@code heldOutPercent} of the articles held out (100: the whole corpus). */
    Split(String seed, int heldOutPercent) {
        this.seed = seed;
        this.heldOutPercent = heldOutPercent;
    }

    Part partOf(String articleId) {
        return Math.floorMod(hash64(seed + "|split|" + articleId), 100L) < heldOutPercent ? Part.HELD_OUT : Part.TUNE;
    }

    /** The first 8 bytes of SHA-256 as a long: the seeded, order-free random number the harness uses. */
    static long hash64(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (d[i] & 0xff);
            }
            return v;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
