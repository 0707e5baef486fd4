package dev.gazette.export.jsonl;

import dev.gazette.export.format.DatasetFiles;
import dev.gazette.export.format.DatasetFormat;
import dev.gazette.export.format.FormatSettings;
import dev.gazette.export.format.FormatWriter;
import dev.gazette.export.internal.PrettyJson;
import dev.gazette.export.schema.RecordSchemas;
import dev.gazette.export.table.TableSpec;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The {@code jsonl} dataset format: one JSON Lines file per table, each line a full record, and
 * a JSON Schema (draft 2020-12) per record type in {@code schemas/}.
 */
public final class JsonlFormat implements DatasetFormat {

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public String description() {
        return "a file per table and JSON Schemas in schemas/";
    }

    @Override
    public FormatWriter open(DatasetFiles files, List<TableSpec> tables, FormatSettings settings,
                             Consumer<String> warnings) throws IOException {
        return new Writing(files, tables);
    }

    private static final class Writing implements FormatWriter {
        private final DatasetFiles files;
        private final List<TableSpec> tables;
        private final Map<String, JsonlWriter> writers = new LinkedHashMap<>();
        private final List<String> names = new ArrayList<>();
        private boolean closed;

        Writing(DatasetFiles files, List<TableSpec> tables) throws IOException {
            this.files = files;
            this.tables = List.copyOf(tables);
            for (TableSpec t : this.tables) {
                String name = t.name() + ".jsonl";
                writers.put(t.name(), new JsonlWriter(files.writer(name)));
                names.add(name);
            }
            for (TableSpec t : this.tables) {
                names.add(RecordSchemas.path(t));
            }
        }

        @Override
        public Object render(TableSpec table, List<Map<String, Object>> rows, List<Map<String, Object>> records) {
            JsonlWriter j = writers.get(table.name());
            StringBuilder text = new StringBuilder();
            for (Map<String, Object> record : records) {
                text.append(j.render(record));
            }
            return text.toString();
        }

        @Override
        public void append(TableSpec table, Object rendered) throws IOException {
            writers.get(table.name()).writeRendered((String) rendered);
        }

        @Override
        public void finish() throws IOException {
            close();
            for (TableSpec t : tables) {
                try (Writer w = files.writer(RecordSchemas.path(t))) {
                    PrettyJson.write(RecordSchemas.of(t), w);
                }
            }
        }

        @Override
        public List<String> files() {
            return List.copyOf(names);
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            IOException first = null;
            for (JsonlWriter w : writers.values()) {
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
    }
}
