package dev.gazette.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.analysis.ReferenceData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry file format and how registries combine. */
class RegistryTest {

    @TempDir
    Path tmp;

    private static Registry parse(String yaml) throws Exception {
        return Registry.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    @Test
    void readsEntitiesWithAliasesAndRoles() throws Exception {
        Registry r = parse("""
                entities:
                  - id: pmf
                    name: Popular Mobilization Forces
                    type: organisation
                    aliases: [PMU, {name: al-Hashd al-Shaabi, kind: translation}]
                  - id: falih-al-fayyadh
                    name: Falih al-Fayyadh
                    type: person
                    roles:
                      - {title: Chairman, of: pmf, from: 2014}
                """);
        assertThat(r.entries()).hasSize(2);
        Registry.Entry pmf = r.entries().get(0);
        assertThat(pmf.aliases()).containsExactly(new Registry.Alias("PMU", Registry.AliasKind.ACRONYM),
                new Registry.Alias("al-Hashd al-Shaabi", Registry.AliasKind.TRANSLATION));
        assertThat(r.entries().get(1).roles()).containsExactly(new Registry.Role("Chairman", "pmf", "2014", null));
    }

    @Test
    void readsTheSameStructureWrittenAsJson() throws Exception {
        Registry r = parse("{\"entities\": [{\"id\": \"iraq\", \"name\": \"Iraq\", \"type\": \"place\"}]}");
        assertThat(r.entries()).extracting(Registry.Entry::name).containsExactly("Iraq");
    }

    @Test
    void namesTheFileAndLineOfAMistake() {
        assertThatThrownBy(() -> parse("entities:\n  - id: a\n    name: A\n    type: person\n  - id: b\n    name: B\n"))
                .hasMessageStartingWith("test.yaml:5:").hasMessageContaining("'b' needs a 'type'");
        assertThatThrownBy(() -> parse("entities:\n  - id: a\n    name: A\n    type: person\n    colour: red\n"))
                .hasMessageContaining("unknown key 'colour'");
        assertThatThrownBy(() -> parse("entities:\n  - id: a\n    name: A\n    type: person\n"
                + "    roles: [{title: X, from: last year}]\n")).hasMessageContaining("YYYY");
        assertThatThrownBy(() -> parse("entities:\n  - {id: a, name: A, type: person}\n  - {id: a, name: B, type: person}\n"))
                .hasMessageContaining("used twice");
    }

    @Test
    void aLaterFileReplacesAnEntityWithTheSameIdAndTheDefaultCanBeSwitchedOff() throws Exception {
        Path mine = tmp.resolve("mine.yaml");
        Files.writeString(mine, "entities:\n  - {id: iraq, name: Republic of Iraq, type: place}\n");
        Registry withDefault = Registry.load(new ReferenceData(List.of(mine), true, List.of()));
        assertThat(withDefault.entries()).filteredOn(e -> e.id().equals("iraq")).extracting(Registry.Entry::name)
                .containsExactly("Republic of Iraq");
        assertThat(withDefault.entries().size()).isGreaterThan(50);
        Registry alone = Registry.load(new ReferenceData(List.of(mine), false, List.of()));
        assertThat(alone.entries()).hasSize(1);
    }

    @Test
    void theBundledRegistryListsNoSpellingVariantsAsAliases() {
        NameKeys keys = new NameKeys(Lexicon.standard(), Transliteration.standard());
        for (Registry.Entry e : Registry.standard().entries()) {
            boolean org = e.type() == EntityType.ORGANISATION;
            for (Registry.Alias a : e.aliases()) {
                assertThat(NameMatcher.matches(keys.key(e.name(), org), keys.key(a.name(), org)))
                        .as("alias '%s' of %s is a spelling of its name '%s'; spellings are discovered", a.name(), e.id(),
                                e.name())
                        .isFalse();
            }
        }
    }
}
