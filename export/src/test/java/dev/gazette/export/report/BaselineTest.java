package dev.gazette.export.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.model.Finding;
import dev.gazette.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline file: written, read back, and applied exactly. */
class BaselineTest {

    @TempDir
    Path dir;

    @Test
    void suppressesExactlyTheRecordedFindings() throws IOException {
        List<Report.Entry> all = ReportFixtures.many().entries();
        Path file = write(all.subList(0, 5));
        Baseline.Applied applied = Baseline.read(file).apply(all);
        assertThat(applied.suppressed()).isEqualTo(5);
        assertThat(applied.kept()).containsExactlyElementsOf(all.subList(5, all.size()));
    }

    @Test
    void aRecordedFindingSuppressesOneCopyOnly() {
        Report.Entry e = ReportFixtures.one().entries().get(0);
        Baseline baseline = Baseline.of(List.of(e));
        Baseline.Applied applied = baseline.apply(List.of(e, e));
        assertThat(applied.suppressed()).isEqualTo(1);
        assertThat(applied.kept()).hasSize(1);
    }

    @Test
    void writesReadableEntriesInReportOrder() throws IOException {
        List<Report.Entry> reversed = new ArrayList<>(ReportFixtures.many().entries());
        java.util.Collections.reverse(reversed);
        Path file = write(reversed);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertThat(root.get("gazette_baseline").asInt()).isEqualTo(Baseline.FORMAT);
        assertThat(root.get("fingerprint_scheme").asText()).isEqualTo(Fingerprints.SCHEME);
        assertThat(root.at("/findings/0/rule").asText()).isEqualTo("missing-date");
        assertThat(root.at("/findings/0/source").asText()).isEqualTo("corpus/alpha.txt");
        assertThat(Baseline.read(file).size()).isEqualTo(reversed.size());
    }

    @Test
    void refusesAFileThatIsNotABaseline() throws IOException {
        Path notJson = Files.writeString(dir.resolve("a.json"), "{ nope", StandardCharsets.UTF_8);
        Path wrongFormat = Files.writeString(dir.resolve("b.json"), "{\"gazette_baseline\": 7, \"findings\": []}");
        Path noList = Files.writeString(dir.resolve("c.json"), "{\"gazette_baseline\": 1}");
        Path otherScheme = Files.writeString(dir.resolve("d.json"),
                "{\"gazette_baseline\": 1, \"fingerprint_scheme\": \"v0\", \"findings\": []}");
        assertThatThrownBy(() -> Baseline.read(notJson)).hasMessageContaining("not a baseline file");
        assertThatThrownBy(() -> Baseline.read(wrongFormat)).hasMessageContaining("baseline format 7");
        assertThatThrownBy(() -> Baseline.read(noList)).hasMessageContaining("no 'findings' list");
        assertThatThrownBy(() -> Baseline.read(otherScheme)).hasMessageContaining("scheme 'v0'");
    }

    @Test
    void anEmptyBaselineSuppressesNothing() {
        Finding f = Finding.fileLevel("empty-file", Severity.ERROR, "e", "e.txt", "empty", "");
        List<Report.Entry> entries = ReportFixtures.entries(List.of(f), null);
        assertThat(Baseline.of(List.of()).apply(entries).kept()).isEqualTo(entries);
    }

    private Path write(List<Report.Entry> entries) throws IOException {
        Path file = dir.resolve("baseline.json");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Baseline.write(entries, w);
        }
        return file;
    }
}
