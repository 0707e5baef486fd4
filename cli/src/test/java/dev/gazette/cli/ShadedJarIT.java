package dev.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shaded jar as a user would, in a separate JVM: every dependency must be inside it. */
class ShadedJarIT {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run java(String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("gazette.jar", "target/gazette.jar"));
        assertThat(jar).exists();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Path outFile = Files.createTempFile("gazette-out", ".txt");
        Path errFile = Files.createTempFile("gazette-err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(outFile.toFile()).redirectError(errFile.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("gazette finished in time").isTrue();
        return new Run(p.exitValue(), Files.readString(outFile, StandardCharsets.UTF_8),
                Files.readString(errFile, StandardCharsets.UTF_8));
    }

    @Test
    void exportRunsFromTheShadedJar() throws Exception {
        Path out = tmp.resolve("out");
        Run run = java("export", "../seeds", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("Read 5 articles").doesNotContain("Exception", "HV000001", "WARNING");
        assertThat(Files.readAllLines(out.resolve("articles.csv")).get(0)).startsWith("id,source,");
        assertThat(out.resolve("articles.jsonl")).isNotEmptyFile();
        assertThat(out.resolve("findings.csv")).isNotEmptyFile();
    }

    @Test
    void versionAndHelpFromTheShadedJar() throws Exception {
        assertThat(java("--version").out()).startsWith("gazette 0.");
        Run help = java("export", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--out");
    }
}
