package dev.gazette.export.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.export.jsonl.JsonlWriter;
import dev.gazette.export.table.Tables;
import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenderedRowsTest {

    private static List<Map<String, Object>> rows() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("article_id", "x1");
        a.put("source", "dir/x1.txt");
        a.put("line", 3);
        a.put("message", " leading space, comma and \"quotes\"\nand a line break ");
        a.put("fixable", true);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("article_id", "x2");
        b.put("message", null);
        return List.of(a, b);
    }

    @Test
    void renderedCsvRowsAreExactlyWhatWritingThemAppends() throws IOException {
        for (boolean crlf : new boolean[] {false, true}) {
            StringWriter written = new StringWriter();
            StringWriter rendered = new StringWriter();
            try (CsvTableWriter w = new CsvTableWriter(Tables.FINDINGS, written, crlf);
                 CsvTableWriter r = new CsvTableWriter(Tables.FINDINGS, rendered, crlf)) {
                for (Map<String, Object> row : rows()) {
                    w.write(row);
                    r.writeRendered(r.render(row));
                }
            }

            assertThat(rendered.toString()).isEqualTo(written.toString()).contains("\"\"quotes\"\"");
        }
    }

    @Test
    void renderedJsonLinesAreExactlyWhatWritingThemAppends() throws IOException {
        StringWriter written = new StringWriter();
        StringWriter rendered = new StringWriter();
        try (JsonlWriter w = new JsonlWriter(written); JsonlWriter r = new JsonlWriter(rendered)) {
            for (Map<String, Object> row : rows()) {
                w.write(row);
                r.writeRendered(r.render(row));
            }
        }

        assertThat(rendered.toString()).isEqualTo(written.toString()).endsWith("}\n");
    }

    @Test
    void closingTwiceIsHarmless() throws IOException {
        StringWriter out = new StringWriter();
        CsvTableWriter w = new CsvTableWriter(Tables.FINDINGS, out, false);
        w.write(rows().get(0));

        w.close();
        w.close();

        assertThat(out.toString()).startsWith("article_id,");
    }
}
