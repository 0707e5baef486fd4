package dev.gazette.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How a join of two names with the same letters is put in words in entity_links. */
class ExactLinkWordsTest {

    private final NameClusterer clusterer = new NameClusterer(
            new NameKeys(Lexicon.standard(), Transliteration.standard()), Registry.standard());

    private FormNode corpus(String surface) {
        return clusterer.node(new NameClusterer.Form(surface, NameClusterer.FULL, 2, 2, new int[4], null));
    }

    @Test
    void aCorpusFormWritingARegistryNameIsSaidToBeThatName() {
        List<FormNode> registry = clusterer.registryNodes();
        FormNode name = registry.stream().filter(n -> n.alias == null).findFirst().orElseThrow();
        assertThat(NameComparison.exact(corpus(name.surface), name))
                .isEqualTo("the entity registry's name ('" + name.surface + "')");
        assertThat(NameComparison.exact(name, corpus(name.surface)))
                .isEqualTo("the entity registry's name ('" + name.surface + "')");
        String shouted = name.surface.toUpperCase(Locale.ROOT);
        assertThat(NameComparison.exact(corpus(shouted), name))
                .isEqualTo("the letters of the entity registry's name ('" + shouted + "', '" + name.surface + "')");
        FormNode alias = registry.stream().filter(n -> n.alias != null).findFirst().orElseThrow();
        assertThat(NameComparison.exact(corpus(alias.surface), alias))
                .isEqualTo("an alias in the entity registry ('" + alias.surface + "')");
    }

    @Test
    void twoCorpusFormsHaveTheSameLetters() {
        assertThat(NameComparison.exact(corpus("Acme Holdings"), corpus("ACME HOLDINGS")))
                .isEqualTo("the same letters ('Acme Holdings', 'ACME HOLDINGS')");
    }
}
