package dev.gazette.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.analysis.ReferenceData;
import dev.gazette.analysis.pipeline.Analyser;
import dev.gazette.model.Finding;
import dev.gazette.model.io.InputScanner;
import dev.gazette.validate.engine.Engine;
import dev.gazette.validate.engine.EngineOptions;
import dev.gazette.validate.rules.Rules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule example under {@code src/test/resources/rules/<rule-id>/}. A case is an
 * article {@code <case>.txt} (or a folder {@code <case>/} of articles, for corpus rules) with
 * {@code <case>.expected}: the rule's findings, one a line, as {@code line:column<TAB>message}
 * (prefixed with {@code article-id:} for folder cases), and optionally {@code <case>.fixed}: the
 * clean text after applying only this rule's fixes (single-file cases).
 */
class RuleExamplesTest {

    static final Path ROOT = Path.of("src/test/resources/rules");

    @TestFactory
    Stream<DynamicTest> everyExampleGivesItsExpectedFindings() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(ROOT)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String ruleId = dir.getFileName().toString();
                for (Path input : cases(dir)) {
                    String name = input.getFileName().toString().replaceFirst("\\.txt$", "");
                    tests.add(DynamicTest.dynamicTest(ruleId + "/" + name, () -> runCase(ruleId, dir, name, input)));
                }
            }
        }
        return tests.stream();
    }

    static List<Path> cases(Path ruleDir) throws IOException {
        try (Stream<Path> s = Files.list(ruleDir)) {
            return s.filter(p -> Files.isDirectory(p) || p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static void runCase(String ruleId, Path dir, String name, Path input) throws Exception {
        Analyser analyser = Analyser.of(ReferenceData.defaults());
        Rule rule = Rules.all(analyser, ReferenceData.defaults()).stream().filter(r -> r.id().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError("no rule registered in Rules.all for example folder " + ruleId));
        boolean folder = Files.isDirectory(input);
        Path expectedFile = dir.resolve(name + ".expected");
        assertThat(expectedFile).as("every case needs an .expected file (empty for no findings)").exists();
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();

        Engine engine = new Engine(EngineOptions.builder().maxFileBytes(1 << 24).applySuggestedFixes(true).build(),
                analyser, List.of(rule));
        InputScanner.Scan scan = new InputScanner().scan(List.of(input.toString()));
        List<String> actual = new ArrayList<>();
        List<String> cleanTexts = new ArrayList<>();
        engine.run(scan.files(), scan.notes(), r -> {
            for (Finding f : r.findings()) {
                if (f.ruleId().equals(ruleId)) {
                    actual.add((folder ? f.articleId() + ":" : "") + f.line() + ":" + f.column() + "\t" + f.message());
                }
            }
            if (r.parsed()) {
                cleanTexts.add(r.normalised().cleanText());
            }
        });
        assertThat(actual).as("findings of %s on %s", ruleId, input).containsExactlyElementsOf(expected);

        Path fixedFile = dir.resolve(name + ".fixed");
        if (!folder && Files.exists(fixedFile)) {
            assertThat(cleanTexts).hasSize(1);
            assertThat(cleanTexts.get(0)).as("clean text of %s", input)
                    .isEqualTo(Files.readString(fixedFile, StandardCharsets.UTF_8));
        }
    }
}
