package dev.gazette.export.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.model.Finding;
import dev.gazette.model.io.InputException;
import dev.gazette.model.io.InputFile;
import dev.gazette.model.io.InputScanner;
import dev.gazette.validate.engine.Engine;
import dev.gazette.validate.engine.EngineOptions;
import dev.gazette.validate.engine.RunResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Exports the authored test corpus ({@code src/test/resources/corpus}): articles with commas,
 * quotes and line breaks inside cells, curly apostrophes, Arabic script, emoji, a cell that looks
 * like a spreadsheet formula, a windows-1252 file and an empty (rejected) file.
 */
public final class TestCorpus {

    public static final Path CORPUS = Path.of("src/test/resources/corpus");

    private TestCorpus() {
    }

    /** Exports the corpus into {@code out} with {@code options}; returns the exporter's warnings. */
    public static List<String> export(Path out, DatasetExporter.Options options) throws IOException {
        return export(CORPUS, out, options);
    }

    public static List<String> export(Path corpus, Path out, DatasetExporter.Options options) throws IOException {
        return export(corpus, out, options, new Engine(EngineOptions.builder().products(true).build()));
    }

    /** Exports {@code corpus} into {@code out} through {@code engine}; returns the exporter's warnings. */
    public static List<String> export(Path corpus, Path out, DatasetExporter.Options options, Engine engine)
            throws IOException {
        InputScanner.Scan scan;
        try {
            scan = new InputScanner().scan(List.of(corpus.toString()));
        } catch (InputException e) {
            throw new IOException(e);
        }
        try (DatasetExporter exporter = new DatasetExporter(OutputFolder.open(out), options)) {
            run(exporter, engine, scan.files(), scan.notes());
            exporter.commit();
            return exporter.warnings();
        }
    }

    /** Runs {@code engine} over {@code files} into {@code exporter} and writes the corpus tables. */
    public static RunResult run(DatasetExporter exporter, Engine engine, List<InputFile> files, List<Finding> notes)
            throws IOException {
        RunResult result = engine.run(files, notes, exporter);
        exporter.finish(result.products());
        return result;
    }

    /** The records of a JSON Lines file. */
    public static List<JsonNode> jsonl(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            records.add(mapper.readTree(line));
        }
        return records;
    }

    /** The text a CSV or spreadsheet cell should show for a JSON value of a column. */
    public static String expectedCell(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            return Integer.toString(value.size()); // articles: the CSV counts what the record lists
        }
        return value.asText();
    }
}
