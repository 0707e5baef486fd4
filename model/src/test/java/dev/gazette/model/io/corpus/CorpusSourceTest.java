package dev.gazette.model.io.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.model.Finding;
import dev.gazette.model.io.DocumentSource;
import dev.gazette.model.io.InputFile;
import dev.gazette.model.io.InputFormat;
import dev.gazette.model.io.PendingDocument;
import dev.gazette.model.io.RawDocument;
import dev.gazette.model.io.ReadResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusSourceTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private List<ReadResult> readAll(DocumentSource source) {
        List<ReadResult> out = new ArrayList<>();
        try (DocumentSource.Pass pass = source.open()) {
            for (PendingDocument d = pass.next(); d != null; d = pass.next()) {
                out.add(d.read());
            }
        }
        return out;
    }

    private List<ReadResult> read(Path file, FieldMapping mapping) {
        return readAll(CorpusSource.builder(List.of(new InputFile(file, file.getFileName().toString())))
                .mapping(mapping).build());
    }

    private static RawDocument doc(ReadResult r) {
        assertThat(r.rejection()).as("rejection").isEmpty();
        return r.document().orElseThrow();
    }

    private static Finding rejection(ReadResult r) {
        assertThat(r.document()).as("document").isEmpty();
        return r.rejection().orElseThrow();
    }

    @Test
    void composesTitleDateAndBodyOfAJsonLinesRecordWithANestedId() throws IOException {
        Path f = write("wire.jsonl", """
                {"attrs": {"newid": "77"}, "headline": "Port strike  ends", "when": "3-MAR-1987 10:00:00.00", "story": "Dockers went back to work.\\n    Talks resume on Monday."}
                """);

        List<ReadResult> rs = read(f, new FieldMapping("attrs.newid", "headline", "story", "when"));

        assertThat(rs).hasSize(1);
        RawDocument d = doc(rs.get(0));
        assertThat(d.id()).isEqualTo("77");
        assertThat(d.source()).isEqualTo("wire.jsonl:1#1");
        assertThat(d.text()).isEqualTo("Port strike ends\n\n3-MAR-1987 10:00:00.00\n\n"
                + "Dockers went back to work.\n    Talks resume on Monday.\n");
        assertThat(d.sha256()).hasSize(64);
        assertThat(d.titleLine()).as("the title field is line 1 of the composed text").isEqualTo(1);
    }

    @Test
    void aRecordWithoutATitleHasNoTitleLine() throws IOException {
        Path f = write("plain.jsonl", """
                {"id": "n1", "text": "Video: the council meeting will be streamed online tonight."}
                """);

        RawDocument d = doc(read(f, FieldMapping.defaults()).get(0));

        assertThat(d.text()).startsWith("Video: the council");
        assertThat(d.titleLine()).isZero();
        assertThat(d.withId("n2").titleLine()).isZero();
    }

    @Test
    void reportsABadJsonLineWithFileAndLineAndReadsTheRest() throws IOException {
        Path f = write("c.jsonl", """
                {"id": "a", "text": "First body."}
                {"id": "b", "text": "broken

                {"id": "c", "text": "Third body."}
                """);

        List<ReadResult> rs = read(f, FieldMapping.defaults());

        assertThat(rs).hasSize(3);
        assertThat(doc(rs.get(0)).id()).isEqualTo("a");
        Finding bad = rejection(rs.get(1));
        assertThat(bad.ruleId()).isEqualTo("malformed-record");
        assertThat(bad.source()).isEqualTo("c.jsonl:2#2");
        assertThat(bad.line()).isEqualTo(2);
        assertThat(bad.message()).startsWith("Line 2 is not valid JSON");
        assertThat(doc(rs.get(2)).source()).isEqualTo("c.jsonl:4#3");
    }

    @Test
    void namesARecordWithoutIdAfterItsFileAndPosition() throws IOException {
        Path f = write("feed-7.jsonl", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n");

        List<ReadResult> rs = read(f, FieldMapping.defaults());

        assertThat(rs).extracting(r -> doc(r).id()).containsExactly("feed-7-1", "feed-7-2");
    }

    @Test
    void rejectsARecordWithoutTextFieldAndOneWithEmptyText() throws IOException {
        Path f = write("c.jsonl", "{\"id\": \"x\", \"title\": \"Only a headline\"}\n{\"id\": \"y\", \"text\": \"  \"}\n");

        List<ReadResult> rs = read(f, FieldMapping.defaults());

        assertThat(rejection(rs.get(0)).ruleId()).isEqualTo("malformed-record");
        assertThat(rejection(rs.get(0)).message()).contains("has no text field 'text'");
        assertThat(rejection(rs.get(1)).ruleId()).isEqualTo("empty-record");
        assertThat(rejection(rs.get(1)).articleId()).isEqualTo("y");
    }

    @Test
    void rejectsAFieldHoldingAnObject() throws IOException {
        Path f = write("c.jsonl", "{\"id\": \"x\", \"text\": {\"html\": \"<p>Hi</p>\"}}\n");

        Finding f0 = rejection(read(f, FieldMapping.defaults()).get(0));

        assertThat(f0.message()).contains("field 'text' holds an object, not text");
    }

    @Test
    void joinsAnArrayOfParagraphsWithBlankLines() throws IOException {
        Path f = write("c.jsonl", "{\"id\": \"x\", \"text\": [\"One.\", \"Two.\"]}\n");

        assertThat(doc(read(f, FieldMapping.defaults()).get(0)).text()).isEqualTo("One.\n\nTwo.\n");
    }

    @Test
    void streamsAJsonArrayAndSkipsElementsThatAreNotObjects() throws IOException {
        Path f = write("dump.json", """
                [
                  {"id": 1, "title": "Alpha", "text": "Body one."},
                  "stray string",
                  {
                    "id": 2,
                    "text": "Body two."
                  }
                ]
                """);

        List<ReadResult> rs = read(f, FieldMapping.defaults());

        assertThat(rs).hasSize(3);
        assertThat(doc(rs.get(0)).source()).isEqualTo("dump.json:2#1");
        assertThat(doc(rs.get(0)).text()).isEqualTo("Alpha\n\nBody one.\n");
        Finding stray = rejection(rs.get(1));
        assertThat(stray.line()).isEqualTo(3);
        assertThat(stray.message()).contains("not a JSON object");
        assertThat(doc(rs.get(2)).id()).isEqualTo("2");
        assertThat(doc(rs.get(2)).source()).isEqualTo("dump.json:4#3");
    }

    @Test
    void aJsonSyntaxErrorEndsTheFileButKeepsTheRecordsBeforeIt() throws IOException {
        Path f = write("dump.json", "[{\"id\": \"a\", \"text\": \"Fine.\"},\n {\"id\": \"b\" \"text\": \"x\"},\n"
                + " {\"id\": \"c\", \"text\": \"Never read.\"}]\n");

        List<ReadResult> rs = read(f, FieldMapping.defaults());

        assertThat(rs).hasSize(2);
        assertThat(doc(rs.get(0)).id()).isEqualTo("a");
        Finding error = rejection(rs.get(1));
        assertThat(error.ruleId()).isEqualTo("malformed-record");
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.message()).contains("the rest of the file is skipped");
    }

    @Test
    void readsGzipCompressedJsonLines() throws IOException {
        Path f = dir.resolve("c.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write("{\"id\": \"z\", \"text\": \"Zipped body.\"}\n".getBytes(StandardCharsets.UTF_8));
        }

        List<ReadResult> rs = read(f, FieldMapping.defaults());

        assertThat(doc(rs.get(0)).text()).isEqualTo("Zipped body.\n");
        assertThat(new InputFile(f, "c.jsonl.gz").id()).isEqualTo("c");
    }

    @Test
    void readsCsvWithQuotedMultiLineTextAndReportsARaggedRowByLine() throws IOException {
        Path f = write("c.csv", "id,title,text\n"
                + "a,First,\"Line one\nline two, with a comma\"\n"
                + "b,Second\n"
                + "c,Third,Plain body.\n");

        List<ReadResult> rs = read(f, FieldMapping.defaults());

        assertThat(rs).hasSize(3);
        assertThat(doc(rs.get(0)).text()).isEqualTo("First\n\nLine one\nline two, with a comma\n");
        assertThat(doc(rs.get(0)).source()).isEqualTo("c.csv:2#1");
        Finding ragged = rejection(rs.get(1));
        assertThat(ragged.ruleId()).isEqualTo("malformed-record");
        assertThat(ragged.line()).isEqualTo(4);
        assertThat(ragged.message()).isEqualTo("Row 2 has 2 values, the header has 3; the row is skipped");
        assertThat(doc(rs.get(2)).source()).isEqualTo("c.csv:5#3");
    }

    @Test
    void reportsACsvHeaderWithoutTheTextColumnOnce() throws IOException {
        Path f = write("c.csv", "id,body\na,One\nb,Two\n");

        List<ReadResult> rs = read(f, FieldMapping.defaults());

        assertThat(rs).hasSize(1);
        assertThat(rejection(rs.get(0)).message()).contains("no column 'text'").contains("[id, body]");
    }

    @Test
    void aHeaderWithSeveralEmptyColumnNamesKeepsItsWidth() throws IOException {
        // found by fuzzing: two empty names share one key of the header map, which made the width
        // one short and the text column's index past the end of a full row
        Path f = write("c.csv", "id,,,text\na,x,y,Body with empty columns before it.\nb,x,y\n");

        List<ReadResult> rs = read(f, FieldMapping.defaults());

        assertThat(rs).hasSize(2);
        assertThat(doc(rs.get(0)).text()).isEqualTo("Body with empty columns before it.\n");
        assertThat(rejection(rs.get(1)).message()).isEqualTo("Row 2 has 3 values, the header has 4; the row is skipped");
    }

    @Test
    void readsTabSeparatedValues() throws IOException {
        Path f = write("c.tsv", "id\ttext\nq\tTabbed body.\n");

        assertThat(doc(read(f, FieldMapping.defaults()).get(0)).text()).isEqualTo("Tabbed body.\n");
    }

    @Test
    void everyPassYieldsTheSameDocumentsAndCountsAllBytes() throws IOException {
        Path a = write("a.txt", "Title\n\nBody of a.\n");
        Path b = write("b.jsonl", "{\"id\": \"b1\", \"text\": \"B one.\"}\n{\"id\": \"b2\", \"text\": \"B two.\"}\n");
        CorpusSource source = CorpusSource.builder(List.of(new InputFile(a, "a.txt"), new InputFile(b, "b.jsonl")))
                .build();

        List<String> first = readAll(source).stream().map(r -> doc(r).id()).toList();
        List<String> second = readAll(source).stream().map(r -> doc(r).id()).toList();
        long consumed;
        try (DocumentSource.Pass pass = source.open()) {
            while (pass.next() != null) {
                // drain
            }
            consumed = pass.bytesRead();
        }

        assertThat(first).containsExactly("a", "b1", "b2").isEqualTo(second);
        assertThat(consumed).isEqualTo(source.totalBytes()).isEqualTo(Files.size(a) + Files.size(b));
    }

    @Test
    void aForcedFormatOverridesTheExtension() throws IOException {
        Path f = write("export.dat", "{\"id\": \"k\", \"text\": \"Body.\"}\n");

        List<ReadResult> rs = readAll(CorpusSource.builder(List.of(new InputFile(f, "export.dat")))
                .format(InputFormat.JSONL).build());

        assertThat(doc(rs.get(0)).id()).isEqualTo("k");
        assertThat(InputFormat.detect("export.dat")).isEqualTo(InputFormat.TEXT);
        assertThat(InputFormat.detect("x.ndjson.gz")).isEqualTo(InputFormat.JSONL);
    }
}
