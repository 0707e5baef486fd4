package dev.gazette.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SurfaceFormClustererTest {

    @Test
    void groupsTransliterationVariantsAndKeepsDifferentNamesApart() {
        List<Entity> entities = SurfaceFormClusterer.standard().cluster(List.of("Mohammed Reza Nasseri",
                "Muhammad Reza Naseri", "Mohammed Reza Nasseri", "Karim Haddad", "Acme Holdings"));

        assertThat(entities).hasSize(3);
        assertThat(entities).filteredOn(e -> e.forms().contains("Muhammad Reza Naseri")).singleElement()
                .satisfies(e -> assertThat(e.forms()).contains("Mohammed Reza Nasseri"));
        assertThat(entities).filteredOn(e -> e.forms().contains("Karim Haddad")).singleElement()
                .satisfies(e -> assertThat(e.forms()).containsExactly("Karim Haddad"));
    }
}
