package dev.gazette.export.csv;

import dev.gazette.export.datapackage.DataPackage;
import dev.gazette.export.format.DatasetFiles;
import dev.gazette.export.format.DatasetFormat;
import dev.gazette.export.format.FormatSettings;
import dev.gazette.export.format.FormatWriter;
import dev.gazette.export.internal.PrettyJson;
import dev.gazette.export.table.Column;
import dev.gazette.export.table.TableSpec;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The {@code csv} dataset format: one RFC 4180 CSV file per table, UTF-8 with a header row
 * (with a byte-order mark and CRLF line ends for Excel), cells a spreadsheet would run as a
 * formula guarded, and {@code datapackage.json} describing the tables (Frictionless Data).
 */
public final class CsvFormat implements DatasetFormat {

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String description() {
        return "a file per table and datapackage.json";
    }

    @Override
    public FormatWriter open(DatasetFiles files, List<TableSpec> tables, FormatSettings settings,
                             Consumer<String> warnings) throws IOException {
        return new Writing(files, tables, settings, warnings);
    }

    private static final class Writing implements FormatWriter {
        private final DatasetFiles files;
        private final List<TableSpec> tables;
        private final FormatSettings settings;
        private final Consumer<String> warnings;
        private final Map<String, CsvTableWriter> writers = new LinkedHashMap<>();
        private final List<String> names = new ArrayList<>();
        private boolean closed;

        Writing(DatasetFiles files, List<TableSpec> tables, FormatSettings settings, Consumer<String> warnings)
                throws IOException {
            this.files = files;
            this.tables = List.copyOf(tables);
            this.settings = settings;
            this.warnings = warnings;
            for (TableSpec t : this.tables) {
                String name = t.name() + ".csv";
                Writer w = files.writer(name);
                if (settings.excelCsv()) {
                    w.write('\uFEFF');
                }
                writers.put(t.name(), new CsvTableWriter(t, w,
                        new CsvTableWriter.Options(settings.excelCsv(), settings.formulaGuard())));
                names.add(name);
            }
            names.add(DataPackage.FILE);
        }

        @Override
        public Object render(TableSpec table, List<Map<String, Object>> rows, List<Map<String, Object>> records) {
            CsvTableWriter c = writers.get(table.name());
            List<CsvTableWriter.Rendered> parts = new ArrayList<>(rows.size());
            for (Map<String, Object> row : rows) {
                parts.add(c.render(row));
            }
            return CsvTableWriter.Rendered.concat(parts);
        }

        @Override
        public void append(TableSpec table, Object rendered) throws IOException {
            writers.get(table.name()).writeRendered((CsvTableWriter.Rendered) rendered);
        }

        @Override
        public void finish() throws IOException {
            for (TableSpec t : tables) {
                CsvTableWriter c = writers.get(t.name());
                for (Column col : t.columns()) {
                    Long n = c.longCells().get(col.name());
                    if (n != null) {
                        warnings.accept(t.name() + "." + col.name() + ": " + n + " CSV cell" + (n == 1 ? "" : "s")
                                + " longer than " + CsvTableWriter.SPREADSHEET_CELL_LIMIT
                                + " characters, more than a spreadsheet cell holds: Excel and LibreOffice cut or"
                                + " split them on opening; the CSV and JSON Lines files hold them whole.");
                    }
                }
            }
            close();
            try (Writer w = files.writer(DataPackage.FILE)) {
                PrettyJson.write(DataPackage.describe(tables, settings.excelCsv(), settings.formulaGuard()), w);
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
            for (CsvTableWriter w : writers.values()) {
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
