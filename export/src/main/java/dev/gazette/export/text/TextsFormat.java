package dev.gazette.export.text;

import dev.gazette.export.format.DatasetFiles;
import dev.gazette.export.format.DatasetFormat;
import dev.gazette.export.format.FormatSettings;
import dev.gazette.export.format.FormatWriter;
import dev.gazette.export.format.SafeNames;
import dev.gazette.export.table.TableSpec;
import dev.gazette.validate.engine.ArticleResult;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The {@code texts} dataset format: one clean UTF-8 text file per article,
 * {@code texts/<id>.txt}, the article's raw text with the applied changes (what
 * {@code gazette fix} writes). File names are made safe from the article ids
 * ({@link SafeNames}).
 */
public final class TextsFormat implements DatasetFormat {

    /** The folder of the text files. */
    public static final String FOLDER = "texts/";

    @Override
    public String name() {
        return "texts";
    }

    @Override
    public String description() {
        return "one clean UTF-8 text file per article in " + FOLDER;
    }

    @Override
    public FormatWriter open(DatasetFiles files, List<TableSpec> tables, FormatSettings settings,
                             Consumer<String> warnings) {
        return new Writing(files);
    }

    private static final class Writing implements FormatWriter {
        private final DatasetFiles files;
        private final Set<String> names = new HashSet<>();

        Writing(DatasetFiles files) {
            this.files = files;
        }

        @Override
        public Object render(TableSpec table, List<Map<String, Object>> rows, List<Map<String, Object>> records) {
            return null;
        }

        @Override
        public void append(TableSpec table, Object rendered) {
        }

        @Override
        public void article(ArticleResult r) throws IOException {
            if (!r.parsed()) {
                return;
            }
            try (Writer w = files.writer(FOLDER + SafeNames.fileName(r.id(), names) + ".txt")) {
                w.write(r.normalised().cleanText());
            }
        }

        @Override
        public void finish() {
        }

        @Override
        public List<String> files() {
            return List.of(FOLDER);
        }

        @Override
        public void close() {
        }
    }
}
