package dev.gazette.export.xlsx;

import dev.gazette.export.files.Utf8;
import dev.gazette.export.table.Column;
import dev.gazette.export.table.TableSpec;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a dataset as one XLSX workbook with dhatim fastexcel: a sheet per table, the header row
 * bold and frozen, cells typed by the column ({@code integer} and {@code number} as numbers,
 * {@code boolean} as booleans, {@code date} and {@code datetime} as dates), text as inline
 * strings, which a spreadsheet never runs as a formula.
 *
 * <p>Rows arrive interleaved across tables while a zip file is written one entry at a time, so
 * rows are spooled to a file per table and the workbook is written at {@link #finish()}, one
 * sheet after another, in bounded memory. The workbook is then rewritten with fixed entry times
 * and without the creation time fastexcel stamps into {@code docProps/core.xml}, so the same
 * rows give the same bytes.
 *
 * <p>Spreadsheet limits are kept and reported through the warning sink: a text longer than
 * {@value #MAX_CELL_CHARS} characters is cut to that length, and a table of more than
 * {@value #MAX_DATA_ROWS} rows goes on over further sheets ({@code findings_2}, ...).
 */
public final class XlsxWorkbookWriter implements Closeable {

    /** The most characters a cell holds in Excel (and what LibreOffice keeps). */
    public static final int MAX_CELL_CHARS = 32_767;
    /** The most data rows a sheet holds beside its header row. */
    public static final int MAX_DATA_ROWS = 1_048_575;

    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte LONG = 2;
    private static final byte DOUBLE = 3;
    private static final byte TRUE = 4;
    private static final byte FALSE = 5;
    private static final int FLUSH_EVERY = 1_000;
    /** Excel reads {@code _xHHHH_} in a string as an escaped character; a literal one is escaped itself. */
    private static final Pattern OOXML_ESCAPE = Pattern.compile("_(x[0-9A-Fa-f]{4}_)");

    private final Path target;
    private final Path spoolDir;
    private final List<TableSpec> tables;
    private final Consumer<String> warnings;
    private final int maxDataRows;
    private final Map<String, DataOutputStream> spools = new LinkedHashMap<>();
    private final Map<String, Long> rows = new LinkedHashMap<>();

    /**
     * @param target   the workbook file
     * @param spoolDir a folder for the spool files (created; removed by {@link #close()})
     * @param tables   the tables, in sheet order
     * @param warnings receives one line per spreadsheet limit hit
     */
    public XlsxWorkbookWriter(Path target, Path spoolDir, List<TableSpec> tables, Consumer<String> warnings)
            throws IOException {
        this(target, spoolDir, tables, warnings, MAX_DATA_ROWS);
    }

    XlsxWorkbookWriter(Path target, Path spoolDir, List<TableSpec> tables, Consumer<String> warnings,
                       int maxDataRows) throws IOException {
        this.target = target;
        this.spoolDir = spoolDir;
        this.tables = List.copyOf(tables);
        this.warnings = warnings;
        this.maxDataRows = maxDataRows;
        Files.createDirectories(spoolDir);
        for (TableSpec t : tables) {
            OutputStream os = Files.newOutputStream(spoolDir.resolve(t.name() + ".spool"));
            spools.put(t.name(), new DataOutputStream(new BufferedOutputStream(os, 1 << 16)));
            rows.put(t.name(), 0L);
        }
    }

    /** Adds a row to {@code table}'s sheet; keys not among the columns are ignored. */
    public void write(TableSpec table, Map<String, ?> row) throws IOException {
        DataOutputStream out = spools.get(table.name());
        if (out == null) {
            throw new IllegalArgumentException("table '" + table.name() + "' is not in this workbook");
        }
        for (Column c : table.columns()) {
            Object v = row.get(c.name());
            if (v == null) {
                out.writeByte(NULL);
            } else if (v instanceof Boolean b) {
                out.writeByte(b ? TRUE : FALSE);
            } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
                out.writeByte(LONG);
                out.writeLong(((Number) v).longValue());
            } else if (v instanceof Number n) {
                out.writeByte(DOUBLE);
                out.writeDouble(n.doubleValue());
            } else {
                byte[] bytes = Utf8.wellFormed(v.toString()).getBytes(StandardCharsets.UTF_8);
                out.writeByte(STRING);
                out.writeInt(bytes.length);
                out.write(bytes);
            }
        }
        rows.merge(table.name(), 1L, Long::sum);
    }

    /** Writes the workbook from the spooled rows. */
    public void finish() throws IOException {
        for (DataOutputStream s : spools.values()) {
            s.close();
        }
        Path raw = spoolDir.resolve("workbook.xlsx");
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(raw), 1 << 16)) {
            Workbook wb = new Workbook(os, "Gazette", "1.0");
            for (TableSpec t : tables) {
                writeSheets(wb, t);
            }
            wb.finish();
        }
        ZipNormaliser.normalise(raw, target);
        Files.delete(raw);
    }

    private void writeSheets(Workbook wb, TableSpec t) throws IOException {
        long total = rows.get(t.name());
        int sheets = (int) Math.max(1, (total + maxDataRows - 1) / maxDataRows);
        if (sheets > 1) {
            warnings.accept(t.name() + ": " + total + " rows, more than the " + maxDataRows
                    + " a spreadsheet sheet holds; the XLSX workbook spreads them over the sheets "
                    + t.name() + " to " + t.name() + "_" + sheets + ".");
        }
        LongCells longCells = new LongCells();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                Files.newInputStream(spoolDir.resolve(t.name() + ".spool")), 1 << 16))) {
            for (int sheet = 1; sheet <= sheets; sheet++) {
                Worksheet ws = wb.newWorksheet(sheet == 1 ? t.name() : t.name() + "_" + sheet);
                header(ws, t);
                long n = Math.min(maxDataRows, total - (long) (sheet - 1) * maxDataRows);
                for (int r = 1; r <= n; r++) {
                    for (int c = 0; c < t.columns().size(); c++) {
                        cell(ws, r, c, t.columns().get(c), in, longCells);
                    }
                    if (r % FLUSH_EVERY == 0) {
                        ws.flush();
                    }
                }
                ws.finish();
            }
        }
        longCells.report(t, warnings);
    }

    private static void header(Worksheet ws, TableSpec t) {
        for (int c = 0; c < t.columns().size(); c++) {
            Column col = t.columns().get(c);
            ws.inlineString(0, c, col.name());
            ws.style(0, c).bold().set();
            ws.width(c, width(col));
        }
        ws.freezePane(0, 1);
    }

    private static double width(Column c) {
        int base = switch (c.type()) {
            case "integer", "number", "boolean" -> 10;
            case "date" -> 12;
            case "datetime" -> 20;
            default -> 30;
        };
        return Math.max(base, c.name().length() + 3);
    }

    private static void cell(Worksheet ws, int r, int c, Column col, DataInputStream in, LongCells longCells)
            throws IOException {
        byte tag;
        try {
            tag = in.readByte();
        } catch (EOFException e) {
            throw new IOException("XLSX spool ended early", e);
        }
        switch (tag) {
            case NULL -> {
            }
            case TRUE -> ws.value(r, c, Boolean.TRUE);
            case FALSE -> ws.value(r, c, Boolean.FALSE);
            case LONG -> ws.value(r, c, in.readLong());
            case DOUBLE -> ws.value(r, c, in.readDouble());
            case STRING -> {
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                text(ws, r, c, col, new String(bytes, StandardCharsets.UTF_8), longCells);
            }
            default -> throw new IOException("XLSX spool is corrupt (tag " + tag + ")");
        }
    }

    private static void text(Worksheet ws, int r, int c, Column col, String s, LongCells longCells) {
        if (col.type().equals("date")) {
            try {
                ws.value(r, c, LocalDate.parse(s));
                ws.style(r, c).format("yyyy-mm-dd").set();
                return;
            } catch (DateTimeParseException e) {
                // not a date after all: kept as text
            }
        } else if (col.type().equals("datetime")) {
            try {
                LocalDateTime utc = OffsetDateTime.parse(s).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
                ws.value(r, c, utc);
                ws.style(r, c).format("yyyy-mm-dd hh:mm:ss").set();
                return;
            } catch (DateTimeParseException e) {
                // not a date-time after all: kept as text
            }
        }
        String v = s;
        if (v.length() > MAX_CELL_CHARS) {
            longCells.add(col.name(), r);
            int cut = MAX_CELL_CHARS;
            if (Character.isHighSurrogate(v.charAt(cut - 1))) {
                cut--;
            }
            v = v.substring(0, cut);
        }
        if (v.indexOf("_x") >= 0) {
            v = OOXML_ESCAPE.matcher(v).replaceAll(Matcher.quoteReplacement("_x005F_") + "$1");
        }
        ws.inlineString(r, c, v);
    }

    /** Removes the spool files. */
    @Override
    public void close() throws IOException {
        for (DataOutputStream s : spools.values()) {
            try {
                s.close();
            } catch (IOException e) {
                // closing a spool that is deleted next
            }
        }
        if (Files.exists(spoolDir)) {
            try (var files = Files.list(spoolDir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(spoolDir);
        }
    }

    /** Counts the cells of a sheet cut to the spreadsheet limit. */
    private static final class LongCells {
        private final Map<String, long[]> byColumn = new LinkedHashMap<>();

        void add(String column, long row) {
            long[] v = byColumn.computeIfAbsent(column, k -> new long[] {0, row});
            v[0]++;
        }

        void report(TableSpec t, Consumer<String> warnings) {
            byColumn.forEach((column, v) -> warnings.accept(t.name() + "." + column + ": " + v[0] + " cell"
                    + (v[0] == 1 ? "" : "s") + " longer than " + MAX_CELL_CHARS
                    + " characters cut to that length in the XLSX workbook (first at sheet row " + (v[1] + 1) + ")."));
        }
    }
}
