package dev.gazette.validate.rules.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.analysis.ReferenceData;
import dev.gazette.model.io.InputScanner;
import dev.gazette.validate.engine.ArticleResult;
import dev.gazette.validate.engine.Engine;
import dev.gazette.validate.engine.EngineOptions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The name-variant and possible-name-variant fixes as the normaliser applies them, together with every other rule, when
 * suggested fixes are applied ({@code --unsafe}): name-variant's fix is a suggestion.
 */
class NameVariantFixTest {

    private static Map<String, ArticleResult> run(String input, boolean defaultRegistry) throws Exception {
        Engine engine = new Engine(EngineOptions.builder()
                .referenceData(new ReferenceData(List.of(), defaultRegistry, List.of())).maxFileBytes(1 << 24)
                .inFlightChars(1 << 24).applySuggestedFixes(true).build());
        InputScanner.Scan scan = new InputScanner().scan(List.of(input));
        Map<String, ArticleResult> out = new HashMap<>();
        engine.run(scan.files(), scan.notes(), r -> out.put(r.id(), r));
        return out;
    }

    @Test
    void cleanTextOfTheSampleCorpusUsesTheCanonicalSpellings() throws Exception {
        ArticleResult r = run("../seeds", false).get("001_11574be641c1007b");
        String clean = r.normalised().cleanBody();
        assertThat(clean).contains("talks with Falih al-Fayyadh, head of Iraq").doesNotContain("Faleh al-Fayyad")
                .contains("Fayyadh, for his part").contains("Qasim al-Araji").doesNotContain("Qassim")
                .contains("Abu Mahdi al-Muhandis");
        assertThat(r.normalised().changes()).anySatisfy(c -> {
            // on five articles the evidence stays below the apply probability: a suggestion
            assertThat(c.ruleId()).isIn("name-variant", "possible-name-variant");
            assertThat(c.before()).isEqualTo("Faleh");
            assertThat(c.after()).isEqualTo("Falih");
        });
    }

    @Test
    void aNameBrokenAcrossWrappedLinesIsRewrittenWordByWordWithoutConflictingWithTheJoin() throws Exception {
        ArticleResult r = run("src/test/resources/rules/name-variant/libya-three-desks", true).get("a3-agency");
        assertThat(r.normalised().cleanBody()).contains("the leader, Muammar Gaddafi, would chair")
                .contains("Libyan leader Muammar Gaddafi ordered").contains("A spokesman said Gaddafi wanted");
        assertThat(r.findings()).noneMatch(f -> f.ruleId().equals("fix-conflict"));
    }
}
