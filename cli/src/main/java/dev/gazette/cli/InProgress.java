package dev.gazette.cli;

import dev.gazette.model.io.DocumentSource;
import dev.gazette.model.io.PendingDocument;
import dev.gazette.model.io.ReadResult;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the run is working on, one entry per thread, so that a run stopped by an
 * {@link OutOfMemoryError} or an unexpected error can say in which file or article it
 * happened. The engine's worker threads record each document as they read it (through
 * {@link #tracked(DocumentSource)}); the command's own thread records its steps (the
 * configuration, the baseline, the output). Recording is a map write per document: no cost
 * worth measuring next to reading and checking it.
 */
final class InProgress {

    /** One piece of work: what it is and how big (bytes or characters; 0 when not known). */
    record Item(String what, long weight) {
    }

    private static final Map<Thread, Item> ITEMS = new ConcurrentHashMap<>();
    private static volatile Path output;

    private InProgress() {
    }

    /** Forgets everything: a new command starts. */
    static void reset() {
        ITEMS.clear();
        output = null;
    }

    /** The current thread is now working on {@code what}. */
    static void working(String what, long weight) {
        ITEMS.put(Thread.currentThread(), new Item(what, weight));
    }

    /** The current thread has finished its piece of work. */
    static void done() {
        ITEMS.remove(Thread.currentThread());
    }

    /** The folder or file the command writes, which an unexpected stop leaves as it was. */
    static void output(Path where) {
        output = where;
    }

    static Optional<Path> output() {
        return Optional.ofNullable(output);
    }

    /**
     * The piece of work most likely to have caused a stop: the largest in progress (for lack of
     * memory the largest document is the likeliest culprit), else the command's own step.
     */
    static Optional<Item> likeliest() {
        return ITEMS.values().stream().max(Comparator.comparingLong(Item::weight));
    }

    /** {@code source} with every document read recorded against the thread that reads it. */
    static DocumentSource tracked(DocumentSource source) {
        return new DocumentSource() {
            @Override
            public Pass open() {
                ITEMS.clear(); // a new pass: what the previous one worked on is finished
                Pass pass = source.open();
                return new Pass() {
                    @Override
                    public PendingDocument next() {
                        String file = pass.current();
                        if (file != null) {
                            working("reading " + file, 0);
                        }
                        PendingDocument d = pass.next();
                        return d == null ? null : track(d);
                    }

                    @Override
                    public long bytesRead() {
                        return pass.bytesRead();
                    }

                    @Override
                    public String current() {
                        return pass.current();
                    }

                    @Override
                    public void close() {
                        pass.close();
                    }
                };
            }

            @Override
            public long totalBytes() {
                return source.totalBytes();
            }
        };
    }

    private static PendingDocument track(PendingDocument d) {
        return new PendingDocument() {
            @Override
            public ReadResult read() {
                String source = d.source();
                if (source != null) {
                    working("processing " + source, d.weight());
                }
                return d.read();
            }

            @Override
            public long weight() {
                return d.weight();
            }

            @Override
            public String source() {
                return d.source();
            }
        };
    }
}
