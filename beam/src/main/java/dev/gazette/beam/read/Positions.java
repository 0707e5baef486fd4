package dev.gazette.beam.read;

/**
 * A document's place in corpus order written as one string whose natural order is corpus
 * order: the file's source path, a NUL (below every character of a path), then the index as 19
 * zero-padded digits. Used as a key (renames, row order) where a Beam coder must be deterministic.
 */
public final class Positions {

    private Positions() {
    }

    /** The key of document {@code index} of {@code file}. */
    public static String of(String file, long index) {
        String digits = Long.toString(index);
        StringBuilder sb = new StringBuilder(file.length() + 20);
        sb.append(file).append('\u0000');
        for (int i = digits.length(); i < 19; i++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }
}
