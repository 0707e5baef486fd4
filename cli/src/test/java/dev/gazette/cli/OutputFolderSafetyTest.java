package dev.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder is Gazette's alone (issue 16, point 3): files a user put into it are never
 * deleted, inputs and outputs never nest, Gazette never reads its own output, leftovers of killed
 * runs go away, and an empty or refused run leaves the previous dataset as it was (point 4).
 */
class OutputFolderSafetyTest {

    @TempDir
    Path tmp;

    private Path corpus() throws IOException {
        Path in = tmp.resolve("in");
        Cli.write(in, "a.txt", Cli.CLEAN);
        Cli.write(in, "b.txt", Cli.NO_DATE);
        return in;
    }

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static void assertUnchanged(Path dir, Map<String, byte[]> before) throws IOException {
        Map<String, byte[]> after = snapshot(dir);
        assertThat(after).as("files of " + dir).containsOnlyKeys(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void theMarkerListsTheFilesGazetteWrote() throws IOException {
        Path out = tmp.resolve("out");
        Cli.Result run = Cli.run("export", corpus().toString(), "--out", out.toString(), "-q");
        assertThat(run.code()).as(run.err()).isZero();
        List<String> listed = Files.readAllLines(out.resolve(".gazette-output")).stream()
                .filter(l -> !l.startsWith("#")).toList();
        assertThat(listed).contains("articles.csv", "findings.jsonl", "datapackage.json", "schemas/articles.schema.json")
                .doesNotContain(".gazette-output");
        try (Stream<Path> s = Files.walk(out)) {
            assertThat(s.filter(Files::isRegularFile).count()).isEqualTo(listed.size() + 1);
        }
    }

    @Test
    void filesAUserPutIntoAnEarlierOutputFolderStopTheNextRunAndStay() throws IOException {
        Path in = corpus();
        Path out = tmp.resolve("out");
        assertThat(Cli.run("export", in.toString(), "--out", out.toString(), "-q").code()).isZero();
        Cli.write(out, "my-notes.md", "what I found");
        Cli.write(out, "analysis/notebook.py", "import pandas");
        Map<String, byte[]> before = snapshot(out);

        Cli.Result run = Cli.run("export", in.toString(), "--out", out.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("holds analysis/notebook.py and 1 more file that Gazette did not write",
                "--force");
        assertUnchanged(out, before);
    }

    @Test
    void forceReplacesOnlyGazettesOwnFilesAndKeepsTheOthers() throws IOException {
        Path in = corpus();
        Path out = tmp.resolve("out");
        assertThat(Cli.run("export", in.toString(), "--out", out.toString(), "--format", "csv,jsonl,xlsx", "-q")
                .code()).isZero();
        Cli.write(out, "my-notes.md", "what I found");
        Cli.write(out, "analysis/notebook.py", "import pandas");
        Cli.write(out, "schemas/mine.json", "{}");

        Cli.Result run = Cli.run("export", in.toString(), "--out", out.toString(), "--format", "csv", "--force", "-q");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(out.resolve("my-notes.md")).hasContent("what I found");
        assertThat(out.resolve("analysis/notebook.py")).hasContent("import pandas");
        assertThat(out.resolve("schemas/mine.json")).hasContent("{}");
        assertThat(out.resolve("articles.csv")).exists();
        assertThat(out.resolve("articles.jsonl")).as("Gazette's file of the previous run").doesNotExist();
        assertThat(out.resolve("dataset.xlsx")).as("Gazette's file of the previous run").doesNotExist();
        assertThat(Files.readString(out.resolve(".gazette-output"))).doesNotContain("my-notes.md");

        Cli.Result again = Cli.run("export", in.toString(), "--out", out.toString(), "-q");
        assertThat(again.code()).as("the kept files are still not Gazette's").isEqualTo(2);
        assertThat(again.err()).contains("analysis/notebook.py and 2 more files").doesNotContain("schemas/articles");
    }

    @Test
    void forceStillRefusesToReplaceAUserFileOfTheSameNameAsOneGazetteWrites() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Cli.write(out, "articles.csv", "my own table");
        Cli.Result run = Cli.run("export", corpus().toString(), "--out", out.toString(), "--force", "-q");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("articles.csv, which Gazette did not write");
        assertThat(out.resolve("articles.csv")).hasContent("my own table");
        assertThat(Files.list(tmp).map(p -> p.getFileName().toString()).filter(n -> n.contains("gazette-tmp")))
                .isEmpty();
    }

    @Test
    void anEarlierOutputFolderGivenAsInputAndOutputIsRefusedAndItsInputsKept() throws IOException {
        Path self = tmp.resolve("res/self");
        assertThat(Cli.run("export", corpus().toString(), "--out", self.toString(), "-q").code()).isZero();
        Cli.write(self, "article.txt", Cli.CLEAN);
        Map<String, byte[]> before = snapshot(self);

        Cli.Result run = Cli.run("export", self.toString(), "--out", self.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("is also an input");
        assertUnchanged(self, before);
    }

    @Test
    void anOutputFolderInsideAnInputIsRefused() throws IOException {
        Path in = corpus();
        Cli.Result run = Cli.run("export", in.toString(), "--out", in.resolve("out").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("is inside the input folder");
        assertThat(in.resolve("out")).doesNotExist();
    }

    @Test
    void anInputInsideTheOutputFolderIsRefused() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path in = Cli.write(out, "new/a.txt", Cli.CLEAN).getParent();
        Cli.Result run = Cli.run("fix", in.toString(), "--out", out.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("is inside the output folder");
        assertThat(in.resolve("a.txt")).hasContent(Cli.CLEAN);
    }

    @Test
    void aReportThatTheNextRunWouldReadAsArticlesIsRefused() throws IOException {
        Path in = corpus();
        Cli.Result run = Cli.run("check", in.toString(), "--format", "json", "--output", in.resolve("report.json").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("report.json is inside the input folder", "would read it as articles");
        assertThat(in.resolve("report.json")).doesNotExist();
        Cli.Result sarif = Cli.run("check", in.toString(), "--format", "sarif", "--output",
                in.resolve("report.sarif").toString());
        assertThat(sarif.code()).as("a .sarif file is never read as input").isIn(0, 1);
    }

    @Test
    void gazettesOwnOutputIsNeverReadAsArticles() throws IOException {
        Path in = corpus();
        Path earlier = in.resolve("earlier-run");
        // an output folder that ended up inside the corpus (moved there, or written by another tool's path)
        assertThat(Cli.run("fix", in.toString(), "--out", tmp.resolve("x").toString(), "-q").code()).isZero();
        Files.move(tmp.resolve("x"), earlier);

        Path out = tmp.resolve("out");
        Cli.Result run = Cli.run("export", in.toString(), "--out", out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("Read 2 articles");
        String findings = Files.readString(out.resolve("findings.csv"));
        assertThat(findings).contains("skipped-output", "in/earlier-run");
        assertThat(Files.readString(out.resolve("articles.csv"))).doesNotContain("earlier-run");

        Cli.Result direct = Cli.run("export", earlier.resolve("texts/a.txt").toString(), "--out",
                tmp.resolve("out2").toString());
        assertThat(direct.code()).as("a file inside an output folder is not read either").isEqualTo(2);
        assertThat(direct.err()).contains("no article could be read");
    }

    @Test
    void leftoversOfKilledRunsAreRemovedByTheNextRun() throws IOException {
        Path in = corpus();
        Path out = tmp.resolve("out");
        assertThat(Cli.run("export", in.toString(), "--out", out.toString(), "-q").code()).isZero();
        // what kill -9 leaves: a staging folder (marker written first) and a half-finished commit's old folder
        Path staging = Files.createDirectories(tmp.resolve(".out.gazette-tmp-123456"));
        Files.writeString(staging.resolve(".gazette-output"), "# Written by Gazette.\n");
        Files.writeString(staging.resolve("articles.csv"), "half");
        Path old = Files.createDirectories(tmp.resolve(".out.gazette-old-654321"));
        Files.writeString(old.resolve(".gazette-output"), "# Written by Gazette.\narticles.csv\n");
        Files.writeString(old.resolve("articles.csv"), "old");

        Cli.Result run = Cli.run("export", in.toString(), "--out", out.toString(), "-q");

        assertThat(run.code()).as(run.err()).isZero();
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.contains(".gazette-"))).as("leftovers")
                    .containsOnly(".out.gazette-lock");
        }
    }

    @Test
    void aRunKilledWithSigkillLeavesThePreviousOutputAndTheNextRunClearsItsLeftovers() throws Exception {
        Path in = corpus();
        Path out = tmp.resolve("out");
        assertThat(Cli.run("export", in.toString(), "--out", out.toString(), "-q").code()).isZero();
        Map<String, byte[]> before = snapshot(out);
        Path slow = Files.createDirectories(tmp.resolve("slow"));
        for (int i = 0; i < 40; i++) {
            Cli.write(slow, "s" + i + ".txt", "Title " + i + "\nMarch 3, 2021\n\n"
                    + ("Word" + i + " said the mayor. ").repeat(2_000) + "\n");
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), GazetteCli.class.getName(), "export", in.toString(),
                slow.toString(), "--out", out.toString(), "--threads", "1", "-q")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + 120_000_000_000L;
        boolean staging = false;
        while (!staging && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            try (Stream<Path> s = Files.list(tmp)) {
                staging = s.anyMatch(f -> f.getFileName().toString().startsWith(".out.gazette-tmp-"));
            }
        }
        assertThat(staging).as("the run started writing").isTrue();
        p.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
        p.waitFor();
        assertUnchanged(out, before);

        Cli.Result next = Cli.run("export", in.toString(), "--out", out.toString(), "-q");
        assertThat(next.code()).as(next.err()).isZero();
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".out.gazette-")))
                    .containsOnly(".out.gazette-lock");
        }
    }

    @Test
    void aCommitKilledBetweenItsTwoRenamesIsPutBackByTheNextRun() throws IOException {
        Path in = corpus();
        Path out = tmp.resolve("out");
        assertThat(Cli.run("export", in.toString(), "--out", out.toString(), "-q").code()).isZero();
        Map<String, byte[]> before = snapshot(out);
        Files.move(out, tmp.resolve(".out.gazette-old-777")); // killed after the first rename

        Cli.Result empty = Cli.run("export", Files.createDirectories(tmp.resolve("empty")).toString(), "--out",
                out.toString(), "-q");
        assertThat(empty.code()).isEqualTo(2);
        assertUnchanged(out, before);
    }

    @Test
    void aLeftoverHoldingFilesGazetteDidNotWriteIsKeptWithAWarning() throws IOException {
        Path in = corpus();
        Path out = tmp.resolve("out");
        Path staging = Files.createDirectories(tmp.resolve(".out.gazette-tmp-42"));
        Files.writeString(staging.resolve(".gazette-output"), "# Written by Gazette.\n");
        Files.writeString(staging.resolve(".gazette-kept"), "my-notes.md\n");
        Files.writeString(staging.resolve("my-notes.md"), "keep me");
        Files.writeString(staging.resolve("articles.csv"), "half");

        Cli.Result run = Cli.run("export", in.toString(), "--out", out.toString(), "-q");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("warning: left", ".out.gazette-tmp-42", "my-notes.md");
        assertThat(staging.resolve("my-notes.md")).hasContent("keep me");
        assertThat(staging.resolve("articles.csv")).doesNotExist();
    }

    @Test
    void aSecondRunIntoAFolderBeingWrittenIsRefused() throws Exception {
        Path in = corpus();
        Path out = tmp.resolve("out");
        // another process holds the folder's lock, as a run that is still writing does
        Process holder = LockHolder.start(out);
        try {
            Cli.Result run = Cli.run("export", in.toString(), "--out", out.toString());
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("another Gazette run (process " + holder.pid() + ") is writing");
            assertThat(out).doesNotExist();
        } finally {
            LockHolder.stop(holder);
        }
        Cli.Result after = Cli.run("export", in.toString(), "--out", out.toString(), "-q");
        assertThat(after.code()).as("the lock is given up when its holder ends").isZero();
    }

    @Test
    void aRunThatReadsNoArticleLeavesThePreviousDatasetAsItWas() throws IOException {
        Path in = corpus();
        Path out = tmp.resolve("out");
        assertThat(Cli.run("export", in.toString(), "--out", out.toString(), "-q").code()).isZero();
        Map<String, byte[]> before = snapshot(out);
        Path binaries = tmp.resolve("binaries");
        Files.createDirectories(binaries);
        Files.write(binaries.resolve("x.txt"), new byte[] {0, 1, 2});
        Files.write(binaries.resolve("y.txt"), new byte[0]);

        Cli.Result run = Cli.run("export", binaries.toString(), "--out", out.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no article could be read", "2 inputs rejected: 1 binary-file, 1 empty-file",
                "nothing was written");
        assertUnchanged(out, before);
    }

    @Test
    void negativeOrNonsensicalOptionValuesAreUsageErrorsBeforeAnythingIsRead() throws IOException {
        Path in = corpus();
        Path out = tmp.resolve("out");
        assertThat(Cli.run("export", in.toString(), "--out", out.toString(), "-q").code()).isZero();
        Map<String, byte[]> before = snapshot(out);
        for (String[] bad : List.of(new String[] {"--max-file-size", "-1"}, new String[] {"--max-file-size", "0"},
                new String[] {"--threads", "-2"}, new String[] {"--recurring-min", "0"},
                new String[] {"--input-format", "docx"}, new String[] {"--format", "pdf"})) {
            Cli.Result run = Cli.run("export", in.toString(), "--out", out.toString(), bad[0], bad[1]);
            assertThat(run.code()).as(String.join(" ", bad)).isEqualTo(2);
            assertThat(run.err()).as(String.join(" ", bad)).contains(bad[0]).doesNotContain("Read ");
            assertUnchanged(out, before);
        }
        Cli.Result fix = Cli.run("fix", in.toString(), "--out", tmp.resolve("f").toString(), "--max-file-size", "-1");
        assertThat(fix.code()).isEqualTo(2);
        assertThat(tmp.resolve("f")).doesNotExist();
    }

    @Test
    void fixWritesAnIndexFromArticleIdToFile() throws IOException {
        Path in = tmp.resolve("in");
        Cli.write(in, "a/same.txt", Cli.CLEAN);
        Cli.write(in, "b/SAME.txt", Cli.NO_DATE);
        Path out = tmp.resolve("out");
        Cli.Result run = Cli.run("fix", in.toString(), "--out", out.toString(), "-q");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("texts/index.csv"), StandardCharsets.UTF_8)).isEqualTo(
                "article_id,file,source\n"
                        + "same,texts/same.txt," + in + "/a/same.txt\n"
                        + "SAME,texts/SAME~2.txt," + in + "/b/SAME.txt\n");
        assertThat(Files.readString(out.resolve("texts/SAME~2.txt"))).startsWith("Harbour works");
    }
}
