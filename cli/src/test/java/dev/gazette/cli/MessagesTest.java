package dev.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every error a user sees is Gazette's own sentence (issue 16, point 6): the file (and line), what
 * is wrong and what to do; never a library's wording ("Input length = 1", a NullPointerException,
 * {@code StreamReadConstraints}). One test per message.
 */
class MessagesTest {

    @TempDir
    Path tmp;

    private static void assertOwnSentence(String err) {
        assertThat(err).doesNotContain("Input length", "NullPointerException", "Exception", "StreamReadConstraints",
                "getMax", "Jackson", "\tat ");
    }

    private Path corpus() throws IOException {
        return Cli.write(tmp, "in/a.txt", Cli.CLEAN).getParent();
    }

    private Cli.Result check(String... more) throws IOException {
        String[] args = new String[more.length + 2];
        args[0] = "check";
        args[1] = corpus().toString();
        System.arraycopy(more, 0, args, 2, more.length);
        return Cli.run(args);
    }

    /** Writes {@code head}, {@code n} times {@code fill}, then {@code tail}, without holding it all in memory. */
    private static Path big(Path file, String head, char fill, long n, String tail) throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(head);
            char[] chunk = new char[1 << 16];
            java.util.Arrays.fill(chunk, fill);
            for (long left = n; left > 0; left -= chunk.length) {
                w.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
            w.write(tail);
        }
        return file;
    }

    @Test
    void aBinaryBaseline() throws IOException {
        Path baseline = tmp.resolve("baseline.json");
        Files.write(baseline, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, (byte) 0x80, 0x7F, 0x1B});
        Cli.Result r = check("--baseline", baseline.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(baseline + ":1: not a baseline file (invalid JSON); write it again with"
                + " --write-baseline");
        assertOwnSentence(r.err());
    }

    @Test
    void aMissingBaseline() throws IOException {
        Path baseline = tmp.resolve("nope.json");
        Cli.Result r = check("--baseline", baseline.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(baseline + ": no such baseline file; check the --baseline path, or record one"
                + " with --write-baseline");
        assertOwnSentence(r.err());
    }

    @Test
    void aBaselineOfOneHugeString() throws IOException {
        Path baseline = big(tmp.resolve("huge.json"), "\"", 'a', 30_000_000, "\"");
        Cli.Result r = check("--baseline", baseline.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(baseline + ": not a baseline file (it does not hold a JSON object)");
        assertOwnSentence(r.err());
    }

    @Test
    void aBaselineWithAHugeFingerprint() throws IOException {
        Path baseline = big(tmp.resolve("huge.json"), "{\"gazette_baseline\": 1, \"findings\": [{\"fingerprint\": \"",
                'a', 30_000_000, "\"}]}");
        Cli.Result r = check("--baseline", baseline.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(baseline + ": not a baseline file (it is nested deeper or holds longer text"
                + " than a baseline does)");
        assertOwnSentence(r.err());
    }

    @Test
    void aDeeplyNestedBaseline() throws IOException {
        Path baseline = Cli.write(tmp, "deep.json", "{\"findings\": [{\"x\": " + "[".repeat(5000) + "]".repeat(5000)
                + "}]}");
        Cli.Result r = check("--baseline", baseline.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(baseline + ": not a baseline file (it is nested deeper");
        assertOwnSentence(r.err());
    }

    @Test
    void aJsonRecordWithAStringOverTheRecordLimit() throws IOException {
        Path json = big(tmp.resolve("in/wire.json"), "[{\"id\": \"a\", \"text\": \"", 'a', 2_000, "\"}]");
        Cli.Result r = Cli.run("check", json.toString(), "--max-record-size", "1000", "--format", "text");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("error [malformed-record] Record 1 holds a string longer than the record limit"
                + " of 1000 characters (--max-record-size); the rest of the file is skipped");
        assertOwnSentence(r.out() + r.err());
    }

    @Test
    void aFiftyMegabyteJsonRecordAtTheDefaultLimit() throws IOException {
        Path json = big(tmp.resolve("in/wire.json"), "[{\"id\": \"a\", \"text\": \"", 'a', 50_000_000, "\"},\n"
                + "{\"id\": \"b\", \"text\": \"too late\"}]");
        Cli.Result r = Cli.run("check", json.toString(), "--format", "text");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("error [malformed-record] Record 1 ", "(--max-record-size)",
                "the rest of the file is skipped");
        assertOwnSentence(r.out() + r.err());
    }

    @Test
    void aJsonLinesLineOverTheRecordLimitIsSkippedAndTheNextLinesRead() throws IOException {
        Path jsonl = big(tmp.resolve("in/wire.jsonl"), "{\"id\": \"a\", \"text\": \"Harbour works win backing.\"}\n"
                + "{\"id\": \"b\", \"text\": \"", 'a', 200_000, "\"}\n{\"id\": \"c\", \"text\": \"The council agreed.\"}\n");
        Path out = tmp.resolve("out");
        Cli.Result r = Cli.run("export", jsonl.toString(), "--max-record-size", "100000", "--out", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Read 2 articles");
        assertThat(Files.readString(out.resolve("findings.csv"))).contains(
                "Line 2 is longer than the record limit of 100000 bytes; the record is skipped");
        assertOwnSentence(r.err());
    }

    @Test
    void aDeeplyNestedJsonRecord() throws IOException {
        Path jsonl = Cli.write(tmp, "in/wire.jsonl", "{\"id\": \"a\", \"x\": " + "[".repeat(3000) + "]".repeat(3000)
                + ", \"text\": \"x\"}\n");
        Cli.Result r = Cli.run("check", jsonl.toString(), "--format", "text");
        assertThat(r.out()).contains("Line 1 is nested more than 100 levels deep, deeper than an article record can"
                + " be; the record is skipped");
        assertOwnSentence(r.out() + r.err());
    }

    @Test
    void aCsvRowOverTheRecordLimit() throws IOException {
        Path csv = big(tmp.resolve("in/wire.csv"), "id,text\na,\"", 'a', 100_000, "\"\nb,fine\n");
        Cli.Result r = Cli.run("check", csv.toString(), "--max-record-size", "1000", "--format", "text");
        assertThat(r.out()).contains("Row 1 is larger than the record limit of 1000 bytes; the rest of the file is"
                + " skipped");
        assertOwnSentence(r.out() + r.err());
    }

    @Test
    void aConfigurationFileThatIsTooLarge() throws IOException {
        Path config = big(tmp.resolve("gazette.yaml"), "x: \"", 'a', 3_000_000, "\"\n");
        Cli.Result r = check("--config", config.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(config + ": the configuration file is 3000006 bytes, more than a configuration"
                + " can be (1048576); check the --config path");
        assertOwnSentence(r.err());
    }

    @Test
    void aDeeplyNestedRegistry() throws IOException {
        Path registry = Cli.write(tmp, "deep.yaml", "entities: " + "[".repeat(60) + "]".repeat(60) + "\n");
        Cli.Result r = check("--registry", registry.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(registry + ": not a valid registry: nested more than 20 levels deep");
        assertOwnSentence(r.err());
    }

    @Test
    void aRegistryWithBadYaml() throws IOException {
        Path registry = Cli.write(tmp, "bad.yaml", "entities:\n  - {id: x, name: X\n");
        Cli.Result r = check("--registry", registry.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(registry + ":2: not a valid registry (YAML or JSON): while parsing a flow mapping:"
                + " expected ',' or '}', but got <stream end>; check the indentation").doesNotContain(" in 'reader'");
        assertOwnSentence(r.err());
    }

    @Test
    void aBadRecordLimitIsAUsageError() throws IOException {
        Cli.Result r = check("--max-record-size", "0");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--max-record-size must be 1 byte or more");
    }
}
