package dev.gazette.export.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.export.table.Column;
import dev.gazette.export.table.TableSpec;
import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
}
