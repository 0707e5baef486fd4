package dev.gazette.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusInputsTest {

    @TempDir
    Path dir;

    @Test
    void aFolderContributesArticleAndCorpusFilesOfEveryFormat() throws Exception {
        for (String name : List.of("a.txt", "b.jsonl", "c.csv.gz", "d.json", "notes.md", "e.tsv")) {
            Files.writeString(dir.resolve(name), "x");
        }

        List<String> all = InputScanner.forFormat(null).scan(List.of(dir.toString())).files().stream()
                .map(f -> f.path().getFileName().toString()).toList();
        List<String> jsonl = InputScanner.forFormat(InputFormat.JSONL).scan(List.of(dir.toString())).files().stream()
                .map(f -> f.path().getFileName().toString()).toList();

        assertThat(all).containsExactly("a.txt", "b.jsonl", "c.csv.gz", "d.json", "e.tsv");
        assertThat(jsonl).containsExactly("b.jsonl");
    }

    @Test
    void symbolicLinksToFoldersAreFollowed() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared/wire"));
        Files.writeString(shared.resolve("a.txt"), "x");
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("own.txt"), "x");
        Files.createSymbolicLink(corpus.resolve("wire"), shared);
        Path linkedCorpus = Files.createSymbolicLink(dir.resolve("linked-corpus"), corpus);

        List<String> sources = new InputScanner().scan(List.of(linkedCorpus.toString())).files().stream()
                .map(InputFile::source).toList();

        assertThat(sources).containsExactly(linkedCorpus + "/own.txt", linkedCorpus + "/wire/a.txt");
    }

    @Test
    void aLinkBackUpTheTreeIsReportedAsALoop() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus/sub"));
        Files.writeString(corpus.resolve("a.txt"), "x");
        Files.createSymbolicLink(corpus.resolve("up"), dir.resolve("corpus"));

        assertThatThrownBy(() -> new InputScanner().scan(List.of(dir.resolve("corpus").toString())))
                .isInstanceOf(InputException.class).hasMessageContaining("sub/up is a link back to a folder above it");
    }

    @Test
    void anEmptyFolderNoteNamesThePatternsSearched() throws Exception {
        var scan = InputScanner.forFormat(InputFormat.CSV).scan(List.of(dir.toString()));

        assertThat(scan.notes()).singleElement().satisfies(n ->
                assertThat(n.message()).isEqualTo("Folder holds no article files (*.csv, optionally .gz)"));
    }

    @Test
    void readsAGzipCompressedArticleFile() throws IOException {
        Path f = dir.resolve("story.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write("Headline\n\nBody text.\n".getBytes(StandardCharsets.UTF_8));
        }

        ReadResult r = new DocumentReader().read(new InputFile(f, "story.txt.gz"));

        assertThat(r.document()).hasValueSatisfying(d -> {
            assertThat(d.id()).isEqualTo("story");
            assertThat(d.text()).isEqualTo("Headline\n\nBody text.\n");
        });
    }

    @Test
    void rejectsATruncatedGzipFile() throws IOException {
        Path f = dir.resolve("cut.txt.gz");
        Files.write(f, new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0});

        ReadResult r = new DocumentReader().read(new InputFile(f, "cut.txt.gz"));

        assertThat(r.rejection()).hasValueSatisfying(x -> {
            assertThat(x.ruleId()).isEqualTo("unreadable-file");
            assertThat(x.message()).contains("not a complete gzip file");
        });
    }
}
