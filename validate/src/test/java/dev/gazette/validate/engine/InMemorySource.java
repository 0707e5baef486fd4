package dev.gazette.validate.engine;

import dev.gazette.model.io.DocumentSource;
import dev.gazette.model.io.PendingDocument;

/** A document source for engine tests: {@code documents} documents, made anew on every pass. */
final class InMemorySource implements DocumentSource {

    /** Makes document {@code index} (0-based) for pass {@code pass} (1 is the first). */
    @FunctionalInterface
    interface Documents {
        PendingDocument make(int pass, int index);
    }

    private final int documents;
    private final Documents make;
    private int passes;

    InMemorySource(int documents, Documents make) {
        this.documents = documents;
        this.make = make;
    }

    @Override
    public Pass open() {
        int pass = ++passes;
        return new Pass() {
            private int next;

            @Override
            public PendingDocument next() {
                return next == documents ? null : make.make(pass, next++);
            }

            @Override
            public long bytesRead() {
                return next;
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public long totalBytes() {
        return documents;
    }
}
