package dev.gazette.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gazette.export.dataset.DatasetExporter;
import dev.gazette.export.dataset.DatasetFormats;
import dev.gazette.export.dataset.TestCorpus;
import dev.gazette.export.table.Column;
import dev.gazette.export.table.TableSpec;
import dev.gazette.export.table.Tables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxWorkbookWriterTest {

    @TempDir
    Path tmp;

    @Test
    void theWorkbookHasASheetPerTableWithAFrozenHeaderAndTypedCellsEqualToTheJsonLines() throws Exception {
        Path out = tmp.resolve("out");
        TestCorpus.export(out, DatasetExporter.Options.defaults()
                .withFormats(DatasetFormats.parseList("xlsx,jsonl")));
        List<XlsxReader.Sheet> sheets = XlsxReader.read(out.resolve(XlsxFormat.WORKBOOK));
        assertThat(sheets).extracting(XlsxReader.Sheet::name)
                .containsExactlyElementsOf(Tables.all().stream().map(TableSpec::name).toList());
        for (int s = 0; s < sheets.size(); s++) {
            TableSpec t = Tables.all().get(s);
            XlsxReader.Sheet sheet = sheets.get(s);
            assertThat(sheet.frozenRows()).as("frozen rows of %s", t.name()).isEqualTo(1);
            List<String> header = sheet.rows().get(0).stream().map(XlsxReader.Cell::value).toList();
            assertThat(header).containsExactlyElementsOf(t.header());
            List<JsonNode> records = TestCorpus.jsonl(out.resolve(t.name() + ".jsonl"));
            assertThat(sheet.rows()).hasSize(records.size() + 1);
            for (int r = 0; r < records.size(); r++) {
                List<XlsxReader.Cell> row = sheet.rows().get(r + 1);
                for (int c = 0; c < t.columns().size(); c++) {
                    Column col = t.columns().get(c);
                    JsonNode v = records.get(r).get(col.name());
                    XlsxReader.Cell cell = c < row.size() ? row.get(c) : null;
                    String where = t.name() + " row " + (r + 1) + " " + col.name();
                    if (v == null || v.isNull()) {
                        assertThat(cell).as(where).isNull();
                        continue;
                    }
                    assertThat(cell).as(where).isNotNull();
                    assertThat(cell.formula()).as(where).isFalse();
                    switch (col.type()) {
                        case "integer" -> {
                            assertThat(cell.type()).as(where).isEqualTo("n");
                            assertThat(Long.parseLong(cell.value())).as(where)
                                    .isEqualTo(v.isArray() ? v.size() : v.asLong());
                        }
                        case "boolean" -> {
                            assertThat(cell.type()).as(where).isEqualTo("b");
                            assertThat(cell.value()).as(where).isEqualTo(v.asBoolean() ? "1" : "0");
                        }
                        case "date" -> {
                            assertThat(cell.type()).as(where).isEqualTo("n");
                            assertThat(cell.format()).as(where).isEqualTo("yyyy-mm-dd");
                            long serial = ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), LocalDate.parse(v.asText()));
                            assertThat(Double.parseDouble(cell.value())).as(where).isEqualTo(serial);
                        }
                        default -> {
                            assertThat(cell.type()).as(where).isEqualTo("inlineStr");
                            assertThat(cell.value()).as(where).isEqualTo(v.asText());
                        }
                    }
                }
            }
        }
        XlsxReader.Cell text = sheets.get(0).rows().get(1).get(Tables.ARTICLES.header().indexOf("title"));
        assertThat(text.value()).as("a formula-like text is stored as plain text, unguarded")
                .startsWith("=HYPERLINK(\"http://x\",\"y\")");
    }

    private static final TableSpec T = new TableSpec("notes", "Test notes.",
            List.of(new Column("n", "integer", "N.", "1").asRequired(), new Column("text", "string", "Text.", "x")),
            List.of("n"), List.of());

    private static Map<String, Object> row(int n, String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", n);
        m.put("text", text);
        return m;
    }

    @Test
    void aTextLongerThanACellHoldsIsCutAndReported() throws Exception {
        Path file = tmp.resolve("w.xlsx");
        List<String> warnings = new ArrayList<>();
        String longText = "ab".repeat(20_000) + "\uD83D\uDE42";
        try (XlsxWorkbookWriter w = new XlsxWorkbookWriter(file, tmp.resolve("spool"), List.of(T), warnings::add)) {
            w.write(T, row(1, longText));
            w.write(T, row(2, "_x0041_ stays literal"));
            w.finish();
        }
        XlsxReader.Sheet sheet = XlsxReader.read(file).get(0);
        assertThat(sheet.rows().get(1).get(1).value()).hasSize(XlsxWorkbookWriter.MAX_CELL_CHARS)
                .isEqualTo(longText.substring(0, XlsxWorkbookWriter.MAX_CELL_CHARS));
        assertThat(sheet.rows().get(2).get(1).value()).isEqualTo("_x005F_x0041_ stays literal");
        assertThat(warnings).singleElement().asString().contains("notes.text: 1 cell longer than 32767");
        assertThat(tmp.resolve("spool")).doesNotExist();
    }

    @Test
    void aTableLongerThanASheetGoesOnInAFurtherSheet() throws Exception {
        Path file = tmp.resolve("w.xlsx");
        List<String> warnings = new ArrayList<>();
        try (XlsxWorkbookWriter w = new XlsxWorkbookWriter(file, tmp.resolve("spool"), List.of(T), warnings::add, 3)) {
            for (int i = 1; i <= 7; i++) {
                w.write(T, row(i, "row " + i));
            }
            w.finish();
        }
        List<XlsxReader.Sheet> sheets = XlsxReader.read(file);
        assertThat(sheets).extracting(XlsxReader.Sheet::name).containsExactly("notes", "notes_2", "notes_3");
        assertThat(sheets.get(2).rows()).hasSize(2);
        assertThat(sheets.get(2).rows().get(1).get(0).value()).isEqualTo("7");
        assertThat(warnings).singleElement().asString().contains("7 rows");
    }

    @Test
    void theWorkbookHoldsNoTimeStamp() throws Exception {
        Path file = tmp.resolve("w.xlsx");
        try (XlsxWorkbookWriter w = new XlsxWorkbookWriter(file, tmp.resolve("spool"), List.of(T), s -> { })) {
            w.write(T, row(1, "x"));
            w.finish();
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String core = new String(zip.getInputStream(zip.getEntry("docProps/core.xml")).readAllBytes());
            assertThat(core).doesNotContain("created");
            zip.stream().forEach(e -> assertThat(e.getTimeLocal().getYear()).isEqualTo(1980));
        }
        assertThat(Files.size(file)).isPositive();
    }
}
