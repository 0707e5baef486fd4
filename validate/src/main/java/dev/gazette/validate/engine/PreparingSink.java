package dev.gazette.validate.engine;

import java.io.IOException;

/**
 * A result sink that does the costly, order-free part of its work (rendering rows as text) on
 * the engine's worker threads, in parallel, and only the order-bound part (appending to files)
 * in input order. {@link #prepare} must be thread-safe; {@link #accept(ArticleResult, Object)}
 * is called in input order from one thread, as {@link Engine.ResultSink#accept} is.
 *
 * @param <P> what preparation produces (e.g. rendered lines)
 */
public interface PreparingSink<P> extends Engine.ResultSink {

    /** Prepares {@code result}; called on any thread, in any order. */
    P prepare(ArticleResult result);

    /** Takes {@code result} with what {@link #prepare} made of it, in input order. */
    void accept(ArticleResult result, P prepared) throws IOException;

    @Override
    default void accept(ArticleResult result) throws IOException {
        accept(result, prepare(result));
    }
}
