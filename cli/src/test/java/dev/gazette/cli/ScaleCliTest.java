package dev.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.validate.engine.ProgressListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleCliTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run gazette(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GazetteCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** A mixed corpus: a JSON Lines file with a bad line, a CSV file and a folder of article files. */
    private Path corpus() throws IOException {
        Path c = dir.resolve("corpus");
        Files.createDirectories(c.resolve("texts"));
        StringBuilder jsonl = new StringBuilder();
        String[] desks = {"harbour", "grain", "rail", "power", "textile"};
        for (int i = 1; i <= 240; i++) {
            if (i == 77) {
                jsonl.append("{\"id\": \"w77\", \"text\": \"unterminated\n");
                continue;
            }
            String desk = desks[i % desks.length];
            jsonl.append("{\"meta\": {\"ref\": \"w").append(i).append("\"}, \"headline\": \"Report ").append(i)
                    .append(" from the ").append(desk).append(" desk\", \"published\": \"March ").append(1 + i % 27)
                    .append(", 2021\", \"story\": \"The ").append(desk).append(" board met on day ").append(i)
                    .append(" and said output\\nrose by ").append(i % 9).append(" per cent over the quarter.\\n\\n")
                    .append("Follow us for more\\n\"}\n");
        }
        Files.writeString(c.resolve("wire.jsonl"), jsonl.toString());
        Files.writeString(c.resolve("sheet.csv"), "meta.ref,headline,story,published\n"
                + "c1,Quarterly review,\"A long review of the quarter, with commas.\",\"June 3, 2020\"\n"
                + "c2,Ragged row\n"
                + "c3,Short note,Nothing else happened.,\n");
        for (int i = 0; i < 30; i++) {
            Files.writeString(c.resolve("texts").resolve("t" + i + ".txt"),
                    "Local story " + i + "\n\nMay 5, 2022\n\nCouncil members voted " + i + " times on the\n"
                            + "budget, which remains open.\n\nFollow us for more\n");
        }
        return c;
    }

    private static List<String> files(Path out) throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            List<String> names = new ArrayList<>(s.filter(Files::isRegularFile)
                    .map(p -> out.relativize(p).toString().replace('\\', '/')).toList());
            Collections.sort(names);
            return names;
        }
    }

    @Test
    void exportIsByteIdenticalOnOneThreadAndOnFour() throws IOException {
        Path c = corpus();
        Path one = dir.resolve("one");
        Path four = dir.resolve("four");
        String[] mapping = {"--id-field", "meta.ref", "--title-field", "headline", "--text-field", "story",
            "--date-field", "published"};

        Run a = gazette(concat(new String[] {"export", c.toString(), "-o", one.toString(), "--threads", "1"}, mapping));
        Run b = gazette(concat(new String[] {"export", c.toString(), "-o", four.toString(), "--threads", "4"}, mapping));

        assertThat(a.code()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(b.code()).isEqualTo(a.code());
        assertThat(files(one)).isEqualTo(files(four)).contains("articles.csv", "findings.jsonl");
        for (String name : files(one)) {
            assertThat(Files.readAllBytes(four.resolve(name))).as(name).isEqualTo(Files.readAllBytes(one.resolve(name)));
        }
        String articles = Files.readString(one.resolve("articles.csv"));
        assertThat(articles).contains("w240", "c3", "t29", "c1,corpus/sheet.csv:2#1".substring(0, 3), "Quarterly review");
        assertThat(articles.indexOf("c1")).isLessThan(articles.indexOf("t0,")).isLessThan(articles.indexOf("w1,"));
        assertThat(b.err()).contains("Read 271 articles from 273 inputs (2 rejected: see findings).");
    }

    @Test
    void aMalformedRecordIsAFindingWithFileAndLineAndTheRestIsExported() throws IOException {
        Path c = corpus();
        Path out = dir.resolve("out");

        Run r = gazette("export", c.resolve("wire.jsonl").toString(), "-o", out.toString(), "--id-field", "meta.ref",
                "--text-field", "story", "--title-field", "headline", "--date-field", "published");

        assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
        List<String> findings = Files.readAllLines(out.resolve("findings.csv"), StandardCharsets.UTF_8);
        String all = String.join("\n", findings);
        assertThat(all).contains("," + c.resolve("wire.jsonl").toString().replace('\\', '/') + ":77#77,1,77,")
                .contains("malformed-record,error,").contains("Line 77 is not valid JSON");
        assertThat(Files.readAllLines(out.resolve("articles.csv"))).hasSize(1 + 239);
    }

    @Test
    void aForcedFormatReadsAFileWhateverItsName() throws IOException {
        Path f = dir.resolve("dump.data");
        Files.writeString(f, "id\ttext\nk1\tA tab separated article body.\n");
        Path out = dir.resolve("out");

        Run r = gazette("export", f.toString(), "--input-format", "tsv", "-o", out.toString());

        assertThat(r.err()).doesNotContain("gazette export:");
        assertThat(Files.readString(out.resolve("articles.csv"))).contains("k1,");
    }

    @Test
    void anUnknownInputFormatIsAUsageErrorThatListsTheChoices() {
        Run r = gazette("export", dir.toString(), "--input-format", "xml", "-o", dir.resolve("o").toString());

        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--input-format: unknown format 'xml'; choose auto, text, jsonl, json, csv or tsv");
    }

    @Test
    void noProgressIsDrawnWhenStderrIsNotATerminal() throws IOException {
        Path c = corpus();

        Run r = gazette("export", c.resolve("texts").toString(), "-o", dir.resolve("out").toString());

        assertThat(ProgressBars.forTerminal(false, System.err)).isSameAs(ProgressListener.NONE);
        assertThat(ProgressBars.forTerminal(true, System.err)).isSameAs(ProgressListener.NONE);
        assertThat(r.err()).doesNotContain("1/3 read").doesNotContain("\r");
    }

    @Test
    void theBarShowsEachPassWithArticlesPerSecond() {
        List<String> frames = Collections.synchronizedList(new ArrayList<>());
        ProgressBars bars = new ProgressBars(() -> new DelegatingProgressBarConsumer(frames::add, 120));

        bars.started(ProgressListener.Pass.READ, 5_000_000);
        bars.advanced(2_500_000, 1_234);
        bars.finished();
        bars.started(ProgressListener.Pass.CHECK, 2_000);
        bars.advanced(1_000, 1_000);
        bars.finished();

        String all = String.join("\n", frames);
        assertThat(all).contains("1/3 read").contains("MB").contains("1,234 documents");
        assertThat(all).contains("3/3 check").contains("1000/2000 articles").contains("articles/s");
    }

    @Test
    void fixWritesOneCleanTextPerRecord() throws IOException {
        Path f = dir.resolve("feed.jsonl.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(f))) {
            out.write(("{\"id\": \"n1\", \"title\": \"Dam opens\", \"text\": \"The new dam on the river opened on Monday"
                    + " after years of delay, officials said.\\n\\nWater began to flow at noon.\"}\n"
                    + "{\"id\": \"n2\", \"text\": \"Second story body.\"}\n").getBytes(StandardCharsets.UTF_8));
        }
        Path out = dir.resolve("fixed");

        Run r = gazette("fix", f.toString(), "-o", out.toString());

        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(out.resolve("texts/n1.txt"))).startsWith("Dam opens\n\n")
                .contains("after years of delay, officials said.\n\nWater began to flow at noon.\n");
        assertThat(out.resolve("texts/n2.txt")).exists();
    }

    private static String[] concat(String[] a, String[] b) {
        String[] r = new String[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
