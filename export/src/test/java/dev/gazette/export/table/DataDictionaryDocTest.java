package dev.gazette.export.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The data dictionary in {@code README.md} is the one generated from {@link Tables}.
 * Run with {@code -Dgazette.writeDocs=true} to rewrite it after changing a table.
 */
class DataDictionaryDocTest {

    static final Path DOC = Path.of("../README.md");
    static final String START = "<!-- data-dictionary:start";
    static final String END = "<!-- data-dictionary:end -->";

    @Test
    void theDocumentedDataDictionaryMatchesTheTables() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int start = doc.indexOf(START);
        int end = doc.indexOf(END);
        assertThat(start).as("%s marks where the data dictionary starts", START).isNotNegative();
        assertThat(end).isGreaterThan(start);
        int body = doc.indexOf('\n', start) + 1;
        String generated = "\n" + DataDictionary.markdown(Tables.all());
        if (Boolean.getBoolean("gazette.writeDocs")) {
            Files.writeString(DOC, doc.substring(0, body) + generated + doc.substring(end), StandardCharsets.UTF_8);
            return;
        }
        assertThat(doc.substring(body, end))
                .as("the data dictionary in %s is out of date: rerun this test with -Dgazette.writeDocs=true", DOC)
                .isEqualTo(generated);
    }

    @Test
    void everyColumnAppearsInTheDictionaryWithItsType() {
        String md = DataDictionary.markdown(Tables.all());
        for (TableSpec t : Tables.all()) {
            assertThat(md).contains("### " + t.name() + "\n");
            for (Column c : t.columns()) {
                assertThat(md).contains("| `" + c.name() + "` | " + c.type() + " |");
            }
        }
    }
}
