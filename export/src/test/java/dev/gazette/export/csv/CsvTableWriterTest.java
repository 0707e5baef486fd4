package dev.gazette.export.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.export.table.Column;
import dev.gazette.export.table.TableSpec;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.junit.jupiter.api.Test;

class CsvTableWriterTest {

    private static final TableSpec T = new TableSpec("t", "A test table.",
            List.of(new Column("id", "integer", "Id.", "1").asRequired(), new Column("text", "string", "Text.", "x"),
                    new Column("ok", "boolean", "Flag.", "true")),
            List.of("id"), List.of());

    private static String write(CsvTableWriter.Options options, List<Map<String, Object>> rows) throws IOException {
        StringWriter out = new StringWriter();
        try (CsvTableWriter w = new CsvTableWriter(T, out, options)) {
            for (Map<String, Object> r : rows) {
                w.write(r);
            }
        }
        return out.toString();
    }

    private static Map<String, Object> row(Object id, Object text, Object ok) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("text", text);
        m.put("ok", ok);
        m.put("ignored", "not a column");
        return m;
    }

    @Test
    void emptyTableIsTheHeaderOnly() throws IOException {
        assertThat(write(CsvTableWriter.Options.defaults(), List.of())).isEqualTo("id,text,ok\n");
    }

    @Test
    void quotesOnlyWhatNeedsQuotingAndLeavesAbsentValuesEmpty() throws IOException {
        String csv = write(CsvTableWriter.Options.defaults(), List.of(
                row(1, "plain", true),
                row(2, "comma, \"quote\" and\nline", false),
                row(3, null, null)));
        assertThat(csv).isEqualTo("id,text,ok\n1,plain,true\n2,\"comma, \"\"quote\"\" and\nline\",false\n3,,\n");
    }

    @Test
    void guardsFormulaTextButNotNegativeNumbers() throws IOException {
        String csv = write(CsvTableWriter.Options.defaults(), List.of(row(-4, "=SUM(A1:A9)", true), row(5, "-5", true)));
        assertThat(csv).isEqualTo("id,text,ok\n-4,'=SUM(A1:A9),true\n5,-5,true\n");
    }

    @Test
    void crlfAndNoGuardWhenAskedFor() throws IOException {
        String csv = write(new CsvTableWriter.Options(true, false), List.of(row(1, "=1+1", true)));
        assertThat(csv).isEqualTo("id,text,ok\r\n1,=1+1,true\r\n");
    }

    /** Rows that need every kind of care: quotes, commas, line breaks, formulas, empty cells, long text. */
    private static List<Map<String, Object>> awkwardRows() {
        return List.of(
                row(1, "plain", true),
                row(2, "comma, \"quote\" and\nline", false),
                row(3, "carriage\r\nreturn", null),
                row(null, "first cell empty", true),
                row(null, null, null),
                row(4, "=SUM(A1:A9)", true),
                row(5, "'=already guarded", true),
                row(6, "@mention, -dash", true),
                row(-7, "-7", false),
                row(8, " leading and trailing space ", true),
                row(9, "x".repeat(CsvTableWriter.SPREADSHEET_CELL_LIMIT + 1), true),
                row(10, "\"" + "y".repeat(CsvTableWriter.SPREADSHEET_CELL_LIMIT) + "\"", true));
    }

    /** What the writer wrote before rendering existed: a CSVPrinter printing each record of guarded cells. */
    private static String printedByCsvPrinter(CsvTableWriter.Options options, List<Map<String, Object>> rows)
            throws IOException {
        StringBuilder out = new StringBuilder();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader("id", "text", "ok").setQuoteMode(QuoteMode.MINIMAL)
                .setRecordSeparator(options.crlf() ? "\r\n" : "\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Map<String, Object> r : rows) {
                List<String> cells = new ArrayList<>();
                for (String column : List.of("id", "text", "ok")) {
                    Object v = r.get(column);
                    String cell = v == null ? "" : v.toString();
                    cells.add(options.formulaGuard() && v instanceof CharSequence ? FormulaGuard.guard(cell) : cell);
                }
                printer.printRecord(cells);
            }
        }
        return out.toString();
    }

    @Test
    void renderedRowsAreTheBytesCsvPrinterWritesForEveryOption() throws IOException {
        for (CsvTableWriter.Options options : List.of(new CsvTableWriter.Options(false, true),
                new CsvTableWriter.Options(true, true), new CsvTableWriter.Options(false, false),
                new CsvTableWriter.Options(true, false))) {
            StringWriter header = new StringWriter();
            CsvTableWriter w = new CsvTableWriter(T, header, options);
            StringBuilder rendered = new StringBuilder(header.toString());
            for (Map<String, Object> r : awkwardRows()) {
                rendered.append(w.render(r).text());
            }
            assertThat(rendered.toString()).as("%s", options).isEqualTo(printedByCsvPrinter(options, awkwardRows()))
                    .isEqualTo(write(options, awkwardRows()));
        }
    }

    @Test
    void rendersOneRecordWithItsSeparatorAndQuotesAnEmptyFirstCell() throws IOException {
        CsvTableWriter w = new CsvTableWriter(T, new StringWriter(), new CsvTableWriter.Options(true, true));
        assertThat(w.render(row(2, "a \"b\", c\nd", false)).text()).isEqualTo("2,\"a \"\"b\"\", c\nd\",false\r\n");
        assertThat(w.render(row(null, "+1-2", null)).text()).isEqualTo("\"\",'+1-2,\r\n");
    }

    @Test
    void renderNamesTheColumnOfEachOverLongCellAndWriteRenderedCountsThem() throws IOException {
        StringWriter out = new StringWriter();
        CsvTableWriter w = new CsvTableWriter(T, out, CsvTableWriter.Options.defaults());
        String longText = "z".repeat(CsvTableWriter.SPREADSHEET_CELL_LIMIT + 1);
        CsvTableWriter.Rendered one = w.render(row(1, longText, true));
        CsvTableWriter.Rendered two = w.render(row(2, "z".repeat(CsvTableWriter.SPREADSHEET_CELL_LIMIT), true));
        CsvTableWriter.Rendered three = w.render(row(3, longText, true));
        assertThat(one.longCells()).containsExactly("text");
        assertThat(two.longCells()).isEmpty();

        w.writeRendered(CsvTableWriter.Rendered.concat(List.of(one, two)));
        w.writeRendered(three);
        w.write(row(4, longText, false));

        assertThat(w.longCells()).isEqualTo(Map.of("text", 3L));
        assertThat(out.toString()).isEqualTo("id,text,ok\n" + one.text() + two.text() + three.text()
                + "4," + longText + ",false\n");
    }

    @Test
    void rendersTheSameOnManyThreadsAtOnce() throws Exception {
        CsvTableWriter w = new CsvTableWriter(T, new StringWriter(), new CsvTableWriter.Options(true, true));
        List<String> expected = new ArrayList<>();
        for (Map<String, Object> r : awkwardRows()) {
            expected.add(w.render(r).text());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> {
                    List<String> got = new ArrayList<>();
                    for (int i = 0; i < 50; i++) {
                        for (Map<String, Object> r : awkwardRows()) {
                            got.add(w.render(r).text());
                        }
                    }
                    return got;
                }));
            }
            List<String> expectedRun = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                expectedRun.addAll(expected);
            }
            for (Future<List<String>> run : runs) {
                assertThat(run.get()).isEqualTo(expectedRun);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
