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
    private final Writer out;
    private boolean closed;
    /** Per thread: CSVFormat's print methods synchronize on the format, which would serialize rendering. */
    private final ThreadLocal<CSVFormat> rowFormat;

    public CsvTableWriter(TableSpec spec, Writer out, boolean crlf) throws IOException {
        this.spec = spec;
        this.out = out;
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(spec.header().toArray(String[]::new))
                .setQuoteMode(QuoteMode.MINIMAL)
                .setRecordSeparator(crlf ? "\r\n" : "\n")
                .get();
        CSVFormat rows = format.builder().setHeader((String[]) null).get();
        this.rowFormat = ThreadLocal.withInitial(() -> rows.builder().get());
        this.printer = new CSVPrinter(out, format);
    }

    /** Writes one row; keys not among the columns are ignored. */
    public void write(Map<String, ?> row) throws IOException {
        printer.printRecord(values(row));
    }

    /**
     * One row as the text {@link #write} would append, record separator included. Thread-safe,
     * so rows can be rendered in parallel and appended in order with {@link #writeRendered}.
     */
    public String render(Map<String, ?> row) {
        StringBuilder sb = new StringBuilder(256);
        try {
            rowFormat.get().printRecord(sb, values(row).toArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("a StringBuilder does not fail", e);
        }
        return sb.toString();
    }

    /** Appends rows made by {@link #render}. */
    public void writeRendered(CharSequence rows) throws IOException {
        printer.flush();
        out.append(rows);
    }

    private List<Object> values(Map<String, ?> row) {
        List<Object> values = new ArrayList<>(spec.columns().size());
        for (String name : spec.header()) {
            Object v = row.get(name);
            values.add(v == null ? "" : v);
        }
        return values;
    }

    /** Flushes and closes the output; a second call does nothing (as {@link java.io.Closeable} asks). */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            printer.close(true);
        }
    }
}
