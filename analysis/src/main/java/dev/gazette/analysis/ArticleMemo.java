package dev.gazette.analysis;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Per-article results that are costly to compute and needed twice: by a corpus statistic while
 * the corpus is gathered and by rules while the article is checked (the name candidates of an
 * article, say). When the engine keeps a parsed article from the statistics pass for the check
 * pass, it keeps its memo with it, so the work is done once. Keys compare by identity: declare
 * each as a constant, one per analyser whose result it holds.
 *
 * <p>A memo belongs to one article and is used by one thread at a time; the engine hands it from
 * pass to pass.
 */
public final class ArticleMemo {

    private final Map<AnnotationKey<?>, Object> values = new IdentityHashMap<>(4);

    /** The value under {@code key}, computed by {@code compute} the first time. */
    public <T> T computeIfAbsent(AnnotationKey<T> key, Supplier<T> compute) {
        Object v = values.get(key);
        if (v == null) {
            T computed = compute.get();
            values.put(key, computed);
            return computed;
        }
        return key.cast(v);
    }
}
