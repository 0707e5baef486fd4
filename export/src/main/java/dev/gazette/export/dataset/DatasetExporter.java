package dev.gazette.export.dataset;

import dev.gazette.export.csv.CsvTableWriter;
import dev.gazette.export.jsonl.JsonlWriter;
import dev.gazette.export.table.TableSpec;
import dev.gazette.export.table.Tables;
import dev.gazette.model.Finding;
import dev.gazette.validate.ArticleResult;
import dev.gazette.validate.PreparingSink;
import dev.gazette.validate.fix.Change;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a dataset as results arrive: one CSV and one JSON Lines file per table, in an
 * {@link OutputFolder} that is put in place only when everything is written. Rows follow
 * input order (sorted by path) and, within an article, text position, so the same input
 * gives byte-identical files. Rows are rendered on the engine's worker threads
 * ({@link #prepare}) and appended in input order ({@link #accept(ArticleResult, Rendered)}).
 */
public final class DatasetExporter implements PreparingSink<DatasetExporter.Rendered>, AutoCloseable {

    /** The file formats a table can be written in. */
    public enum Format { CSV, JSONL }

    private final OutputFolder folder;
    private final Map<String, CsvTableWriter> csv = new LinkedHashMap<>();
    private final Map<String, JsonlWriter> jsonl = new LinkedHashMap<>();
    private final List<String> written = new ArrayList<>();

    public DatasetExporter(OutputFolder folder, Set<Format> formats, boolean excelCsv) throws IOException {
        this.folder = folder;
        for (TableSpec t : Tables.all()) {
            if (formats.contains(Format.CSV)) {
                String name = t.name() + ".csv";
                var w = folder.writer(name);
                if (excelCsv) {
                    w.write('\uFEFF');
                }
                csv.put(t.name(), new CsvTableWriter(t, w, excelCsv));
                written.add(name);
            }
            if (formats.contains(Format.JSONL)) {
                String name = t.name() + ".jsonl";
                jsonl.put(t.name(), new JsonlWriter(folder.writer(name)));
                written.add(name);
            }
        }
    }

    /** The rows of one result rendered as text, per table and format, ready to append. */
    public static final class Rendered {
        private final Map<String, StringBuilder> csv = new LinkedHashMap<>();
        private final Map<String, StringBuilder> jsonl = new LinkedHashMap<>();
    }

    /** Receives the rows of one result, table by table. */
    @FunctionalInterface
    private interface RowSink {
        void row(TableSpec table, Map<String, Object> row, Map<String, Object> record);
    }

    /** Every row one result contributes to the dataset, in file order: the one place that decides. */
    private static void rows(ArticleResult r, RowSink out) {
        if (r.parsed()) {
            out.row(Tables.ARTICLES, Records.articleRow(r), Records.articleRecord(r));
            for (Change c : r.normalised().changes()) {
                Map<String, Object> row = Records.changeRow(c);
                out.row(Tables.CHANGES, row, row);
            }
        }
        for (Finding f : r.findings()) {
            Map<String, Object> row = Records.findingRow(f);
            out.row(Tables.FINDINGS, row, row);
        }
    }

    /** Renders the rows of {@code r} (thread-safe: the engine calls it on its workers). */
    @Override
    public Rendered prepare(ArticleResult r) {
        Rendered out = new Rendered();
        rows(r, (table, row, record) -> {
            CsvTableWriter c = csv.get(table.name());
            if (c != null) {
                out.csv.computeIfAbsent(table.name(), k -> new StringBuilder()).append(c.render(row));
            }
            JsonlWriter j = jsonl.get(table.name());
            if (j != null) {
                out.jsonl.computeIfAbsent(table.name(), k -> new StringBuilder()).append(j.render(record));
            }
        });
        return out;
    }

    /** Appends the rendered rows of {@code r}, in input order. */
    @Override
    public void accept(ArticleResult r, Rendered rendered) throws IOException {
        for (Map.Entry<String, StringBuilder> e : rendered.csv.entrySet()) {
            csv.get(e.getKey()).writeRendered(e.getValue());
        }
        for (Map.Entry<String, StringBuilder> e : rendered.jsonl.entrySet()) {
            jsonl.get(e.getKey()).writeRendered(e.getValue());
        }
    }

    /** Closes every file and puts the folder in place. */
    public void commit() throws IOException {
        closeWriters();
        folder.commit();
    }

    /** The file names written, in order. */
    public List<String> files() {
        return List.copyOf(written);
    }

    private void closeWriters() throws IOException {
        IOException first = null;
        for (var w : csv.values()) {
            try {
                w.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        for (var w : jsonl.values()) {
            try {
                w.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        csv.clear();
        jsonl.clear();
        if (first != null) {
            throw first;
        }
    }

    /** Closes the files and, unless committed, discards the partial output. */
    @Override
    public void close() throws IOException {
        try {
            closeWriters();
        } finally {
            folder.close();
        }
    }
}
