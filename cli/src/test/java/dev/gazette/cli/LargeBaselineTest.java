package dev.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A baseline far larger than the heap is read (issue 16, point 1: a 189 MB baseline crashed a run
 * at {@code -Xmx512m}): the reader keeps the fingerprints and skips the text around them.
 */
class LargeBaselineTest {

    @TempDir
    Path tmp;

    @Test
    void aBaselineLargerThanTheHeapIsReadInLittleMemory() throws Exception {
        Path in = Cli.write(tmp, "in/a.txt", Cli.NO_DATE).getParent();
        Path baseline = tmp.resolve("baseline.json");
        String message = "m".repeat(1_000_000);
        try (Writer w = Files.newBufferedWriter(baseline, StandardCharsets.UTF_8)) {
            w.write("{\"gazette_baseline\": 1, \"fingerprint_scheme\": \"gazette-fingerprint/v1\", \"findings\": [\n");
            for (int i = 0; i < 130; i++) {
                w.write((i == 0 ? "" : ",\n") + "{\"fingerprint\": \"fp" + i + "\", \"rule\": \"missing-date\","
                        + " \"message\": \"" + message + "\"}");
            }
            w.write("\n]}\n");
        }
        assertThat(Files.size(baseline)).as("larger than the heap of -Xmx96m").isGreaterThan(120L << 20);

        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx96m",
                "-cp", System.getProperty("java.class.path"), GazetteCli.class.getName(), "check", in.toString(),
                "--baseline", baseline.toString(), "--threads", "1");
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectError(err.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
    }
}
