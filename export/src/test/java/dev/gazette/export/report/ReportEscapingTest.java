package dev.gazette.export.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.export.files.AtomicFile;
import dev.gazette.model.Finding;
import dev.gazette.model.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports written from hostile data (issue 16, point 5): an unpaired surrogate becomes U+FFFD
 * in every format, a report file is written whole or not at all, and the text report shows the
 * control characters of a file name instead of sending them to the terminal.
 */
class ReportEscapingTest {

    @TempDir
    Path tmp;

    /** A quotation whose text holds a lone high surrogate, as a JSON {@code "\ud800"} escape yields. */
    private static Report loneSurrogate() {
        Finding f = new Finding("unbalanced-quote", Severity.WARNING, "a", "corpus/a.jsonl:1#1", 3, 5, 3, 15, 10, 20,
                "Quotation \u201cbad \ud800 char\u201d is not closed", "Close it.", List.of());
        return new Report("gazette", "1.0.0", FailLevel.ERROR, ReportFixtures.entries(List.of(f), null),
                List.of(new Report.Input("a", "corpus/a.jsonl:1#1", true)), List.of(), ReportFixtures.CATALOGUE, null);
    }

    @Test
    void anUnpairedSurrogateBecomesTheReplacementCharacterInEveryFormat() throws Exception {
        for (ReportRenderer r : ReportFormats.all()) {
            Path file = tmp.resolve("report." + r.name());
            AtomicFile.write(file, w -> r.render(loneSurrogate(), w));
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString(); // valid UTF-8, or this throws
            assertThat(text).as(r.name()).contains("bad \uFFFD char").doesNotContain("bad ? char");
        }
    }

    @Test
    void aReportThatFailsMidwayLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        Path file = tmp.resolve("reports/gazette.sarif");
        AtomicFile.write(file, w -> w.write("previous report\n"));
        assertThatThrownBy(() -> AtomicFile.write(file, w -> {
            w.write("{\"half\": ");
            throw new IOException("disk full (simulated)");
        })).hasMessageContaining("cannot write").hasMessageContaining("left as it was")
                .hasMessageContaining("disk full");
        assertThat(file).hasContent("previous report");
        try (Stream<Path> s = Files.list(file.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("gazette.sarif");
        }
    }

    @Test
    void theTextReportShowsControlCharactersOfAFileNameInsteadOfEmittingThem() throws IOException {
        Finding f = new Finding("missing-date", Severity.INFO, "a", "in/evil\u001b]0;owned\u0007\nname\u202Etxt.txt",
                1, 1, 1, 1, 0, 0, "No date line", "", List.of());
        Report report = new Report("gazette", "1.0.0", FailLevel.ERROR, ReportFixtures.entries(List.of(f), null),
                List.of(new Report.Input("a", f.source(), true)), List.of(), ReportFixtures.CATALOGUE, null);
        StringWriter out = new StringWriter();
        ReportFormats.get("text").render(report, out);
        String first = out.toString().lines().findFirst().orElseThrow();
        assertThat(first).isEqualTo("in/evil\\x1B]0;owned\\x07\\nname\\u202Etxt.txt:1:1: info [missing-date] No date line");
        assertThat(out.toString()).doesNotContain("\u001b", "\u0007", "\u202E");
    }
}
