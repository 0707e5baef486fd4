package dev.gazette.export.dataset;

import dev.gazette.analysis.names.Entity;
import dev.gazette.analysis.names.EntityLink;
import dev.gazette.analysis.names.Mention;
import dev.gazette.analysis.pipeline.CorpusProducts;
import dev.gazette.analysis.roles.RoleTable;
import dev.gazette.export.files.Closing;
import dev.gazette.export.format.DatasetFormat;
import dev.gazette.export.format.FormatSettings;
import dev.gazette.export.format.FormatWriter;
import dev.gazette.export.table.TableSpec;
import dev.gazette.export.table.Tables;
import dev.gazette.validate.engine.ArticleResult;
import dev.gazette.validate.engine.PreparingSink;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a dataset as results arrive: every table in each chosen {@link DatasetFormat}, in an
 * {@link OutputFolder} that is put in place only when everything is written. It only
 * orchestrates: the rows come from the results and their analysis products ({@link Records}),
 * the files from the formats. Rows follow input order (sorted by path) and, within an article,
 * text position, and no file holds a time stamp, so the same input gives byte-identical files.
 *
 * <p>Use: pass the exporter to the engine as its sink, then {@link #finish(CorpusProducts)} with
 * the run's corpus products (the entities table), then {@link #commit()}.
 *
 * <p>Parallel: the exporter is a {@link PreparingSink}. On the engine's worker threads it builds
 * the rows and has every format render them ({@link #prepare}); on the one ordered thread it only
 * appends what was rendered and counts the entity mentions ({@link #accept(ArticleResult, Prepared)}).
 */
public final class DatasetExporter implements PreparingSink<DatasetExporter.Prepared>, AutoCloseable {

    /**
     * How a dataset is written.
     *
     * @param formats  the formats to write, in registry order
     * @param settings how cells are written
     */
    public record Options(List<DatasetFormat> formats, FormatSettings settings) {
        public Options {
            formats = List.copyOf(formats);
            Objects.requireNonNull(settings, "settings");
        }

        /** CSV and JSON Lines, LF line ends, formula guard on. */
        public static Options defaults() {
            return new Options(DatasetFormats.parseList(DatasetFormats.DEFAULT), FormatSettings.defaults());
        }

        public Options withFormats(List<DatasetFormat> f) {
            return new Options(f, settings);
        }

        public Options withExcelCsv(boolean excel) {
            return new Options(formats, new FormatSettings(excel, settings.formulaGuard(), settings.title(),
                    settings.generator()));
        }

        public Options withFormulaGuard(boolean guard) {
            return new Options(formats, new FormatSettings(settings.excelCsv(), guard, settings.title(),
                    settings.generator()));
        }

        /** The same options, naming the dataset {@code title}, written by {@code generator} (the HTML report shows both). */
        public Options describedAs(String title, String generator) {
            return new Options(formats, settings.describedAs(title, generator));
        }
    }

    private final OutputFolder folder;
    private final List<TableSpec> tables;
    private final List<FormatWriter> writers = new ArrayList<>();
    private final List<List<String>> warnings = new ArrayList<>();
    private String findingSource;
    private int findingNumber;
    private final Map<String, EntityTally> tallies = new HashMap<>();

    /** What the mentions of a run say about one entity: counts and the surface forms seen. */
    private static final class EntityTally {
        int mentions;
        int articles;
        String lastArticle;
        final TreeSet<String> surfaces = new TreeSet<>();
    }

    /** A dataset of every table of {@link Tables#all()}. */
    public DatasetExporter(OutputFolder folder, Options options) throws IOException {
        this(folder, options, Tables.all());
    }

    /** A dataset of {@code tables} (tests, embedding, {@code gazette fix}). */
    public DatasetExporter(OutputFolder folder, Options options, List<TableSpec> tables) throws IOException {
        this.folder = folder;
        this.tables = List.copyOf(tables);
        try {
            for (DatasetFormat f : options.formats()) {
                List<String> own = new ArrayList<>();
                warnings.add(own);
                writers.add(f.open(folder, this.tables, options.settings(), own::add));
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * One result's rows, made by {@link #prepare} on a worker thread: per table the rows and what
     * each format rendered of them. Opaque: only the exporter that made it reads it.
     */
    public static final class Prepared {
        private final List<TableRows> tables;

        private Prepared(List<TableRows> tables) {
            this.tables = tables;
        }
    }

    /** The rows one result adds to one table, and per format what it rendered of them. */
    private record TableRows(TableSpec table, List<Object> rendered) {
    }

    /**
     * Builds and renders every row {@code r} adds. Called on the engine's worker threads, in any
     * order: it changes nothing shared. Findings are numbered from 1;
     * {@link #accept(ArticleResult, Prepared)} renumbers them when {@code r} continues the
     * previous result's input.
     */
    @Override
    public Prepared prepare(ArticleResult r) {
        List<TableRows> out = new ArrayList<>(5);
        for (Records.TableRows t : Records.of(r, tables, 0)) {
            out.add(render(t.table(), t.rows(), t.records()));
        }
        return new Prepared(List.copyOf(out));
    }

    /**
     * Appends what {@link #prepare} rendered of {@code r}, in input order, and counts its entity
     * mentions. {@code prepared} must come from this exporter's {@link #prepare} of {@code r}.
     */
    @Override
    public void accept(ArticleResult r, Prepared prepared) throws IOException {
        int offset = r.source().equals(findingSource) ? findingNumber : 0;
        findingSource = r.source();
        findingNumber = offset + r.findings().size();
        for (TableRows t : prepared.tables) {
            if (t.table() == Tables.FINDINGS && offset > 0) {
                t = findingRows(r, offset); // rare: the input goes on from the previous result
            }
            append(t);
        }
        for (FormatWriter w : writers) {
            w.article(r);
        }
        List<Mention> mentions = r.products().mentions();
        if (mentions != null) {
            for (Mention m : mentions) {
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

    /** The findings rows of {@code r}, numbered from {@code after + 1}; {@code null} when it has none. */
    private TableRows findingRows(ArticleResult r, int after) {
        List<Records.TableRows> rows = Records.of(r, List.of(Tables.FINDINGS), after);
        return rows.isEmpty() ? null : render(Tables.FINDINGS, rows.get(0).rows(), rows.get(0).records());
    }

    /** {@code rows} (flat) and {@code records} (JSON) of {@code table}, rendered by every format. */
    private TableRows render(TableSpec table, List<Map<String, Object>> rows, List<Map<String, Object>> records) {
        List<Object> rendered = new ArrayList<>(writers.size());
        for (FormatWriter w : writers) {
            rendered.add(w.render(table, rows, records));
        }
        return new TableRows(table, rendered);
    }

    private void append(TableRows t) throws IOException {
        for (int i = 0; i < writers.size(); i++) {
            Object rendered = t.rendered().get(i);
            if (rendered != null) {
                writers.get(i).append(t.table(), rendered);
            }
        }
    }

    /**
     * Writes the corpus-level tables (entities, roles) once the run is over: call after the engine's run
     * and before {@link #commit()}. The entities come from the run's corpus products; their counts
     * and variants from the mentions written, so the two tables agree.
     */
    public void finish(CorpusProducts products) throws IOException {
        if (tables.contains(Tables.ENTITIES)) {
            for (Entity e : products.entities()) {
                EntityTally t = tallies.get(e.id());
                if (t == null) {
                    continue; // an entity no article mention resolved to (e.g. an acronym only ever defined)
                }
                Map<String, Object> row = Records.entityRow(e, t.surfaces, t.mentions, t.articles);
                append(render(Tables.ENTITIES, List.of(row), List.of(row)));
            }
        }
        if (tables.contains(Tables.ENTITY_LINKS)) {
            for (EntityLink l : products.entityLinks()) {
                if (!tallies.containsKey(l.entityId())) {
                    continue; // the entities table leaves out entities no mention resolved to
                }
                Map<String, Object> row = Records.entityLinkRow(l);
                append(render(Tables.ENTITY_LINKS, List.of(row), List.of(row)));
            }
        }
        if (tables.contains(Tables.ROLES)) {
            Set<Object> ids = new HashSet<>();
            for (RoleTable.Role role : products.roles()) {
                if (!tallies.containsKey(role.entityId())) {
                    continue; // the rows refer to the entities table, which lists the entities mentioned
                }
                String of = role.of() != null && tallies.containsKey(role.of()) ? role.of() : null;
                Map<String, Object> row = Records.roleRow(role, of);
                if (!ids.add(row.get("id"))) {
                    continue; // the same post once more under an organisation name that folds alike
                }
                append(render(Tables.ROLES, List.of(row), List.of(row)));
            }
        }
    }

    /** Closes every file, writes the descriptors and puts the folder in place. */
    public void commit() throws IOException {
        for (FormatWriter w : writers) {
            w.finish();
        }
        folder.commit();
    }

    /** The file names written, in order. */
    public List<String> files() {
        List<String> out = new ArrayList<>();
        for (FormatWriter w : writers) {
            out.addAll(w.files());
        }
        return out;
    }

    /**
     * What the user should know about the files, one line each: cells longer than a spreadsheet
     * holds, tables longer than a sheet. Complete after {@link #commit()}.
     */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        warnings.forEach(out::addAll);
        return out;
    }

    /** Closes the files and, unless committed, discards the partial output. */
    @Override
    public void close() throws IOException {
        List<Closeable> all = new ArrayList<>(writers);
        all.add(folder);
        Closing.all(all);
    }
}
