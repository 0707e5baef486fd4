package dev.gazette.export.files;

import java.io.Closeable;
import java.io.IOException;

/** Closing several files at once, none left open because another failed. */
public final class Closing {

    private Closing() {
    }

    /**
     * Closes every one of {@code files}, in order, even when some fail.
     *
     * @throws IOException the first failure, with the later ones added as suppressed
     */
    public static void all(Iterable<? extends Closeable> files) throws IOException {
        IOException first = null;
        for (Closeable c : files) {
            try {
                c.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
