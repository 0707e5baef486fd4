package dev.gazette.validate.rules.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.analysis.ReferenceData;
import dev.gazette.analysis.names.Mention;
import dev.gazette.model.io.InputScanner;
import dev.gazette.validate.engine.Engine;
import dev.gazette.validate.engine.EngineOptions;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The acceptance criteria of the names issue on the project's sample corpus ({@code seeds/}),
 * with and without the bundled registry: which surface forms make one entity and which never do.
 */
class NamesOnSeedsTest {

    /** Surface form -> the entity ids its mentions resolved to, over the whole corpus. */
    private static Map<String, Set<String>> entitiesBySurface(boolean defaultRegistry) throws Exception {
        ReferenceData env = new ReferenceData(List.of(), defaultRegistry, List.of());
        Engine engine = new Engine(EngineOptions.builder().referenceData(env).maxFileBytes(1 << 24)
                .inFlightChars(1 << 24).products(true).build());
        InputScanner.Scan scan = new InputScanner().scan(List.of("../seeds"));
        Map<String, Set<String>> out = new HashMap<>();
        engine.run(scan.files(), scan.notes(), r -> {
            List<Mention> m = r.products().mentions();
            if (m != null) {
                for (Mention x : m) {
                    out.computeIfAbsent(x.surface(), k -> new HashSet<>()).add(x.entityId());
                }
            }
        });
        assertThat(out).as("mentions were found").isNotEmpty();
        return out;
    }

    private static String entityOf(Map<String, Set<String>> bySurface, String surface) {
        assertThat(bySurface).as("'%s' is mentioned", surface).containsKey(surface);
        assertThat(bySurface.get(surface)).as("'%s' always resolves to one entity", surface).hasSize(1);
        return bySurface.get(surface).iterator().next();
    }

    private static void assertOneEntity(Map<String, Set<String>> bySurface, String... surfaces) {
        String first = entityOf(bySurface, surfaces[0]);
        for (String s : surfaces) {
            assertThat(entityOf(bySurface, s)).as("'%s' is the entity of '%s'", s, surfaces[0]).isEqualTo(first);
        }
    }

    private static void assertDistinctEntities(Map<String, Set<String>> bySurface, String... surfaces) {
        Set<String> ids = new HashSet<>();
        for (String s : surfaces) {
            assertThat(ids.add(entityOf(bySurface, s))).as("'%s' has an entity of its own", s).isTrue();
        }
    }

    @ParameterizedTest(name = "default registry {0}")
    @ValueSource(booleans = {true, false})
    void groupsTheSpellingsOfOnePersonWithOrWithoutTheRegistry(boolean defaultRegistry) throws Exception {
        Map<String, Set<String>> s = entitiesBySurface(defaultRegistry);
        assertOneEntity(s, "Falih al-Fayyadh", "Faleh al-Fayyad", "al-Fayyadh", "Fayyad");
        assertOneEntity(s, "Qasim al-Araji", "Qassim al-Araji", "al-Araji");
        assertOneEntity(s, "Abu Mahdi al-Muhandis", "Abu Mahdi Muhandis");
    }

    @ParameterizedTest(name = "default registry {0}")
    @ValueSource(booleans = {true, false})
    void groupsTheGuardsCorpsAndItsAcronymWithOrWithoutTheRegistry(boolean defaultRegistry) throws Exception {
        Map<String, Set<String>> s = entitiesBySurface(defaultRegistry);
        assertOneEntity(s, "Islamic Revolution Guards Corps", "Islamic Revolutionary Guard Corps", "IRGC");
    }

    @ParameterizedTest(name = "default registry {0}")
    @ValueSource(booleans = {true, false})
    void neverMergesDifferentPeopleOrPlacesThatLookAlike(boolean defaultRegistry) throws Exception {
        Map<String, Set<String>> s = entitiesBySurface(defaultRegistry);
        assertDistinctEntities(s, "Qasim al-Araji", "Qassem Soleimani");
        assertDistinctEntities(s, "Ali Shamkhani", "Ali Larijani", "Ali Akbar Ahmadian");
        assertDistinctEntities(s, "Iran", "Iraq");
    }

    @org.junit.jupiter.api.Test
    void theRegistryJoinsTheMobilizationUnitsUnderTheirOtherNames() throws Exception {
        Map<String, Set<String>> s = entitiesBySurface(true);
        assertOneEntity(s, "Hashd al-Sha’abi", "Popular Mobilization Units", "PMU");
        assertThat(entityOf(s, "PMU")).isEqualTo("pmf");
    }

    @org.junit.jupiter.api.Test
    void withoutTheRegistryAnAcronymStillJoinsTheNameItAbbreviates() throws Exception {
        Map<String, Set<String>> s = entitiesBySurface(false);
        assertOneEntity(s, "Popular Mobilization Units", "PMU");
        assertThat(entityOf(s, "Hashd al-Sha’abi")).isNotEqualTo(entityOf(s, "PMU"));
    }
}
