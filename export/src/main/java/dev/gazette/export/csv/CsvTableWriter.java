package dev.gazette.export.csv;

import dev.gazette.export.table.Column;
import dev.gazette.export.table.TableSpec;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes one table as RFC 4180 CSV with Apache Commons CSV: a header row, then one record per
 * row with the spec's columns in order. Absent values are empty cells; every cell that needs
 * quoting is quoted. Records end in {@code \n} (what most data tools expect), or {@code \r\n}
 * when asked for, as spreadsheets prefer. With the formula guard on, text cells that would run as
 * a spreadsheet formula are neutralised (see {@link FormulaGuard}).
 *
 * <p>A row can be rendered on any thread ({@link #render}) and appended later, in order, on the
 * writing one ({@link #writeRendered}); {@link #write} does both, so there is one rendering.
 */
public final class CsvTableWriter implements Closeable {

    /**
     * How a table is written.
     *
     * @param crlf         end records with CRLF instead of LF
     * @param formulaGuard neutralise cells that a spreadsheet would run as a formula
     */
    public record Options(boolean crlf, boolean formulaGuard) {
        /** LF line ends, formula guard on. */
        public static Options defaults() {
            return new Options(false, true);
        }
    }

    /** The most characters a spreadsheet cell holds (Excel, LibreOffice). */
    public static final int SPREADSHEET_CELL_LIMIT = 32_767;

    /**
     * Rows rendered as CSV records, ready to append.
     *
     * @param text      the records, each with its record separator, as {@link CSVPrinter#printRecord} writes them
     * @param longCells the column of every cell longer than {@link #SPREADSHEET_CELL_LIMIT}, once per such cell
     */
    public record Rendered(String text, List<String> longCells) {
        public Rendered {
            longCells = List.copyOf(longCells);
        }

        /** {@code parts} one after the other, as one append. */
        public static Rendered concat(List<Rendered> parts) {
            if (parts.size() == 1) {
                return parts.get(0);
            }
            StringBuilder text = new StringBuilder();
            List<String> longCells = new ArrayList<>(0);
            for (Rendered r : parts) {
                text.append(r.text);
                longCells.addAll(r.longCells);
            }
            return new Rendered(text.toString(), longCells);
        }
    }

    private final TableSpec spec;
    private final Writer out;
    private final CSVPrinter printer;
    private boolean closed;
    private final boolean guard;
    /*
     * CSVFormat's print methods are synchronized on the format: one format shared by the worker
     * threads would make them render one at a time. Each thread renders with its own copy.
     */
    private final ThreadLocal<CSVFormat> formats;
    private final Map<String, Long> longCells = new LinkedHashMap<>();

    /** A writer with LF or CRLF line ends and no formula guard. */
    public CsvTableWriter(TableSpec spec, Writer out, boolean crlf) throws IOException {
        this(spec, out, new Options(crlf, false));
    }

    public CsvTableWriter(TableSpec spec, Writer out, Options options) throws IOException {
        this.spec = spec;
        this.guard = options.formulaGuard();
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(spec.header().toArray(String[]::new))
                .setQuoteMode(QuoteMode.MINIMAL)
                .setRecordSeparator(options.crlf() ? "\r\n" : "\n")
                .get();
        this.out = out;
        this.printer = new CSVPrinter(out, format);
        this.formats = ThreadLocal.withInitial(() -> format.builder().get());
    }

    /** The text of the cell {@code value} becomes: empty for none, guarded when asked for. */
    public String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        return guard && value instanceof CharSequence ? FormulaGuard.guard(s) : s;
    }

    /** Writes one row; keys not among the columns are ignored. */
    public void write(Map<String, ?> row) throws IOException {
        writeRendered(render(row));
    }

    /**
     * {@code row} as the record {@link #write} appends, with the columns of its over-long cells;
     * keys not among the columns are ignored. Thread-safe: it reads nothing this writer changes.
     */
    public Rendered render(Map<String, ?> row) {
        Object[] values = new Object[spec.columns().size()];
        List<String> longColumns = List.of();
        int i = 0;
        for (Column c : spec.columns()) {
            String cell = cell(row.get(c.name()));
            if (cell.length() > SPREADSHEET_CELL_LIMIT) {
                if (longColumns.isEmpty()) {
                    longColumns = new ArrayList<>(1);
                }
                longColumns.add(c.name());
            }
            values[i++] = cell;
        }
        StringBuilder text = new StringBuilder();
        try {
            formats.get().printRecord(text, values);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return new Rendered(text.toString(), longColumns);
    }

    /** Appends records made by {@link #render} (of this writer, or of one with the same table and options). */
    public void writeRendered(Rendered rows) throws IOException {
        out.append(rows.text());
        for (String column : rows.longCells()) {
            longCells.merge(column, 1L, Long::sum);
        }
    }

    /** Per column, how many cells written so far are longer than a spreadsheet cell holds. */
    public Map<String, Long> longCells() {
        return Map.copyOf(longCells);
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
