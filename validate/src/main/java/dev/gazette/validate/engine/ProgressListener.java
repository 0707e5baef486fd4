package dev.gazette.validate.engine;

/**
 * Follows a run of the {@link Engine}: which pass is running and how far it has come. Called
 * from the thread that called {@link Engine#run}, after each batch of documents, so a listener
 * needs no locking. The engine knows nothing of terminals; the command line draws the bar.
 */
public interface ProgressListener {

    /** The passes of a run, in order. */
    enum Pass {
        /** Pass 1: read and decode every input, count recurring lines. Progress in bytes of input. */
        READ,
        /** Pass 2: parse and gather the corpus statistics the rules declare (skipped when none do). In documents. */
        STATISTICS,
        /** Pass 3: parse, check, normalise and hand each article to the sink. In documents. */
        CHECK
    }

    /** A listener that ignores everything. */
    ProgressListener NONE = new ProgressListener() {
    };

    /** {@code pass} starts; {@code total} is its work in its unit (0 when unknown). */
    default void started(Pass pass, long total) {
    }

    /** {@code done} units of the current pass are finished; {@code documents} documents so far. */
    default void advanced(long done, long documents) {
    }

    /** The current pass is over. */
    default void finished() {
    }
}
