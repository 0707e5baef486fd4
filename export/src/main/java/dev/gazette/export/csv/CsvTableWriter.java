package dev.gazette.export.csv;

import dev.gazette.export.table.Column;
import dev.gazette.export.table.TableSpec;
import java.io.Closeable;
import java.io.IOException;
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

    private final TableSpec spec;
    private final CSVPrinter printer;
    private boolean closed;
    private final boolean guard;
    private final Map<String, Long> longCells = new LinkedHashMap<>();

    /** A writer with LF or CRLF line ends and no formula guard (the change log of {@code gazette fix}). */
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
        this.printer = new CSVPrinter(out, format);
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
        List<String> values = new ArrayList<>(spec.columns().size());
        for (Column c : spec.columns()) {
            String cell = cell(row.get(c.name()));
            if (cell.length() > SPREADSHEET_CELL_LIMIT) {
                longCells.merge(c.name(), 1L, Long::sum);
            }
            values.add(cell);
        }
        printer.printRecord(values);
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
