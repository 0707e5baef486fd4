package dev.gazette.validate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.model.Finding;
import dev.gazette.model.Severity;
import dev.gazette.model.io.InputScanner;
import dev.gazette.validate.RuleSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTest {

    @TempDir
    Path tmp;

    private List<ArticleResult> run(Engine engine, Path... inputs) throws Exception {
        List<String> paths = new ArrayList<>();
        for (Path p : inputs) {
            paths.add(p.toString());
        }
        InputScanner.Scan scan = new InputScanner().scan(paths);
        List<ArticleResult> results = new ArrayList<>();
        engine.run(scan.files(), scan.notes(), results::add);
        return results;
    }

    private static List<String> rules(ArticleResult r) {
        return r.findings().stream().map(Finding::ruleId).toList();
    }

    @Test
    void aViolatedModelConstraintIsAFindingNotACrash() throws Exception {
        Files.writeString(tmp.resolve("only widgets (draft).txt"), "Share this:\n\nLeave a Reply\n");
        List<ArticleResult> results = run(new Engine(EngineOptions.defaults()), tmp);
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.parsed()).isTrue();
            // the file name becomes the valid id 'only-widgets-draft' (ArticleIds); the empty body breaks a constraint
            assertThat(r.id()).isEqualTo("only-widgets-draft");
            assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("model-constraint"))
                    .extracting(Finding::message)
                    .singleElement().satisfies(m -> assertThat(m).contains("'paragraphs'", "at least one body paragraph"));
        });
    }

    @Test
    void sameFileNamesInTwoFoldersGetUniqueIds() throws Exception {
        for (String dir : List.of("a", "b")) {
            Files.createDirectories(tmp.resolve(dir));
            Files.writeString(tmp.resolve(dir + "/story.txt"), "Title Here\nThe body of the " + dir + " story.\n");
        }
        List<ArticleResult> results = run(new Engine(EngineOptions.defaults()), tmp);
        assertThat(results).extracting(ArticleResult::id).containsExactly("story", "story-2");
        assertThat(rules(results.get(1))).contains("duplicate-id");
        assertThat(results.get(1).findings()).filteredOn(f -> f.ruleId().equals("duplicate-id")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains(tmp + "/a/story.txt", "'story-2'"));
    }

    @Test
    void settingsDisableRulesAndOverrideSeverities() throws Exception {
        Files.writeString(tmp.resolve("x.txt"), "No title here, just a sentence that runs on and on for a while.\n");
        RuleSettings settings = RuleSettings.defaults().withEnabled("missing-date", false)
                .withSeverity("missing-title", Severity.ERROR);
        Engine engine = new Engine(EngineOptions.builder().settings(settings).maxFileBytes(1 << 20)
                .inFlightChars(1 << 20).build());
        ArticleResult r = run(engine, tmp).get(0);
        assertThat(rules(r)).contains("missing-title").doesNotContain("missing-date");
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("missing-title")).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.ERROR);
    }

    @Test
    void unknownRuleIdsAndOptionsAreErrorsThatNameThem() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RuleSettings.defaults().withEnabled("no-such-rule", false))
                .hasMessageContaining("no-such-rule");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RuleSettings.defaults().withOption("boilerplate", "x", 1))
                .hasMessageContaining("'x'").hasMessageContaining("boilerplate");
    }

    @Test
    void cleanTextIsTheRawTextWithTheChangesApplied() throws Exception {
        Files.writeString(tmp.resolve("x.txt"),
                "Title Words Here\n\n0\n\nThe talks went on\nuntil late at night.\n\nShare this:\n");
        // With the suggested fixes applied (--unsafe): the line joins and the set-aside lines are changes too.
        ArticleResult r = run(new Engine(EngineOptions.defaults().toBuilder().applySuggestedFixes(true).build()), tmp).get(0);
        String raw = r.article().raw();
        StringBuilder rebuilt = new StringBuilder();
        int pos = 0;
        for (var c : r.normalised().changes()) {
            assertThat(raw.substring(c.start(), c.end())).isEqualTo(c.before());
            rebuilt.append(raw, pos, c.start()).append(c.after());
            pos = c.end();
        }
        rebuilt.append(raw.substring(pos));
        assertThat(rebuilt.toString()).isEqualTo(r.normalised().cleanText())
                .isEqualTo("Title Words Here\n\nThe talks went on until late at night.\n\n");
        assertThat(r.normalised().cleanBody()).isEqualTo("The talks went on until late at night.");
        // By default the joins and deletions are only suggested: the clean text keeps the lines as they were.
        ArticleResult byDefault = run(new Engine(EngineOptions.defaults()), tmp).get(0);
        assertThat(byDefault.normalised().cleanText()).contains("Share this:").contains("The talks went on\nuntil late");
    }
}
