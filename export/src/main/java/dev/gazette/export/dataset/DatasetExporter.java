package dev.gazette.export.dataset;

import dev.gazette.export.csv.CsvTableWriter;
import dev.gazette.export.jsonl.JsonlWriter;
import dev.gazette.export.table.TableSpec;
import dev.gazette.export.table.Tables;
import dev.gazette.model.Finding;
import dev.gazette.validate.ArticleResult;
import dev.gazette.validate.Engine;
import dev.gazette.validate.fix.Change;
import dev.gazette.validate.rules.names.ArticleMentions;
import dev.gazette.validate.rules.names.Entity;
import dev.gazette.validate.rules.names.Mention;
import dev.gazette.validate.rules.names.Names;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.TreeSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a dataset as results arrive: one CSV and one JSON Lines file per table, in an
 * {@link OutputFolder} that is put in place only when everything is written. Rows follow
 * input order (sorted by path) and, within an article, text position, so the same input
 * gives byte-identical files.
 */
public final class DatasetExporter implements Engine.ResultSink, AutoCloseable {

    /** The file formats a table can be written in. */
    public enum Format { CSV, JSONL }

    private final OutputFolder folder;
    private final Map<String, CsvTableWriter> csv = new LinkedHashMap<>();
    private final Map<String, JsonlWriter> jsonl = new LinkedHashMap<>();
    private final List<String> written = new ArrayList<>();
    private final Map<String, EntityTally> tallies = new HashMap<>();

    /** What the mentions of a run say about one entity: counts and the surface forms seen. */
    private static final class EntityTally {
        int mentions;
        int articles;
        String lastArticle;
        final TreeSet<String> surfaces = new TreeSet<>();
    }

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

    @Override
    public void accept(ArticleResult r) throws IOException {
        if (r.parsed()) {
            write(Tables.ARTICLES, Records.articleRow(r), Records.articleRecord(r));
            for (Change c : r.normalised().changes()) {
                Map<String, Object> row = Records.changeRow(c);
                write(Tables.CHANGES, row, row);
            }
        }
        for (Finding f : r.findings()) {
            Map<String, Object> row = Records.findingRow(f);
            write(Tables.FINDINGS, row, row);
        }
        ArticleMentions mentions = r.annotation(Names.MENTIONS);
        if (mentions != null) {
            for (Mention m : mentions.mentions()) {
                Map<String, Object> row = Records.mentionRow(m);
                write(Tables.MENTIONS, row, row);
                EntityTally t = tallies.computeIfAbsent(m.entityId(), k -> new EntityTally());
                t.mentions++;
                t.surfaces.add(m.surface());
                if (!m.articleId().equals(t.lastArticle)) {
                    t.articles++;
                    t.lastArticle = m.articleId();
                }
            }
        }
    }

    /**
     * Writes the corpus-level tables (entities) once the run is over: call after
     * {@link Engine#run} and before {@link #commit()}. The entities come from the engine's corpus
     * statistics; their counts and variants from the mentions written, so the two tables agree.
     */
    public void finish(Engine engine) throws IOException {
        for (Entity e : Names.entities(engine.rules(), engine.knowledge())) {
            EntityTally t = tallies.get(e.id());
            if (t == null) {
                continue; // an entity no article mention resolved to (e.g. an acronym only ever defined)
            }
            write(Tables.ENTITIES, Records.entityRow(e, t.surfaces, t.mentions, t.articles),
                    Records.entityRecord(e, t.surfaces, t.mentions, t.articles));
        }
    }

    private void write(TableSpec table, Map<String, Object> row, Map<String, Object> record) throws IOException {
        CsvTableWriter c = csv.get(table.name());
        if (c != null) {
            c.write(row);
        }
        JsonlWriter j = jsonl.get(table.name());
        if (j != null) {
            j.write(record);
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
