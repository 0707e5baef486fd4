package dev.gazette.export.xlsx;

import dev.gazette.export.format.DatasetFiles;
import dev.gazette.export.format.DatasetFormat;
import dev.gazette.export.format.FormatSettings;
import dev.gazette.export.format.FormatWriter;
import dev.gazette.export.table.TableSpec;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The {@code xlsx} dataset format: one workbook, {@value #WORKBOOK}, with a sheet per table,
 * typed cells and a frozen header row. Rows are spooled to disk as they arrive, so memory stays
 * flat; the workbook is built when the dataset is finished.
 */
public final class XlsxFormat implements DatasetFormat {

    /** The workbook's file name. */
    public static final String WORKBOOK = "dataset.xlsx";

    @Override
    public String name() {
        return "xlsx";
    }

    @Override
    public String description() {
        return "one workbook, " + WORKBOOK + ", a sheet per table";
    }

    @Override
    public FormatWriter open(DatasetFiles files, List<TableSpec> tables, FormatSettings settings,
                             Consumer<String> warnings) throws IOException {
        return new Writing(new XlsxWorkbookWriter(files.file(WORKBOOK), files.directory(".xlsx-spool"), tables,
                warnings));
    }

    private static final class Writing implements FormatWriter {
        private final XlsxWorkbookWriter workbook;

        Writing(XlsxWorkbookWriter workbook) {
            this.workbook = workbook;
        }

        @Override
        public Object render(TableSpec table, List<Map<String, Object>> rows, List<Map<String, Object>> records) {
            return rows;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void append(TableSpec table, Object rendered) throws IOException {
            for (Map<String, Object> row : (List<Map<String, Object>>) rendered) {
                workbook.write(table, row);
            }
        }

        @Override
        public void finish() throws IOException {
            workbook.finish();
            workbook.close();
        }

        @Override
        public List<String> files() {
            return List.of(WORKBOOK);
        }

        @Override
        public void close() throws IOException {
            workbook.close();
        }
    }
}
