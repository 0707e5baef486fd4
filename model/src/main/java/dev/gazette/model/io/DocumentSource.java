package dev.gazette.model.io;

/**
 * A corpus that can be read more than once, each pass yielding the same documents in the
 * same order: article files and the records inside corpus files alike. A second look at the
 * corpus is a second pass, so nothing but compact statistics needs to stay in memory.
 */
public interface DocumentSource {

    /** Starts a new pass over the corpus. */
    Pass open();

    /** Bytes on disk of the whole corpus (compressed size for gzip files), for progress; 0 when unknown. */
    long totalBytes();

    /** One pass: documents in corpus order. Not thread-safe: one thread iterates, any thread may read. */
    interface Pass extends AutoCloseable {

        /** The next document, or {@code null} after the last. Never throws for bad input. */
        PendingDocument next();

        /** Bytes of the corpus consumed so far in this pass (compressed bytes for gzip files). */
        long bytesRead();

        /** The file this pass is reading now, for messages about work in progress; {@code null} when none. */
        default String current() {
            return null;
        }

        @Override
        void close();
    }
}
