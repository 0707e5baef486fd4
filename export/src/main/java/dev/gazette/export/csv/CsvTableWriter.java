package dev.gazette.export.csv;

import dev.gazette.export.table.TableSpec;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes one table as RFC 4180 CSV with Apache Commons CSV: a header row, then one record per
 * row with the spec's columns in order. Absent values are empty cells; every cell that needs
 * quoting is quoted. Records end in {@code \n} (what most data tools expect), or {@code \r\n}
 * when asked for, as spreadsheets prefer.
 */
public final class CsvTableWriter implements Closeable {

    private final TableSpec spec;
    private final CSVPrinter printer;
    private boolean closed;

    public CsvTableWriter(TableSpec spec, Writer out, boolean crlf) throws IOException {
        this.spec = spec;
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(spec.header().toArray(String[]::new))
                .setQuoteMode(QuoteMode.MINIMAL)
                .setRecordSeparator(crlf ? "\r\n" : "\n")
                .get();
        this.printer = new CSVPrinter(out, format);
    }

    /** Writes one row; keys not among the columns are ignored. */
    public void write(Map<String, ?> row) throws IOException {
        List<Object> values = new ArrayList<>(spec.columns().size());
        for (String name : spec.header()) {
            Object v = row.get(name);
            values.add(v == null ? "" : v);
        }
        printer.printRecord(values);
    }

    /** Flushes and closes the underlying writer; closing again does nothing. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            printer.close(true);
        }
    }
}
