package dev.gazette.model.io;

/**
 * One document of a corpus pass, not yet decoded. Handing it out is cheap; {@link #read()}
 * does the work (reading a file, decoding, composing a record's text, hashing) and may run
 * on any thread, so that decoding is spread over the cores.
 */
public interface PendingDocument {

    /** Reads and decodes the document; never throws for bad input (a rejection says why). */
    ReadResult read();

    /** A size estimate in characters or bytes, used to cut work into batches of similar size. */
    long weight();

    /**
     * Where the document comes from ({@code file}, or {@code file:line#record} for a record), for
     * messages about work in progress; {@code null} when not known before reading.
     */
    default String source() {
        return null;
    }

    /** A document already read (or a rejection already known). */
    static PendingDocument of(ReadResult result, long weight) {
        return new PendingDocument() {
            @Override
            public ReadResult read() {
                return result;
            }

            @Override
            public long weight() {
                return weight;
            }

            @Override
            public String source() {
                return result.document().map(RawDocument::source)
                        .orElseGet(() -> result.rejection().map(dev.gazette.model.Finding::source).orElse(null));
            }
        };
    }
}
