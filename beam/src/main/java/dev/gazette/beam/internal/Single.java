package dev.gazette.beam.internal;

import java.util.List;

/**
 * The one value of a side input that holds a large object (the recurring-line signal, the corpus
 * statistics, the names index). Such values travel as a list view, not a singleton view: Beam
 * makes a singleton view with a global combine, and an engine such as Flink sorts a combine's
 * records in bounded buffers, which a whole corpus's statistic does not fit; a list view is
 * materialised without sorting.
 */
public final class Single {

    private Single() {
    }

    /** The only element of {@code values}. */
    public static <T> T of(List<T> values, String what) {
        if (values.size() != 1) {
            throw new IllegalStateException("expected one " + what + ", got " + values.size());
        }
        return values.get(0);
    }
}
