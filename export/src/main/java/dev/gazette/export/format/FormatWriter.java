package dev.gazette.export.format;

import dev.gazette.export.table.TableSpec;
import dev.gazette.validate.engine.ArticleResult;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes one dataset in one format, as results arrive. Rows are rendered on the engine's worker
 * threads ({@link #render}, thread-safe, changes nothing shared) and appended in input order on
 * one thread ({@link #append}), so the files are the same, byte for byte, on any number of
 * threads. {@link #finish()} closes the files and writes the format's descriptors.
 */
public interface FormatWriter extends Closeable {

    /**
     * Renders rows of {@code table} as this format writes them; called on any thread.
     *
     * @param rows    the flat rows, one value per column
     * @param records the JSON records: the rows' fields, plus nested detail where the table is the
     *                full record
     * @return what {@link #append} takes; {@code null} when this format writes no such rows
     */
    Object render(TableSpec table, List<Map<String, Object>> rows, List<Map<String, Object>> records);

    /** Appends what {@link #render} made, in input order; called on one thread. */
    void append(TableSpec table, Object rendered) throws IOException;

    /** Sees each article's result once its rows are appended, in input order (formats of whole articles). */
    default void article(ArticleResult result) throws IOException {
    }

    /** Closes the files and writes the descriptors; the writer is done. */
    void finish() throws IOException;

    /** The names of the files written, in order. */
    List<String> files();
}
