package dev.gazette.export.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps the data dictionary consistent: keys, references, names. */
class TablesTest {

    @Test
    void everyTableHasAPrimaryKeyOfRequiredColumns() {
        for (TableSpec t : Tables.all()) {
            assertThat(t.primaryKey()).as("key of %s", t.name()).isNotEmpty();
            for (String k : t.primaryKey()) {
                assertThat(t.column(k)).as("%s.%s", t.name(), k).hasValueSatisfying(c -> assertThat(c.required()).isTrue());
            }
        }
    }

    @Test
    void everyForeignKeyPointsAtTheKeyOfAnExistingTable() {
        Map<String, TableSpec> byName = Tables.all().stream().collect(Collectors.toMap(TableSpec::name, Function.identity()));
        for (TableSpec t : Tables.all()) {
            for (TableSpec.ForeignKey fk : t.foreignKeys()) {
                TableSpec target = byName.get(fk.table());
                assertThat(target).as("table referenced by %s", t.name()).isNotNull();
                assertThat(target.primaryKey()).as("%s -> %s", t.name(), fk.table()).isEqualTo(fk.referencedFields());
                for (int i = 0; i < fk.fields().size(); i++) {
                    String from = t.column(fk.fields().get(i)).orElseThrow().type();
                    String to = target.column(fk.referencedFields().get(i)).orElseThrow().type();
                    assertThat(from).isEqualTo(to);
                }
            }
        }
    }

    @Test
    void everyArticleIdColumnReferencesArticles() {
        for (TableSpec t : Tables.all()) {
            if (t.column("article_id").isPresent()) {
                assertThat(t.foreignKeys()).as("references of %s", t.name())
                        .contains(new TableSpec.ForeignKey(List.of("article_id"), "articles", List.of("id")));
            }
        }
    }

    @Test
    void tableNamesAreUniqueAndEveryColumnIsDescribed() {
        Set<String> names = new HashSet<>();
        for (TableSpec t : Tables.all()) {
            assertThat(names.add(t.name())).as("duplicate table %s", t.name()).isTrue();
            assertThat(t.description()).isNotBlank();
            for (Column c : t.columns()) {
                assertThat(c.description()).as("%s.%s", t.name(), c.name()).isNotBlank();
            }
        }
    }

    @Test
    void aColumnOfAnUnknownTypeIsRefused() {
        assertThatThrownBy(() -> new Column("when", "timestamp", "When.", "")).hasMessageContaining("timestamp");
        assertThatThrownBy(() -> new TableSpec("t", "T.", List.of(new Column("a", "string", "A.", "")), List.of("b"),
                List.of())).hasMessageContaining("'b'");
    }
}
