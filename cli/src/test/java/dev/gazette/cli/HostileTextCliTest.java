package dev.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text Gazette cannot encode as it is (issue 16, point 4): a JSON record whose text holds an
 * unpaired surrogate ({@code "\ud800"}) is reported and exported with U+FFFD in its place, in
 * every file, and no report is left half-written.
 */
class HostileTextCliTest {

    @TempDir
    Path tmp;

    /** A quotation that is never closed, holding a lone surrogate, so that findings quote it. */
    private Path corpus() throws IOException {
        return Cli.write(tmp, "in/wire.jsonl", "{\"id\": \"w1\", \"title\": \"Harbour works win backing\","
                + " \"text\": \"The mayor said \\u201cthe works \\ud800 will start soon. Members agreed.\"}\n");
    }

    private static String utf8(Path file) throws IOException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    }

    @Test
    void checkWritesACompleteSarifReportWithTheReplacementCharacter() throws IOException {
        Path in = corpus();
        Path sarif = tmp.resolve("reports/gazette.sarif");
        Cli.Result run = Cli.run("check", in.toString(), "--format", "sarif", "--output", sarif.toString(),
                "--format", "text", "--output", tmp.resolve("reports/gazette.txt").toString());
        assertThat(run.code()).as(run.err()).isIn(0, 1);
        assertThat(run.err()).doesNotContain("Input length");
        JsonNode root = new ObjectMapper().readTree(utf8(sarif));
        assertThat(root.at("/runs/0/results").toString()).contains("\uFFFD").doesNotContain("\\ud800");
        assertThat(utf8(tmp.resolve("reports/gazette.txt"))).contains("\uFFFD");
    }

    @Test
    void exportWritesTheReplacementCharacterInEveryFormat() throws IOException {
        Path in = corpus();
        Path out = tmp.resolve("out");
        Cli.Result run = Cli.run("export", in.toString(), "--out", out.toString(), "--format", "csv,jsonl,xlsx", "-q");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(utf8(out.resolve("articles.csv"))).contains("the works \uFFFD will").doesNotContain("the works ? will");
        assertThat(utf8(out.resolve("articles.jsonl"))).contains("the works \uFFFD will");
        try (ZipFile zip = new ZipFile(out.resolve("dataset.xlsx").toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            // fastexcel writes characters outside ASCII as character references
            assertThat(sheet.replace("&#xfffd;", "\uFFFD")).contains("the works \uFFFD will")
                    .doesNotContain("the works ? will");
        }
    }

    @Test
    void fixWritesTheReplacementCharacterInTheCleanText() throws IOException {
        Path out = tmp.resolve("fixed");
        Cli.Result run = Cli.run("fix", corpus().toString(), "--out", out.toString(), "-q");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(utf8(out.resolve("texts/w1.txt"))).contains("the works \uFFFD will");
    }
}
