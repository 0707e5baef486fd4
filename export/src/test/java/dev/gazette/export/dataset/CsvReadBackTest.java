package dev.gazette.export.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.gazette.export.csv.FormulaGuard;
import dev.gazette.export.table.TableSpec;
import dev.gazette.export.table.Tables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads every CSV file back with a different parser than the writer (Jackson's CSV module, not
 * Commons CSV) and compares every cell with the JSON Lines record of the same row.
 */
class CsvReadBackTest {

    @TempDir
    Path tmp;

    @Test
    void everyCsvCellEqualsItsJsonLinesValue() throws IOException {
        Path out = tmp.resolve("out");
        TestCorpus.export(out, DatasetExporter.Options.defaults());
        List<String> allCells = new ArrayList<>();
        for (TableSpec t : Tables.all()) {
            allCells.addAll(compare(out, t, false));
        }
        String joined = String.join("\u0000", allCells);
        assertThat(joined).as("the corpus exercises the awkward cases")
                .contains(",").contains("\"").contains("\n").contains("\u2019").contains("سوق الذهب")
                .contains("\uD83D\uDE42").contains("Renée");
        assertThat(allCells).as("formula-like cells are guarded")
                .anyMatch(c -> c.startsWith("'=HYPERLINK(\"http://x\",\"y\")"))
                .anyMatch(c -> c.startsWith("'@everyone"))
                .anyMatch(c -> c.startsWith("'-- nonsense"));
    }

    @Test
    void excelCsvHasAByteOrderMarkAndCrlfAndTheSameCells() throws IOException {
        Path out = tmp.resolve("excel");
        TestCorpus.export(out, DatasetExporter.Options.defaults().withExcelCsv(true)
                .withFormats(DatasetFormats.parseList("csv,jsonl")));
        for (TableSpec t : Tables.all()) {
            byte[] bytes = Files.readAllBytes(out.resolve(t.name() + ".csv"));
            assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).endsWith("\r\n");
            compare(out, t, true);
        }
    }

    @Test
    void withoutTheGuardCellsAreWrittenExactly() throws IOException {
        Path out = tmp.resolve("raw");
        TestCorpus.export(out, DatasetExporter.Options.defaults().withFormulaGuard(false));
        List<List<String>> rows = read(out.resolve("articles.csv"), false);
        int title = rows.get(0).indexOf("title");
        assertThat(rows).anyMatch(r -> r.get(title).equals("=HYPERLINK(\"http://x\",\"y\")"));
    }

    private static List<String> compare(Path out, TableSpec t, boolean bom) throws IOException {
        List<List<String>> rows = read(out.resolve(t.name() + ".csv"), bom);
        List<JsonNode> records = TestCorpus.jsonl(out.resolve(t.name() + ".jsonl"));
        assertThat(rows.get(0)).as("header of %s", t.name()).containsExactlyElementsOf(t.header());
        assertThat(rows).as("rows of %s (header + one a record)", t.name()).hasSize(records.size() + 1);
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            List<String> row = rows.get(i + 1);
            assertThat(row).as("%s row %d", t.name(), i + 1).hasSize(t.columns().size());
            for (int c = 0; c < t.columns().size(); c++) {
                String column = t.columns().get(c).name();
                String expected = TestCorpus.expectedCell(records.get(i).get(column));
                assertThat(FormulaGuard.unguard(row.get(c))).as("%s row %d column %s", t.name(), i + 1, column)
                        .isEqualTo(expected);
                assertThat(row.get(c)).isEqualTo(records.get(i).get(column) != null
                        && records.get(i).get(column).isTextual() ? FormulaGuard.guard(expected) : expected);
                cells.add(row.get(c));
            }
        }
        return cells;
    }

    private static List<List<String>> read(Path csv, boolean bom) throws IOException {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        if (bom) {
            assertThat(text).startsWith("\uFEFF");
            text = text.substring(1);
        } else {
            assertThat(text).doesNotStartWith("\uFEFF");
        }
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(text)) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        }
        return rows;
    }
}
