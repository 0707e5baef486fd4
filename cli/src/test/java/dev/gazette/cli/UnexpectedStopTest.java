package dev.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No stack trace ever reaches the user (issue 16, point 2): a run stopped by lack of memory or
 * by a bug says so in one sentence naming the file in progress and what to do, exits with its
 * own code (3 or 4, never 1), and leaves the previous output as it was.
 */
class UnexpectedStopTest {

    @TempDir
    Path tmp;

    @AfterEach
    void forget() {
        InProgress.reset();
    }

    private static Map<String, byte[]> snapshot(Path dir) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    void runningOutOfMemoryIsOneSentenceExitThreeAndThePreviousOutputStays() throws Exception {
        Path good = Cli.write(tmp, "in/good.txt", Cli.CLEAN);
        Path out = tmp.resolve("out");
        assertThat(Cli.run("export", good.getParent().toString(), "--out", out.toString(), "-q").code()).isZero();
        Map<String, byte[]> before = snapshot(out);
        // an article far larger than the heap, with the limits that would keep it out raised by the user
        Files.writeString(tmp.resolve("in/huge.txt"), "Huge\n\n" + "the ".repeat(3_000_000) + "\n");

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx96m", "-cp", System.getProperty("java.class.path"), GazetteCli.class.getName(),
                "export", "in", "--out", "out", "--threads", "1", "--max-article-chars", "100000000",
                "--max-paragraph-chars", "100000000", "--max-findings-per-rule", "100000000"));
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(command).directory(tmp.toFile()).redirectError(err.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();

        String message = Files.readString(err);
        assertThat(p.exitValue()).as(message).isEqualTo(ExitCodes.OUT_OF_MEMORY);
        assertThat(message.lines()).as(message).hasSize(1);
        assertThat(message).startsWith("gazette export: out of memory while processing in/huge.txt; out is left as"
                + " it was. Give Java more memory (java -Xmx4g").contains("--max-file-size").doesNotContain("\tat ");
        assertThat(snapshot(out)).as("the previous output").containsOnlyKeys(before.keySet());
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains("gazette-tmp"));
        }
    }

    @Test
    void aBugIsOneSentenceNamingTheArticleInProgressWithExitFour() {
        InProgress.working("reading the configuration and the reference data", 0);
        InProgress.working("processing corpus/wire.jsonl:17#3", 5_000);
        InProgress.output(Path.of("out"));
        StringWriter err = new StringWriter();
        NullPointerException bug = new NullPointerException("boom");
        bug.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("dev.gazette.validate.rules.text.SomeRule", "check", "SomeRule.java", 42)});

        int code = GazetteCli.stopped(bug, "export", new PrintWriter(err, true));

        assertThat(code).isEqualTo(ExitCodes.INTERNAL_ERROR).isNotEqualTo(ExitCodes.FINDINGS);
        assertThat(err.toString()).isEqualTo("gazette export: internal error (NullPointerException at SomeRule.check:42)"
                + " while processing corpus/wire.jsonl:17#3; out is left as it was. This is a bug in Gazette: please"
                + " report it with that input (set GAZETTE_DEBUG=1 to print the details); meanwhile leave that input"
                + " out.\n");
    }

    @Test
    void theExitCodesAreDistinctAndInTheHelp() {
        assertThat(List.of(ExitCodes.OK, ExitCodes.FINDINGS, ExitCodes.USAGE, ExitCodes.OUT_OF_MEMORY,
                ExitCodes.INTERNAL_ERROR)).doesNotHaveDuplicates();
        assertThat(Cli.run("--help").out()).contains("3 out of memory; 4 internal error");
    }
}
