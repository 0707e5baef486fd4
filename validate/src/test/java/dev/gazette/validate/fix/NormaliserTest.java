package dev.gazette.validate.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.model.Article;
import dev.gazette.model.Finding;
import dev.gazette.model.LineIndex;
import dev.gazette.model.Severity;
import dev.gazette.model.TextEdit;
import dev.gazette.model.io.InputScanner;
import dev.gazette.validate.RuleSettings;
import dev.gazette.validate.engine.ArticleResult;
import dev.gazette.validate.engine.Engine;
import dev.gazette.validate.engine.EngineOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NormaliserTest {

    private static final String TEXT = "Talks Resume\nMarch 3, 2024\nThe  the talks resumed,finally.\n";

    @TempDir
    Path dir;

    private Article parse() throws Exception {
        Files.writeString(dir.resolve("a.txt"), TEXT);
        InputScanner.Scan scan = new InputScanner().scan(List.of(dir.toString()));
        List<ArticleResult> out = new ArrayList<>();
        new Engine(EngineOptions.defaults(), List.of()).run(scan.files(), scan.notes(), out::add);
        return out.get(0).article();
    }

    private static Finding finding(Article a, String rule, TextEdit... edits) {
        return new Finding(rule, Severity.WARNING, a.id(), a.source(), 3, 1, 3, 1 + (edits[0].end()) - (edits[0].start()),
                edits[0].start(), edits[0].end(),
                "test", "", List.of(edits));
    }

    @Test
    void appliesOneOfTwoFixesThatTouchTheSameRangeAndReportsTheOther() throws Exception {
        Article a = parse();
        int at = TEXT.indexOf("  the");
        Finding spaces = finding(a, "whitespace", new TextEdit(at, at + 2, " "));
        Finding doubled = finding(a, "doubled-word", new TextEdit(at, at + 5, ""));
        Normalised n = new Normaliser(RuleSettings.defaults(), true).apply(a, LineIndex.of(a.raw()), List.of(spaces, doubled));
        assertThat(n.changes()).hasSize(1);
        assertThat(n.conflicts()).hasSize(1);
        assertThat(n.conflicts().get(0).ruleId()).isEqualTo(Normaliser.CONFLICT_RULE);
        assertThat(n.conflicts().get(0).message()).contains("overlaps the fix of rule '" + n.changes().get(0).ruleId() + "'");
    }

    @Test
    void twoInsertionsAtOnePointConflict() throws Exception {
        Article a = parse();
        int at = TEXT.indexOf(",finally") + 1;
        Finding one = finding(a, "missing-space", new TextEdit(at, at, " "));
        Finding two = finding(a, "run-together-words", new TextEdit(at, at, " "));
        Normalised n = new Normaliser(RuleSettings.defaults(), true).apply(a, LineIndex.of(a.raw()), List.of(one, two));
        assertThat(n.changes()).hasSize(1);
        assertThat(n.conflicts()).hasSize(1);
        assertThat(n.cleanText()).contains("resumed, finally.").doesNotContain(",  finally");
    }

    @Test
    void appliesOnlyFixesOfRulesWhoseFixIsSafeUnlessSuggestedFixesAreAsked() throws Exception {
        Article a = parse();
        int at = TEXT.indexOf("Talks");
        Finding dated = finding(a, "relative-date", new TextEdit(at, at + 5, "Meetings"));
        assertThat(new Normaliser(RuleSettings.defaults(), false).apply(a, LineIndex.of(a.raw()), List.of(dated))
                .changes()).isEmpty();
    }

    @Test
    void theChangeLogRecordsPlaceRuleBeforeAndAfterAndRebuildsTheCleanText() throws Exception {
        Article a = parse();
        int comma = TEXT.indexOf(",finally");
        int dbl = TEXT.indexOf("  the");
        Finding space = finding(a, "missing-space", new TextEdit(comma, comma + 1, ", "));
        Finding doubled = finding(a, "doubled-word", new TextEdit(dbl, dbl + 5, ""));
        Normalised n = new Normaliser(RuleSettings.defaults(), true).apply(a, LineIndex.of(a.raw()), List.of(space, doubled));
        assertThat(n.cleanText()).isEqualTo("Talks Resume\nMarch 3, 2024\nThe talks resumed, finally.\n");
        assertThat(n.changes()).extracting(Change::ruleId, Change::line, Change::before, Change::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("doubled-word", 3, "  the", ""),
                        org.assertj.core.groups.Tuple.tuple("missing-space", 3, ",", ", "));
        String rebuilt = a.raw();
        for (int i = n.changes().size() - 1; i >= 0; i--) {
            Change c = n.changes().get(i);
            rebuilt = rebuilt.substring(0, c.start()) + c.after() + rebuilt.substring(c.end());
        }
        assertThat(rebuilt).isEqualTo(n.cleanText());
        assertThat(n.cleanParagraphs()).containsExactly("The talks resumed, finally.");
    }
}
