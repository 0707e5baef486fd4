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

    private final TableSpec spec;
    private final CSVPrinter printer;
    private final boolean guard;

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
        for (String name : spec.header()) {
            values.add(cell(row.get(name)));
        }
        printer.printRecord(values);
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
