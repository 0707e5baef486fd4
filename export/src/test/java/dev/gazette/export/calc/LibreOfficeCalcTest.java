package dev.gazette.export.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gazette.export.csv.FormulaGuard;
import dev.gazette.export.dataset.DatasetExporter;
import dev.gazette.export.dataset.DatasetFormats;
import dev.gazette.export.dataset.TestCorpus;
import dev.gazette.export.table.Column;
import dev.gazette.export.table.TableSpec;
import dev.gazette.export.table.Tables;
import dev.gazette.export.xlsx.XlsxFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the dataset in a real spreadsheet, LibreOffice Calc run headless, and checks what it made
 * of every cell: values survive, non-ASCII text is intact, and a cell such as
 * {@code =HYPERLINK("http://x","y")} from an article stays inert text. Skipped when soffice is
 * not installed.
 */
class LibreOfficeCalcTest {

    /** Comma, double quote, UTF-8, from row 1, quoted fields as text, no special numbers: as the docs advise. */
    static final String CSV_AS_ADVISED = "CSV:44,34,76,1,,0,true,false";
    /** The same, but quoted fields are parsed and formulas evaluated: the careless import a guard must survive. */
    static final String CSV_EVALUATING_FORMULAS = "CSV:44,34,76,1,,0,false,false,false,false,false,0,true";

    @TempDir
    static Path tmp;

    @BeforeAll
    static void needsCalc() {
        assumeTrue(Calc.soffice().isPresent(), Calc.MISSING);
    }

    @Test
    void csvCellsSurviveCalcAndFormulaLikeTextStaysText() throws Exception {
        Path out = tmp.resolve("guarded");
        TestCorpus.export(out, DatasetExporter.Options.defaults());
        for (String filter : List.of(CSV_AS_ADVISED, CSV_EVALUATING_FORMULAS)) {
            Map<String, List<List<Fods.Cell>>> sheets = importCsv(out, filter, "guarded-" + filter.length());
            for (TableSpec t : Tables.all()) {
                compareCsv(t, sheets.get(t.name()), TestCorpus.jsonl(out.resolve(t.name() + ".jsonl")), filter);
            }
            List<Fods.Cell> quotes = column(sheets.get("quotes"), Tables.QUOTES, "quote");
            assertThat(quotes).as("the formula from an article, imported with %s", filter)
                    .anyMatch(c -> c.text().endsWith("=HYPERLINK(\"http://x\",\"y\")") && c.formula() == null);
            assertThat(quotes).extracting(Fods.Cell::text).contains("سوق الذهب", "مرحبا بكم");
            assertThat(column(sheets.get("articles"), Tables.ARTICLES, "text"))
                    .anyMatch(c -> c.text().contains("Renée Laurent"))
                    .anyMatch(c -> c.text().contains("🙂🌶️") && c.text().contains("it’s better"));
        }
    }

    @Test
    void withoutTheGuardACarelessImportRunsTheFormula() throws Exception {
        Path out = tmp.resolve("unguarded");
        TestCorpus.export(out, DatasetExporter.Options.defaults().withFormulaGuard(false)
                .withFormats(DatasetFormats.parseList("csv")));
        Map<String, List<List<Fods.Cell>>> sheets = importCsv(out, CSV_EVALUATING_FORMULAS, "unguarded");
        assertThat(column(sheets.get("quotes"), Tables.QUOTES, "quote"))
                .as("this is what the formula guard prevents")
                .anyMatch(c -> c.formula() != null && c.formula().contains("HYPERLINK"));
    }

    @Test
    void excelCsvWithByteOrderMarkAndCrlfOpensWithTheSameCells() throws Exception {
        Path out = tmp.resolve("excel");
        TestCorpus.export(out, DatasetExporter.Options.defaults().withExcelCsv(true)
                .withFormats(DatasetFormats.parseList("csv,jsonl")));
        Map<String, List<List<Fods.Cell>>> sheets = importCsv(out, CSV_AS_ADVISED, "excel");
        for (TableSpec t : Tables.all()) {
            compareCsv(t, sheets.get(t.name()), TestCorpus.jsonl(out.resolve(t.name() + ".jsonl")), CSV_AS_ADVISED);
        }
    }

