package dev.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.export.report.ReportFormats;
import dev.gazette.export.report.ReportRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/** {@code gazette check}: exit codes, formats and outputs, run in-process on small temporary corpora. */
class CheckCommandTest {

    @TempDir
    Path dir;

    static Stream<Arguments> exitCodes() {
        return Stream.of(
                // corpus, --fail-on, expected exit code
                Arguments.of("clean", "error", 0), Arguments.of("clean", "warning", 0),
                Arguments.of("clean", "info", 0), Arguments.of("clean", "none", 0),
                Arguments.of("info", "error", 0), Arguments.of("info", "warning", 0),
                Arguments.of("info", "info", 1), Arguments.of("info", "none", 0),
                Arguments.of("warning", "error", 0), Arguments.of("warning", "warning", 1),
                Arguments.of("warning", "info", 1), Arguments.of("warning", "none", 0),
                Arguments.of("error", "error", 1), Arguments.of("error", "warning", 1),
                Arguments.of("error", "info", 1), Arguments.of("error", "none", 0));
    }

    @ParameterizedTest(name = "a corpus whose worst finding is {0} exits {2} with --fail-on {1}")
    @MethodSource("exitCodes")
    void exitCodeFollowsTheFailLevel(String worst, String failOn, int expected) throws IOException {
        Path corpus = corpus(worst);
        Cli.Result r = Cli.run("check", "--fail-on", failOn, corpus.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(expected);
    }

    @Test
    void failsOnErrorsByDefault() throws IOException {
        assertThat(Cli.run("check", corpus("warning").toString()).code()).isZero();
        assertThat(Cli.run("check", corpus("error").toString()).code()).isEqualTo(1);
    }

    @Test
    void printsTheTextReportOnStandardOutputByDefault() throws IOException {
        Path corpus = corpus("warning");
        Cli.Result r = Cli.run("check", corpus.toString());
        String source = corpus.toString().replace('\\', '/') + "/c.txt";
        assertThat(r.out()).contains(source + ":1:1: warning [missing-title] Article has no title");
        assertThat(r.out()).containsPattern("\nmissing-title +warning +1\n");
        assertThat(r.out()).contains("Findings: 2 (0 errors, 1 warning, 1 info); 0 suppressed by the baseline");
    }

    @Test
    void writesSeveralReportsInOneRun() throws IOException {
        Path corpus = corpus("warning");
        Path sarif = dir.resolve("reports/nested/gazette.sarif");
        Path junit = dir.resolve("reports/junit.xml");
        Cli.Result r = Cli.run("check", "--format", "sarif", "--output", sarif.toString(),
                "--output", junit.toString(), "--format", "junit", "--format", "github", corpus.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode run = new ObjectMapper().readTree(sarif.toFile()).at("/runs/0");
        assertThat(run.get("results")).hasSize(2);
        assertThat(parse(junit).getElementsByTagName("testcase").getLength()).isEqualTo(1);
        assertThat(r.out()).startsWith("::warning file=");
        assertThat(r.err()).contains("Wrote the sarif report to " + sarif, "Wrote the junit report to " + junit);
    }

    @Test
    void sarifPositionsAndFixOffsetsDoNotDependOnAByteOrderMark() throws IOException {
        // SARIF 2.1.0, text regions: "The values of text properties SHALL NOT depend on the presence
        // or absence of a byte order mark (BOM) at the start of the artifact."
        String text = Cli.CLEAN + "\nMembers said the money,as planned , would come from the levy.\n";
        Cli.write(dir, "plain/a.txt", text);
        Path bom = Files.createDirectories(dir.resolve("bom")).resolve("a.txt");
        Files.write(bom, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));

        JsonNode plain = sarifResults(dir.resolve("plain"));
        JsonNode withBom = sarifResults(dir.resolve("bom"));

        assertThat(plain.size()).isGreaterThan(0);
        assertThat(plain.findValues("fixes")).as("the corpus has fixable findings").isNotEmpty();
        assertThat(withBom.toString().replace("bom/a.txt", "plain/a.txt")).isEqualTo(plain.toString());
    }

    private JsonNode sarifResults(Path input) throws IOException {
        Path out = dir.resolve(input.getFileName() + ".sarif");
        Cli.Result r = Cli.run("check", "--format", "sarif", "--output", out.toString(), "--fail-on", "none",
                input.toString());
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(out.toFile()).at("/runs/0/results");
    }

    @Test
    void everyRegisteredFormatRunsFromTheCommandLine() throws IOException {
        Path corpus = corpus("error");
        for (ReportRenderer format : ReportFormats.all()) {
            Path out = dir.resolve("all." + format.name() + "." + format.fileExtension());
            Cli.Result r = Cli.run("check", "-q", "--format", format.name(), "--output", out.toString(),
                    corpus.toString());
            assertThat(r.code()).as(format.name() + ": " + r.err()).isEqualTo(1);
            assertThat(Files.readString(out)).contains("empty-file");
        }
    }

    @Test
    void onlyOneReportMayGoToStandardOutput() throws IOException {
        Cli.Result r = Cli.run("check", "--format", "json", "--format", "sarif", corpus("clean").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("only one --format can write to standard output");
    }

    @Test
    void writesTheHtmlPageWithTheArticlesTextAndLeavesOutWhatTheBaselineSuppresses() throws IOException {
        Path corpus = corpus("warning");
        Path baseline = dir.resolve("baseline.json");
        Path page = dir.resolve("reports/check.html");
        assertThat(Cli.run("check", "--write-baseline", baseline.toString(), "--format", "json", "--output",
                dir.resolve("all.json").toString(), corpus.toString()).code()).isZero();
        Files.writeString(corpus.resolve("d.txt"), "plain words with no title at all\n", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("check", "--baseline", baseline.toString(), "--format", "html", "--output",
                page.toString(), corpus.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("Wrote the html report to " + page);
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>Gazette check report</title>")
                .contains("\"kind\":\"check\"", "\"findings\":2,\"suppressed\":2", "plain words with no title at all");
    }

    @Test
    void theSameOutputFileTwiceIsAUsageError() throws IOException {
        Path out = dir.resolve("r.xml");
        Cli.Result r = Cli.run("check", "--format", "junit", "--output", out.toString(), "--format", "checkstyle",
                "--output", out.toString(), corpus("clean").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is given as --output twice");
    }

    @Test
    void anUnknownFormatOrFailLevelIsAUsageErrorListingTheChoices() throws IOException {
        Cli.Result format = Cli.run("check", "--format", "xml", corpus("clean").toString());
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("unknown report format 'xml' (expected one of text, json, sarif, junit, "
                + "checkstyle, github, html)");
        Cli.Result level = Cli.run("check", "--fail-on", "fatal", corpus("clean").toString());
        assertThat(level.code()).isEqualTo(2);
        assertThat(level.err()).contains("error, warning, info, none");
    }

    @Test
    void aMissingInputIsAUsageError() {
        Cli.Result r = Cli.run("check", dir.resolve("nope").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no such file or folder");
    }

    @Test
    void theHelpListsEveryFormatFromTheRegistry() {
        Cli.Result r = Cli.run("check", "--help");
        assertThat(r.code()).isZero();
        for (ReportRenderer format : ReportFormats.all()) {
            assertThat(r.out()).contains("  " + format.name() + " ").contains(format.description());
        }
        assertThat(r.out()).contains("--fail-on=LEVEL", "error, warning, info, none", "Exit codes: 0");
    }

    @Test
    void aBaselineSuppressesTheRecordedFindingsAndSaysHowMany() throws IOException {
        Path corpus = corpus("warning");
        Path baseline = dir.resolve("ci/baseline.json");
        Cli.Result write = Cli.run("check", "--fail-on", "info", "--write-baseline", baseline.toString(),
                corpus.toString());
        assertThat(write.code()).as(write.err()).isZero();
        assertThat(write.err()).contains("Wrote a baseline of 2 findings to " + baseline);
        assertThat(baseline).exists();

        Cli.Result again = Cli.run("check", "--fail-on", "info", "--baseline", baseline.toString(), corpus.toString());
        assertThat(again.code()).as(again.out()).isZero();
        assertThat(again.out()).contains("No findings.", "2 suppressed by the baseline");
    }

    @Test
    void aNewFindingIsReportedDespiteTheBaseline() throws IOException {
        Path corpus = corpus("warning");
        Path baseline = dir.resolve("baseline.json");
        assertThat(Cli.run("check", "--write-baseline", baseline.toString(), corpus.toString()).code()).isZero();
        Cli.write(corpus, "z.txt", Cli.NO_TITLE);
        Cli.Result r = Cli.run("check", "--fail-on", "warning", "--baseline", baseline.toString(), corpus.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("z.txt:1:1: warning [missing-title]").doesNotContain("c.txt:");
        assertThat(r.out()).contains("Findings: 2 (0 errors, 1 warning, 1 info); 2 suppressed by the baseline");
    }

    @Test
    void aFindingOnShiftedLinesStaysSuppressedButASecondCopyIsNew() throws IOException {
        Path corpus = dir.resolve("stray");
        Path article = Cli.write(corpus, "s.txt", Cli.STRAY);
        Path baseline = dir.resolve("baseline.json");
        assertThat(Cli.run("check", "--write-baseline", baseline.toString(), corpus.toString()).code()).isZero();

        Files.writeString(article, Cli.STRAY.replace("\nThe council", "\nAn editor added a paragraph here.\n\n"
                + "And another one.\n\nThe council"));
        Cli.Result shifted = Cli.run("check", "--fail-on", "info", "--baseline", baseline.toString(),
                corpus.toString());
        assertThat(shifted.code()).as(shifted.out()).isZero();

        Files.writeString(article, Cli.STRAY + "\n0\n");
        Cli.Result twice = Cli.run("check", "--fail-on", "info", "--baseline", baseline.toString(), corpus.toString());
        assertThat(twice.code()).isEqualTo(1);
        assertThat(twice.out()).contains("s.txt:10:1: info [stray-line]").contains("1 suppressed by the baseline");
    }

    @Test
    void anUnreadableBaselineIsAUsageError() throws IOException {
        Path bad = Cli.write(dir, "bad.json", "[]");
        Cli.Result r = Cli.run("check", "--baseline", bad.toString(), corpus("clean").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("not a baseline file");
        Cli.Result missing = Cli.run("check", "--baseline", dir.resolve("none.json").toString(),
                corpus("clean").toString());
        assertThat(missing.code()).isEqualTo(2);
    }

    /** A corpus whose worst finding is {@code worst}: clean, info, warning or error. */
    private Path corpus(String worst) throws IOException {
        Path corpus = dir.resolve(worst);
        switch (worst) {
            case "clean" -> Cli.write(corpus, "a.txt", Cli.CLEAN);
            case "info" -> Cli.write(corpus, "b.txt", Cli.NO_DATE);
            case "warning" -> Cli.write(corpus, "c.txt", Cli.NO_TITLE);
            case "error" -> {
                Cli.write(corpus, "a.txt", Cli.CLEAN);
                Cli.write(corpus, "d.txt", "");
            }
            default -> throw new IllegalArgumentException(worst);
        }
        return corpus;
    }

    private static Document parse(Path xml) throws IOException {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException(e);
        }
    }
}
