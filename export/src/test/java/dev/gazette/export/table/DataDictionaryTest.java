package dev.gazette.export.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The data dictionary generated from {@link Tables} names every table and every column with its
 * type. That docs/data-dictionary.md holds exactly this text is checked by the cli module's
 * {@code GeneratedDocsTest}, which also rewrites it.
 */
class DataDictionaryTest {

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
