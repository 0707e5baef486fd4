package dev.gazette.validate.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.model.Finding;
import dev.gazette.model.Paragraph;
import dev.gazette.model.io.InputScanner;
import dev.gazette.validate.engine.ArticleResult;
import dev.gazette.validate.engine.Engine;
import dev.gazette.validate.engine.EngineOptions;
import dev.gazette.validate.fix.Change;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance points of the text rules on the sample corpus ({@code ../seeds}), run through
 * the whole engine with default settings and every fix applied, safe and suggested (as
 * {@code --unsafe} does): the text rules' fixes are suggestions since their measured
 * wrong-change rates are above the budget of a safe fix (docs/evaluation.md).
 */
class SeedCorpusAcceptanceTest {

    private static final Path SEEDS = Path.of("../seeds");
    private static final Map<String, ArticleResult> RESULTS = new LinkedHashMap<>();

    @BeforeAll
    static void runTheEngineOverTheSeeds() throws Exception {
        assertThat(SEEDS).isDirectory();
        InputScanner.Scan scan = new InputScanner().scan(List.of(SEEDS.toString()));
        new Engine(EngineOptions.builder().applySuggestedFixes(true).build()).run(scan.files(), scan.notes(),
                r -> RESULTS.put(r.id().substring(0, 3), r));
        assertThat(RESULTS).containsKeys("000", "001", "002", "003", "004");
    }

    @Test
    void splitsRunTogetherWordsAndInsertsMissingSpacesInArticle004() {
        String clean = RESULTS.get("004").normalised().cleanBody();
        assertThat(clean)
                .contains("shared understanding of security imperatives")
                .contains("The securities of Iran and Iraq are intertwined")
                .contains("turmoil, occupation threats, terrorist attacks, and")
                .doesNotContain("understandingofsecurity")
                .doesNotContain("securitiesofIranandIraqareintertwined");
    }

    @Test
    void capitalisesTheLowerCaseProperNounInArticle004() {
        ArticleResult r = RESULTS.get("004");
        assertThat(r.article().bodyText()).contains("Vice President to baghdad underscores");
        assertThat(r.normalised().cleanBody()).contains("Vice President to Baghdad underscores");
        assertThat(r.findings()).anyMatch(f -> f.ruleId().equals("lowercase-proper-noun")
                && f.message().startsWith("Proper noun 'baghdad'"));
    }

    @Test
    void flagsTheUnbalancedQuoteInTheParagraphOnTheSacrificesInArticle000() {
        ArticleResult r = RESULTS.get("000");
        Paragraph p = r.article().paragraphs().stream().filter(x -> x.text().startsWith("The sacrifices made"))
                .findFirst().orElseThrow();
        assertThat(r.findings()).anyMatch(f -> f.ruleId().equals("unbalanced-quote")
                && f.start() >= p.start() && f.end() <= p.end());
    }

    @Test
    void findsNoRunTogetherWordsOrMissingSpacesInArticles001To003() {
        for (String id : List.of("001", "002", "003")) {
            List<Finding> wrong = RESULTS.get(id).findings().stream()
                    .filter(f -> f.ruleId().equals("run-together-words") || f.ruleId().equals("missing-space"))
                    .toList();
            assertThat(wrong).as("findings in %s", id).isEmpty();
        }
    }

    @Test
    void applyingTheChangeLogToTheRawTextReproducesTheCleanText() {
        for (ArticleResult r : RESULTS.values()) {
            String raw = r.article().raw();
            StringBuilder rebuilt = new StringBuilder();
            int pos = 0;
            for (Change c : r.normalised().changes()) {
                assertThat(c.start()).isGreaterThanOrEqualTo(pos);
                assertThat(raw.substring(c.start(), c.end())).isEqualTo(c.before());
                rebuilt.append(raw, pos, c.start()).append(c.after());
                pos = c.end();
            }
            rebuilt.append(raw.substring(pos));
            assertThat(rebuilt.toString()).as("clean text of %s", r.id()).isEqualTo(r.normalised().cleanText());
        }
        assertThat(RESULTS.get("004").normalised().changes()).hasSizeGreaterThan(20);
    }

    @Test
    void everyCleanParagraphIsTheCleanTextOfThatParagraph() throws Exception {
        ArticleResult r = RESULTS.get("004");
        String clean = r.normalised().cleanText();
        for (String p : r.normalised().cleanParagraphs()) {
            assertThat(clean).contains(p);
        }
        assertThat(Files.readString(SEEDS.resolve(r.article().source().replaceFirst(".*/", ""))))
                .isEqualTo(r.article().raw());
    }
}
