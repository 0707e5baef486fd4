package dev.gazette.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.model.Finding;
import dev.gazette.model.io.InputScanner;
import dev.gazette.validate.RuleCatalogue;
import dev.gazette.validate.engine.Engine;
import dev.gazette.validate.engine.EngineOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The collector on real engine runs: end positions, fingerprints across edits, baseline. */
class ReportCollectorTest {

    private static final String ARTICLE = "Harbour works win council backing\n"
            + "March 3, 2021\n"
            + "\n"
            + "The council voted on Tuesday to fund the harbour works for another three years.\n"
            + "\n"
            + "0\n"
            + "\n"
            + "Members said the money would come from the port levy.\n";

    @TempDir
    Path dir;

    @Test
    void endPositionsLeaveOutTheLineBreak() throws IOException {
        Report report = run(ARTICLE, null);
        Report.Entry stray = only(report, "stray-line");
        assertThat(stray.finding().line()).isEqualTo(6);
        assertThat(stray.endLine()).isEqualTo(6);
        assertThat(stray.endColumn()).isEqualTo(2);
    }

    @Test
    void aBaselineOfARunSuppressesEverythingInTheSameRun() throws IOException {
        Report first = run(ARTICLE, null);
        assertThat(first.entries()).isNotEmpty();
        Report again = run(ARTICLE, Baseline.of(first.entries()));
        assertThat(again.entries()).isEmpty();
        assertThat(again.suppressed()).isEqualTo(first.entries().size());
    }

    @Test
    void aFindingMovedDownByNewParagraphsIsStillSuppressed() throws IOException {
        Report before = run(ARTICLE, null);
        String shifted = ARTICLE.replace("\nThe council", "\nA paragraph added by an editor.\n\nAnother one.\n\nThe council");
        Report after = run(shifted, Baseline.of(before.entries()));
        assertThat(after.entries()).isEmpty();
        Report unfiltered = run(shifted, null);
        assertThat(only(unfiltered, "stray-line").finding().line()).isEqualTo(10);
    }

    @Test
    void aSecondOccurrenceOfTheSameProblemIsNew() throws IOException {
        Report before = run(ARTICLE, null);
        Report after = run(ARTICLE + "\n0\n", Baseline.of(before.entries()));
        assertThat(after.findings()).extracting(Finding::ruleId).containsExactly("stray-line");
        assertThat(after.findings().get(0).line()).isEqualTo(10);
        assertThat(after.suppressed()).isEqualTo(before.entries().size());
    }

    private Report run(String text, Baseline baseline) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("harbour.txt"), text, StandardCharsets.UTF_8);
        InputScanner.Scan scan;
        try {
            scan = new InputScanner().scan(List.of(corpus.toString()));
        } catch (dev.gazette.model.io.InputException e) {
            throw new IOException(e);
        }
        ReportCollector collector = new ReportCollector();
        new Engine(EngineOptions.builder().products(true).build()).run(scan.files(), scan.notes(), collector);
        return collector.report("gazette", "test", FailLevel.ERROR, baseline, RuleCatalogue.standard(), null);
    }

    private static Report.Entry only(Report report, String rule) {
        List<Report.Entry> es = report.entries().stream().filter(e -> e.finding().ruleId().equals(rule)).toList();
        assertThat(es).as("findings of %s in %s", rule, report.findings()).hasSize(1);
        return es.get(0);
    }
}
