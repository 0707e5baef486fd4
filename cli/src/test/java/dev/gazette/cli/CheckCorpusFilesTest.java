package dev.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} reads corpus files as {@code export} does: records, field mapping, malformed records. */
class CheckCorpusFilesTest {

    @TempDir
    Path tmp;

    @Test
    void checkReadsTheRecordsOfAJsonLinesCorpusWithItsFieldMapping() throws Exception {
        Path corpus = tmp.resolve("wire.jsonl");
        Files.writeString(corpus, "{\"ref\":\"a1\",\"headline\":\"Port Reopens\",\"story\":\"The port reopened on Friday.\"}\n"
                + "{\"ref\":\"a2\",\"headline\":\"Bad record\",\"story\":\"unterminated}\n");
        CliRun run = CliRun.of("check", corpus.toString(), "--id-field", "ref", "--title-field", "headline",
                "--text-field", "story", "--format", "text", "--fail-on", "error");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("malformed-record").contains("Checked 1 article");
    }
}
