package dev.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the shaded jar, started as users start it ({@code java -jar gazette.jar check}),
 * in a working folder holding a {@code gazette.yaml}. Run by Failsafe after {@code package}.
 */
class ShadedJarIT {

    @TempDir
    Path work;

    @Test
    void checkReadsTheWorkingFolderConfigurationAndWritesReports() throws Exception {
        Cli.write(work, "articles/c.txt", Cli.NO_TITLE);
        Cli.write(work, "articles/a.txt", Cli.CLEAN);
        Cli.write(work, "gazette.yaml", "rules:\n  missing-title: error\ninputs:\n  paths: [articles]\n");

        Run run = jar("check", "--format", "sarif", "--output", "reports/gazette.sarif", "--format", "text");
        assertThat(run.code).as(run.err).isEqualTo(1);
        assertThat(run.out).contains("articles/c.txt:1:1: error [missing-title]");
        JsonNode sarif = new ObjectMapper().readTree(work.resolve("reports/gazette.sarif").toFile());
        assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("articles/c.txt");
        assertThat(sarif.at("/runs/0/tool/driver/rules").size()).isGreaterThan(5);

        Run baseline = jar("check", "--write-baseline", "baseline.json");
        assertThat(baseline.code).as(baseline.err).isZero();
        Run accepted = jar("check", "--baseline", "baseline.json", "--format", "github");
        assertThat(accepted.code).as(accepted.err).isZero();
        assertThat(accepted.out).contains("2 suppressed by the baseline");
    }

    @Test
    void aBadConfigurationExitsWithTwo() throws Exception {
        Cli.write(work, "gazette.yaml", "rulez: {}\n");
        Run run = jar("check");
        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).contains("gazette.yaml:1: unknown key 'rulez'");
    }

    @Test
    void exportRunsFromTheShadedJarWithEveryDependencyInside() throws Exception {
        String seeds = Path.of("../seeds").toAbsolutePath().normalize().toString();
        Run run = jar("export", seeds, "--out", "out");
        assertThat(run.code).as(run.err).isZero();
        assertThat(run.err).contains("Read 5 articles").doesNotContain("Exception", "HV000001", "WARNING");
        assertThat(Files.readAllLines(work.resolve("out/articles.csv")).get(0)).startsWith("id,source,");
        assertThat(work.resolve("out/articles.jsonl")).isNotEmptyFile();
        assertThat(work.resolve("out/findings.csv")).isNotEmptyFile();
    }

    @Test
    void versionAndHelpFromTheShadedJar() throws Exception {
        assertThat(jar("--version").out).startsWith("gazette 0.");
        Run help = jar("export", "--help");
        assertThat(help.code).isZero();
        assertThat(help.out).contains("--out");
    }

    @Test
    void theJarsNoticeNamesTheBundledWordListAndItsLicence() throws Exception {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(System.getProperty("gazette.jar"))) {
            java.util.zip.ZipEntry notice = jar.getEntry("META-INF/NOTICE");
            assertThat(notice).isNotNull();
            String text = new String(jar.getInputStream(notice).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("SCOWL").contains("Kevin Atkinson").contains("lexicon-en.txt");
            assertThat(jar.getEntry("dev/gazette/analysis/text/lexicon-en.txt")).isNotNull();
        }
    }

    private record Run(int code, String out, String err) {
    }

    private Run jar(String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("gazette.jar");
        assertThat(jar).as("system property gazette.jar (set by the failsafe configuration)").isNotNull();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar);
        command.addAll(List.of(args));
        Path out = work.resolve("stdout.txt");
        Path err = work.resolve("stderr.txt");
        Process p = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("gazette finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