    @Test
    void theWorkbookOpensWithASheetPerTableAndTypedCells() throws Exception {
        Path out = tmp.resolve("xlsx");
        TestCorpus.export(out, DatasetExporter.Options.defaults()
                .withFormats(DatasetFormats.parseList("xlsx,jsonl")));
        Path fods = Calc.toFods(List.of(out.resolve(XlsxFormat.WORKBOOK)), null, tmp.resolve("fods-xlsx"), tmp)
                .get(0);
        Map<String, List<List<Fods.Cell>>> sheets = Fods.read(fods);
        assertThat(sheets.keySet()).containsExactlyElementsOf(Tables.all().stream().map(TableSpec::name).toList());
        boolean sawDate = false;
        for (TableSpec t : Tables.all()) {
            List<List<Fods.Cell>> rows = sheets.get(t.name());
            List<JsonNode> records = TestCorpus.jsonl(out.resolve(t.name() + ".jsonl"));
            assertThat(rows.get(0).stream().map(Fods.Cell::text).toList()).containsExactlyElementsOf(t.header());
            assertThat(rows).as("rows of sheet %s", t.name()).hasSize(records.size() + 1);
            for (int r = 0; r < records.size(); r++) {
                for (int c = 0; c < t.columns().size(); c++) {
                    Column col = t.columns().get(c);
                    Fods.Cell cell = cell(rows.get(r + 1), c);
                    JsonNode v = records.get(r).get(col.name());
                    String where = t.name() + " row " + (r + 1) + " " + col.name();
                    if (v == null || v.isNull()) {
                        assertThat(cell.empty()).as(where).isTrue();
                        continue;
                    }
                    switch (col.type()) {
                        case "integer" -> {
                            assertThat(cell.type()).as(where).isEqualTo("float");
                            assertThat(Double.parseDouble(cell.value())).as(where)
                                    .isEqualTo((double) (v.isArray() ? v.size() : v.asLong()));
                            assertThat(cell.formula()).as(where).isNull();
                        }
                        case "boolean" -> {
                            // Calc shows a spreadsheet boolean as TRUE/FALSE; its value is 1 or 0
                            assertThat(cell.text()).as(where).isEqualTo(v.asBoolean() ? "TRUE" : "FALSE");
                            assertThat(cell.formula()).as(where).isIn(null, "of:=TRUE()", "of:=FALSE()");
                        }
                        case "date" -> {
                            assertThat(cell.type()).as(where).isEqualTo("date");
                            assertThat(cell.value()).as(where).isEqualTo(v.asText());
                            sawDate = true;
                        }
                        default -> {
                            assertThat(cell.type()).as(where).isEqualTo("string");
                            assertThat(cell.text()).as(where).isEqualTo(v.asText());
                            assertThat(cell.formula()).as(where).isNull();
                        }
                    }
                }
            }
        }
        assertThat(sawDate).as("a date column was checked").isTrue();
        assertThat(column(sheets.get("quotes"), Tables.QUOTES, "quote"))
                .anyMatch(c -> c.text().equals("=HYPERLINK(\"http://x\",\"y\")") && c.formula() == null);
    }

    private static Map<String, List<List<Fods.Cell>>> importCsv(Path out, String filter, String name)
            throws Exception {
        List<Path> csvs = Tables.all().stream().map(t -> out.resolve(t.name() + ".csv")).toList();
        Map<String, List<List<Fods.Cell>>> sheets = new java.util.LinkedHashMap<>();
        for (Path fods : Calc.toFods(csvs, filter, tmp.resolve("fods-" + name), tmp)) {
            String table = fods.getFileName().toString().replace(".fods", "");
            sheets.put(table, Fods.read(fods).values().iterator().next());
        }
        return sheets;
    }

    /** Compares what Calc imported from a CSV file with the JSON Lines records of the table. */
    private static void compareCsv(TableSpec t, List<List<Fods.Cell>> rows, List<JsonNode> records, String filter) {
        assertThat(rows.get(0).stream().map(Fods.Cell::text).toList()).as("header of %s", t.name())
                .containsExactlyElementsOf(t.header());
        assertThat(rows).as("rows of %s", t.name()).hasSize(records.size() + 1);
        for (int r = 0; r < records.size(); r++) {
            for (int c = 0; c < t.columns().size(); c++) {
                Column col = t.columns().get(c);
                Fods.Cell cell = cell(rows.get(r + 1), c);
                JsonNode v = records.get(r).get(col.name());
                String where = t.name() + " row " + (r + 1) + " " + col.name() + " (" + filter + ")";
                String expected = TestCorpus.expectedCell(v);
                assertThat(cell.formula()).as(where).isNull();
                if (expected.isEmpty()) {
                    assertThat(cell.empty()).as(where).isTrue();
                } else if (col.type().equals("integer")) {
                    assertThat(cell.type()).as(where).isEqualTo("float");
                    assertThat(Double.parseDouble(cell.value())).as(where).isEqualTo(Double.parseDouble(expected));
                } else if (col.type().equals("boolean")) {
                    assertThat(cell.text()).as(where).isEqualToIgnoringCase(expected);
                } else if (expected.matches("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?")) {
                    // Calc reads ISO 8601 dates in a CSV file as dates, whatever the import options
                    assertThat(cell.type()).as(where).isIn("date", "string");
                    assertThat(cell.type().equals("date") ? cell.value() : cell.text()).as(where).startsWith(expected);
                } else {
                    assertThat(cell.type()).as(where).isEqualTo("string");
                    if (filter.equals(CSV_AS_ADVISED)) {
                        assertThat(cell.text()).as(where).isEqualTo(FormulaGuard.guard(expected));
                    } else {
                        // an import that parses cells may take the guard's quote as Calc's own text marker
                        assertThat(cell.text()).as(where).isIn(FormulaGuard.guard(expected), expected);
                    }
                }
            }
        }
    }

    private static Fods.Cell cell(List<Fods.Cell> row, int c) {
        return c < row.size() ? row.get(c) : Fods.Cell.EMPTY;
    }

    private static List<Fods.Cell> column(List<List<Fods.Cell>> rows, TableSpec t, String name) {
        int c = t.header().indexOf(name);
        List<Fods.Cell> out = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            out.add(cell(rows.get(r), c));
        }
        return out;
    }
}
