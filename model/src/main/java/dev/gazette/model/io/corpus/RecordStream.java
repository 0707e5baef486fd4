package dev.gazette.model.io.corpus;

import dev.gazette.model.io.PendingDocument;

/** The records of one corpus file, in file order. Bad records come out as rejections; nothing throws. */
interface RecordStream extends AutoCloseable {

    /** The next record, or {@code null} after the last. */
    PendingDocument next();

    /** Bytes of the file on disk consumed so far. */
    long bytesRead();

    @Override
    void close();
}
