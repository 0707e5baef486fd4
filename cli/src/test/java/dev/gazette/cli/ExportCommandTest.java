package dev.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gazette export} on the sample corpus and on bad input. */
class ExportCommandTest {

    private static final Path SEEDS = Path.of("../seeds");

    @TempDir
    Path tmp;

    private static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return p.getRecords();
        }
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

    @Test
    void exportsTheSampleCorpusWithEveryTable() throws IOException {
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("export", SEEDS.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("articles.csv")).exists();
        assertThat(out.resolve("articles.jsonl")).exists();
        assertThat(out.resolve("findings.csv")).exists();
        assertThat(out.resolve("findings.jsonl")).exists();
        assertThat(run.err()).contains("Read 5 articles from 5 inputs", "Wrote ");

        List<CSVRecord> articles = read(out.resolve("articles.csv"));
        assertThat(articles).extracting(r -> r.get("id")).containsExactly("000_edaf1f5bda41234e",
                "001_11574be641c1007b", "002_5bec011eb4161289", "003_4e74a2d79910187a", "004_bf5aab83c46f3e44");
        assertThat(articles.get(0).toMap()).containsKeys("id", "source", "title", "dek", "dateline", "published",
                "publisher", "original_source", "paragraphs", "words", "text");
        assertThat(articles.get(0).get("paragraphs")).isEqualTo("15");
        assertThat(articles.get(2).get("published")).isEqualTo("2023-05-29T20:28");
        assertThat(articles.get(2).get("text")).doesNotContain("Leave a Reply").contains("\n\n");
        assertThat(articles.get(3).get("original_source")).isEqualTo("www.jpost.com");
        assertThat(articles.get(4).get("publisher")).isEqualTo("Mehr News Agency");
        assertThat(articles.get(1).get("source")).isEqualTo("../seeds/001_11574be641c1007b.txt");

        List<CSVRecord> findings = read(out.resolve("findings.csv"));
        assertThat(findings.get(0).toMap()).containsKeys("article_id", "source", "line", "column", "rule",
                "severity", "message", "suggestion");
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("rule")).isEqualTo("missing-title");
            assertThat(f.get("article_id")).isEqualTo("000_edaf1f5bda41234e");
        });
    }

    @Test
    void theSameInputGivesByteIdenticalFiles() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertThat(CliRun.of("export", SEEDS.toString(), "--out", a.toString(), "-q").exitCode()).isZero();
        assertThat(CliRun.of("export", SEEDS.toString(), "--out", b.toString(), "-q").exitCode()).isZero();
        Map<String, byte[]> first = snapshot(a);
        Map<String, byte[]> second = snapshot(b);
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void inputsAreNeverModified() throws IOException {
        Map<String, byte[]> before = snapshot(SEEDS);
        CliRun.of("export", SEEDS.toString(), "--out", tmp.resolve("o").toString(), "-q");
        Map<String, byte[]> after = snapshot(SEEDS);
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((n, b) -> assertThat(after.get(n)).as(n).isEqualTo(b));
    }

    @Test
    void badFilesAreReportedByNameAndTheRestIsExported() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(SEEDS.resolve("001_11574be641c1007b.txt"), corpus.resolve("good.txt"));
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Files.write(corpus.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H'});
        Files.write(corpus.resolve("latin1.txt"),
                "Caf\u00e9 Owners Protest\nThe caf\u00e9 owners of the old town protested on Monday against new taxes.\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        Path locked = corpus.resolve("locked.txt");
        Files.writeString(locked, "Locked Article\nThis text cannot be read by the tool.\n");
        boolean canLock = lock(locked);
        Files.createSymbolicLink(corpus.resolve("dangling.txt"), tmp.resolve("moved-away.txt"));
        Path emptyDir = Files.createDirectories(tmp.resolve("nothing-here"));
        Path out = tmp.resolve("out");

        CliRun run = CliRun.of("export", corpus.toString(), emptyDir.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as("a run with rejected files is not clean").isEqualTo(1);
        assertThat(run.err()).contains("rejected");
        List<CSVRecord> articles = read(out.resolve("articles.csv"));
        assertThat(articles).extracting(r -> r.get("id")).contains("good", "latin1");
        CSVRecord latin = articles.stream().filter(r -> r.get("id").equals("latin1")).findFirst().orElseThrow();
        assertThat(latin.get("title")).isEqualTo("Caf\u00e9 Owners Protest");
        assertThat(latin.get("encoding")).isEqualTo("windows-1252");

        List<CSVRecord> findings = read(out.resolve("findings.csv"));
        assertThat(ruleFor(findings, corpus.resolve("empty.txt"))).containsExactly("empty-file");
        assertThat(ruleFor(findings, corpus.resolve("binary.txt"))).containsExactly("binary-file");
        assertThat(ruleFor(findings, corpus.resolve("latin1.txt"))).contains("encoding");
        assertThat(ruleFor(findings, emptyDir)).containsExactly("no-articles");
        assertThat(ruleFor(findings, corpus.resolve("dangling.txt"))).containsExactly("unreadable-file");
        assertThat(findings).filteredOn(f -> f.get("source").endsWith("dangling.txt")).singleElement()
                .satisfies(f -> assertThat(f.get("message")).contains("broken symbolic link"));
        if (canLock) {
            assertThat(ruleFor(findings, locked)).containsExactly("unreadable-file");
            assertThat(articles).extracting(r -> r.get("id")).doesNotContain("locked");
        }
        assertThat(findings).filteredOn(f -> f.get("rule").equals("binary-file")).singleElement()
                .satisfies(f -> assertThat(f.get("message")).contains("NUL byte"));
    }

    @Test
    void aFolderWithNoArticlesAloneSaysSoAndFails() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        CliRun run = CliRun.of("export", empty.toString(), "--out", tmp.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no article could be read", empty.toString(), "nothing was written");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aMissingInputIsAUsageErrorNamingIt() {
        CliRun run = CliRun.of("export", tmp.resolve("no-such-folder").toString(), "--out", tmp.resolve("o").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no-such-folder", "no such file or folder");
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void refusesToReplaceAFolderItDidNotWrite() throws IOException {
        Path mine = Files.createDirectories(tmp.resolve("important"));
        Files.writeString(mine.resolve("thesis.docx"), "precious");
        CliRun run = CliRun.of("export", SEEDS.toString(), "--out", mine.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("holds thesis.docx that Gazette did not write");
        assertThat(mine.resolve("thesis.docx")).hasContent("precious");
    }

    @Test
    void rerunReplacesThePreviousOutputWhole() throws IOException {
        Path out = tmp.resolve("out");
        assertThat(CliRun.of("export", SEEDS.toString(), "--out", out.toString(), "-q").exitCode()).isZero();
        Path one = Files.createDirectories(tmp.resolve("one"));
        Files.copy(SEEDS.resolve("002_5bec011eb4161289.txt"), one.resolve("only.txt"));
        assertThat(CliRun.of("export", one.toString(), "--out", out.toString(), "-q").exitCode()).isZero();
        assertThat(read(out.resolve("articles.csv"))).extracting(r -> r.get("id")).containsExactly("only");
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("gazette-tmp")
                    || n.contains("gazette-old"));
        }
    }

    private static List<String> ruleFor(List<CSVRecord> findings, Path source) {
        String s = source.toString().replace('\\', '/');
        List<String> rules = new ArrayList<>();
        for (CSVRecord f : findings) {
            if (f.get("source").equals(s)) {
                rules.add(f.get("rule"));
            }
        }
        return rules;
    }

    private static boolean lock(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            return false;
        }
        return !Files.isReadable(file); // root reads anything: then the broken link below stands in
    }
}
