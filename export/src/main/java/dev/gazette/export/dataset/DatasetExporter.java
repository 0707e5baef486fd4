package dev.gazette.export.dataset;

import dev.gazette.export.csv.CsvTableWriter;
import dev.gazette.export.datapackage.DataPackage;
import dev.gazette.export.internal.PrettyJson;
import dev.gazette.export.jsonl.JsonlWriter;
import dev.gazette.export.schema.RecordSchemas;
import dev.gazette.export.table.Column;
import dev.gazette.export.table.TableSpec;
import dev.gazette.export.table.Tables;
import dev.gazette.export.xlsx.XlsxWorkbookWriter;
import dev.gazette.model.Article;
import dev.gazette.model.Finding;
import dev.gazette.model.LineIndex;
import dev.gazette.validate.ArticleResult;
import dev.gazette.validate.Engine;
import dev.gazette.validate.PreparingSink;
import dev.gazette.validate.RunSummary;
import dev.gazette.model.io.InputFile;
import dev.gazette.model.io.DocumentSource;
import dev.gazette.validate.ProgressListener;
import dev.gazette.validate.fix.Change;
import dev.gazette.validate.quotes.Quote;
import dev.gazette.validate.quotes.QuoteExtractor;
import dev.gazette.validate.quotes.SpeakerResolver;
import dev.gazette.validate.rules.names.ArticleMentions;
import dev.gazette.validate.rules.names.Entity;
import dev.gazette.validate.rules.names.Mention;
import dev.gazette.validate.rules.names.MentionSpeakers;
import dev.gazette.validate.rules.names.Names;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.TreeSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a dataset as results arrive: every table of {@link Tables#all()} in each chosen
 * {@link Format}, in an {@link OutputFolder} that is put in place only when everything is
 * written. With CSV comes {@code datapackage.json}, with JSON Lines the JSON Schemas in
 * {@code schemas/}. Rows follow input order (sorted by path) and, within an article, text
 * position, and no file holds a time stamp, so the same input gives byte-identical files.
 *
 * <p>Quotations are computed here, from each parsed article: they are a data product of the
 * article, not findings of a rule, and their speakers' entity ids come from what the rules
 * attached to the result.
 *
 * <p>Parallel: the exporter is a {@link PreparingSink}. On the engine's worker threads it finds
 * the quotations, builds the rows and renders them as CSV records and JSON Lines
 * ({@link #prepare}); on the one ordered thread it only appends that text, counts and spools
 * the workbook rows ({@link #accept(ArticleResult, Prepared)}). The files are the same, byte for
 * byte, as when every result goes through {@link #accept(ArticleResult)} on one thread.
 */
public final class DatasetExporter implements PreparingSink<DatasetExporter.Prepared>, AutoCloseable {

    /** The file formats a dataset can be written in: the one registry of {@code --format}. */
    public enum Format {
        CSV("csv", "one RFC 4180 CSV file per table, UTF-8 with a header row, described by datapackage.json"),
        JSONL("jsonl", "one JSON Lines file per table, with a JSON Schema per record type in schemas/"),
        XLSX("xlsx", "one workbook, dataset.xlsx, with a sheet per table, typed cells and a frozen header row");

        private final String label;
        private final String description;

        Format(String label, String description) {
            this.label = label;
            this.description = description;
        }

        /** The name used on the command line and as the file extension. */
        public String label() {
            return label;
        }

        /** One line for the help text. */
        public String description() {
            return description;
        }

        /**
         * Parses a comma-separated list such as {@code csv,jsonl,xlsx}.
         *
         * @throws IllegalArgumentException naming the unknown format and the known ones
         */
        public static Set<Format> parseList(String list) {
            Set<Format> formats = EnumSet.noneOf(Format.class);
            for (String part : list.split(",")) {
                String p = part.strip().toLowerCase(Locale.ROOT);
                if (p.isEmpty()) {
                    continue;
                }
                Format f = Arrays.stream(values()).filter(v -> v.label.equals(p)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("unknown format '" + part.strip()
                                + "'; choose from " + labels()));
                formats.add(f);
            }
            if (formats.isEmpty()) {
                throw new IllegalArgumentException("no format given; choose from " + labels());
            }
            return formats;
        }

        /** The labels, comma-separated. */
        public static String labels() {
            return Arrays.stream(values()).map(Format::label).collect(Collectors.joining(", "));
        }
    }

    /**
     * How a dataset is written.
     *
     * @param formats      the formats to write
     * @param excelCsv     CSV for Excel: a UTF-8 byte-order mark and CRLF line ends
     * @param formulaGuard neutralise CSV cells a spreadsheet would run as formulas
     * @param quotes       finds the quotations of an article (called on worker threads: thread-safe)
     * @param speakers     resolves quotation speakers to entity ids (called on worker threads: thread-safe)
     */
    public record Options(Set<Format> formats, boolean excelCsv, boolean formulaGuard, QuoteExtractor quotes,
                          SpeakerResolver speakers) {
        public Options {
            formats = formats.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(formats));
            Objects.requireNonNull(quotes, "quotes");
            Objects.requireNonNull(speakers, "speakers");
        }

        /**
         * CSV and JSON Lines, LF line ends, formula guard on, bundled quotation lexicon, speakers
         * resolved through the name mentions the rules attached.
         */
        public static Options defaults() {
            return new Options(EnumSet.of(Format.CSV, Format.JSONL), false, true, QuoteExtractor.standard(),
                    MentionSpeakers.INSTANCE);
        }

        public Options withFormats(Set<Format> f) {
            return new Options(f, excelCsv, formulaGuard, quotes, speakers);
        }

        public Options withExcelCsv(boolean excel) {
            return new Options(formats, excel, formulaGuard, quotes, speakers);
        }

        public Options withFormulaGuard(boolean guard) {
            return new Options(formats, excelCsv, guard, quotes, speakers);
        }

        public Options withSpeakers(SpeakerResolver resolver) {
            return new Options(formats, excelCsv, formulaGuard, quotes, resolver);
        }
    }

    /** The workbook's file name. */
    public static final String WORKBOOK = "dataset.xlsx";

    private final OutputFolder folder;
    private final Options options;
    private final List<TableSpec> tables;
    /* Filled by the constructor, read-only after it: worker threads render with these writers. */
    private final Map<String, CsvTableWriter> csv;
    private final Map<String, JsonlWriter> jsonl;
    private boolean writersClosed;
    private final XlsxWorkbookWriter xlsx;
    private final List<String> written = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
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

    /** A dataset of every table in {@code formats}, with the formula guard on. */
    public DatasetExporter(OutputFolder folder, Set<Format> formats, boolean excelCsv) throws IOException {
        this(folder, Options.defaults().withFormats(formats).withExcelCsv(excelCsv));
    }

    public DatasetExporter(OutputFolder folder, Options options) throws IOException {
        this(folder, options, Tables.all());
    }

    /**
     * One result's rows, made by {@link #prepare} on a worker thread: per table the CSV records
     * and JSON Lines as text, and the rows themselves when a workbook is written. Opaque: only
     * the exporter that made it reads it.
     */
    public static final class Prepared {
        private final List<TableRows> tables;

        private Prepared(List<TableRows> tables) {
            this.tables = tables;
        }
    }

    /**
     * The rows one result adds to one table.
     *
     * @param csv   the CSV records, or {@code null} when no CSV is written
     * @param jsonl the JSON Lines, or {@code null} when no JSON Lines are written
     * @param rows  the rows, for the workbook, or {@code null} when no workbook is written
     */
    private record TableRows(TableSpec table, CsvTableWriter.Rendered csv, String jsonl,
                             List<Map<String, Object>> rows) {
    }

    /** A dataset of {@code tables} (tests, embedding). */
    public DatasetExporter(OutputFolder folder, Options options, List<TableSpec> tables) throws IOException {
        this.folder = folder;
        this.options = options;
        this.tables = List.copyOf(tables);
        Map<String, CsvTableWriter> csv = new LinkedHashMap<>();
        Map<String, JsonlWriter> jsonl = new LinkedHashMap<>();
        this.csv = Collections.unmodifiableMap(csv);
        this.jsonl = Collections.unmodifiableMap(jsonl);
        Set<Format> formats = options.formats();
        for (TableSpec t : this.tables) {
            if (formats.contains(Format.CSV)) {
                String name = t.name() + ".csv";
                Writer w = folder.writer(name);
                if (options.excelCsv()) {
                    w.write('\uFEFF');
                }
                csv.put(t.name(), new CsvTableWriter(t, w,
                        new CsvTableWriter.Options(options.excelCsv(), options.formulaGuard())));
                written.add(name);
            }
            if (formats.contains(Format.JSONL)) {
                String name = t.name() + ".jsonl";
                jsonl.put(t.name(), new JsonlWriter(folder.writer(name)));
                written.add(name);
            }
        }
        if (formats.contains(Format.XLSX)) {
            xlsx = new XlsxWorkbookWriter(folder.file(WORKBOOK), folder.directory(".xlsx-spool"),
                    this.tables, warnings::add);
            written.add(WORKBOOK);
        } else {
            xlsx = null;
        }
        if (formats.contains(Format.CSV)) {
            written.add(DataPackage.FILE);
        }
        if (formats.contains(Format.JSONL)) {
            for (TableSpec t : this.tables) {
                written.add(RecordSchemas.path(t));
            }
        }
    }

    /**
     * Finds the quotations of {@code r} and renders every row it adds, in every format. Called on
     * the engine's worker threads, in any order: it changes nothing shared. Findings are numbered
     * from 1; {@link #accept(ArticleResult, Prepared)} renumbers them when {@code r} continues the
     * previous result's input.
     */
    @Override
    public Prepared prepare(ArticleResult r) {
        List<TableRows> out = new ArrayList<>(5);
        if (r.parsed()) {
            Article a = r.article();
            List<Quote> quotes = options.quotes().extract(a);
            add(out, Tables.ARTICLES, List.of(Records.articleRow(r, quotes.size())),
                    List.of(Records.articleRecord(r, quotes.size())));
            List<Map<String, Object>> changes = new ArrayList<>(r.normalised().changes().size());
            for (Change c : r.normalised().changes()) {
                changes.add(Records.changeRow(c));
            }
            add(out, Tables.CHANGES, changes, changes);
            if (!quotes.isEmpty()) {
                LineIndex lines = LineIndex.of(a.raw());
                List<Map<String, Object>> rows = new ArrayList<>(quotes.size());
                int number = 0;
                for (Quote q : quotes) {
                    String entity = q.attributed() ? options.speakers().entityId(r, q).orElse(null) : null;
                    rows.add(Records.quoteRow(a, q, ++number, entity, lines));
                }
                add(out, Tables.QUOTES, rows, rows);
            }
        }
        TableRows findings = findingRows(r, 0);
        if (findings != null) {
            out.add(findings);
        }
        ArticleMentions mentions = r.annotation(Names.MENTIONS);
        if (mentions != null) {
            List<Map<String, Object>> rows = new ArrayList<>(mentions.mentions().size());
            for (Mention m : mentions.mentions()) {
                rows.add(Records.mentionRow(m));
            }
            add(out, Tables.MENTIONS, rows, rows);
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
            write(t);
        }
        ArticleMentions mentions = r.annotation(Names.MENTIONS);
        if (mentions != null) {
            for (Mention m : mentions.mentions()) {
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
        if (r.findings().isEmpty()) {
            return null;
        }
        List<Map<String, Object>> rows = new ArrayList<>(r.findings().size());
        int number = after;
        for (Finding f : r.findings()) {
            rows.add(Records.findingRow(f, ++number, r.parsed()));
        }
        return render(Tables.FINDINGS, rows, rows);
    }

    private void add(List<TableRows> out, TableSpec table, List<Map<String, Object>> rows,
                     List<Map<String, Object>> records) {
        if (!rows.isEmpty()) {
            out.add(render(table, rows, records));
        }
    }

    /** {@code rows} (CSV, workbook) and {@code records} (JSON Lines) of {@code table} rendered for the formats written. */
    private TableRows render(TableSpec table, List<Map<String, Object>> rows, List<Map<String, Object>> records) {
        CsvTableWriter c = csv.get(table.name());
        CsvTableWriter.Rendered csvText = null;
        if (c != null) {
            List<CsvTableWriter.Rendered> parts = new ArrayList<>(rows.size());
            for (Map<String, Object> row : rows) {
                parts.add(c.render(row));
            }
            csvText = CsvTableWriter.Rendered.concat(parts);
        }
        JsonlWriter j = jsonl.get(table.name());
        String jsonlText = null;
        if (j != null) {
            StringBuilder text = new StringBuilder();
            for (Map<String, Object> record : records) {
                text.append(j.render(record));
            }
            jsonlText = text.toString();
        }
        return new TableRows(table, csvText, jsonlText, xlsx == null ? null : rows);
    }

    private void write(TableRows t) throws IOException {
        if (t.csv() != null) {
            csv.get(t.table().name()).writeRendered(t.csv());
        }
        if (t.jsonl() != null) {
            jsonl.get(t.table().name()).writeRendered(t.jsonl());
        }
        if (t.rows() != null) {
            for (Map<String, Object> row : t.rows()) {
                xlsx.write(t.table(), row);
            }
        }
    }

    /**
     * Runs {@code engine} over the inputs into this dataset and then writes the corpus-level
     * tables: the one call that fills every table. {@link #commit()} still puts the folder in place.
     */
    public RunSummary run(Engine engine, List<InputFile> files, List<Finding> notes) throws IOException {
        RunSummary summary = engine.run(files, notes, this);
        finish(engine);
        return summary;
    }

    /** As {@link #run(Engine, List, List)}, over any document source (corpus files), reporting progress. */
    public RunSummary run(Engine engine, DocumentSource source, List<Finding> notes, ProgressListener progress)
            throws IOException {
        RunSummary summary = engine.run(source, notes, this, progress);
        finish(engine);
        return summary;
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
            Map<String, Object> row = Records.entityRow(e, t.surfaces, t.mentions, t.articles);
            write(Tables.ENTITIES, row, row);
        }
    }

    /**
     * Writes one row of {@code table} in every format: {@code row} to the CSV file and the
     * workbook, {@code record} (the same fields, or more) to the JSON Lines file. For tables
     * built after the run, such as corpus-level ones, call it before {@link #commit()}.
     */
    public void write(TableSpec table, Map<String, Object> row, Map<String, Object> record) throws IOException {
        CsvTableWriter c = csv.get(table.name());
        if (c != null) {
            c.write(row);
        }
        JsonlWriter j = jsonl.get(table.name());
        if (j != null) {
            j.write(record);
        }
        if (xlsx != null) {
            xlsx.write(table, row);
        }
    }

    /** Closes every file, writes the descriptors and puts the folder in place. */
    public void commit() throws IOException {
        List<String> longCsvCells = new ArrayList<>();
        for (TableSpec t : tables) {
            CsvTableWriter c = csv.get(t.name());
            if (c != null) {
                for (Column col : t.columns()) {
                    Long n = c.longCells().get(col.name());
                    if (n != null) {
                        longCsvCells.add(t.name() + "." + col.name() + ": " + n + " CSV cell" + (n == 1 ? "" : "s")
                                + " longer than " + CsvTableWriter.SPREADSHEET_CELL_LIMIT
                                + " characters, more than a spreadsheet cell holds: Excel and LibreOffice cut or"
                                + " split them on opening; the CSV and JSON Lines files hold them whole.");
                    }
                }
            }
        }
        warnings.addAll(0, longCsvCells);
        closeWriters();
        if (xlsx != null) {
            xlsx.finish();
            xlsx.close();
        }
        if (options.formats().contains(Format.CSV)) {
            try (Writer w = folder.writer(DataPackage.FILE)) {
                PrettyJson.write(DataPackage.describe(tables, options.excelCsv(), options.formulaGuard()), w);
            }
        }
        if (options.formats().contains(Format.JSONL)) {
            for (TableSpec t : tables) {
                try (Writer w = folder.writer(RecordSchemas.path(t))) {
                    PrettyJson.write(RecordSchemas.of(t), w);
                }
            }
        }
        folder.commit();
    }

    /** The file names written, in order. */
    public List<String> files() {
        return List.copyOf(written);
    }

    /**
     * What the user should know about the files, one line each: cells longer than a spreadsheet
     * holds, tables longer than a sheet. Complete after {@link #commit()}.
     */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    private void closeWriters() throws IOException {
        if (writersClosed) {
            return;
        }
        writersClosed = true;
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
        if (first != null) {
            throw first;
        }
    }

    /** Closes the files and, unless committed, discards the partial output. */
    @Override
    public void close() throws IOException {
        try {
            closeWriters();
            if (xlsx != null) {
                xlsx.close();
            }
        } finally {
            folder.close();
        }
    }
}
