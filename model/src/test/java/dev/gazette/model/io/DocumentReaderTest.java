package dev.gazette.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.model.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {

    private final DocumentReader reader = new DocumentReader();

    @TempDir
    Path tmp;

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void utf8WithByteOrderMarkLosesTheMarkOnly() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "Titl\u00e9\nBody.".getBytes(StandardCharsets.UTF_8));
        RawDocument d = reader.decode("a", "a.txt", bytes).document().orElseThrow();
        assertThat(d.text()).isEqualTo("Titl\u00e9\nBody.");
        assertThat(d.encoding()).isEqualTo("UTF-8");
        assertThat(d.notes()).isEmpty();
        assertThat(d.sha256()).isEqualTo(DocumentReader.sha256(bytes)).hasSize(64);
    }

    @Test
    void utf16WithByteOrderMarkIsDecodedWithANote() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Caf\u00e9 news\n".getBytes(StandardCharsets.UTF_16LE));
        RawDocument d = reader.decode("a", "a.txt", bytes).document().orElseThrow();
        assertThat(d.text()).isEqualTo("Caf\u00e9 news\n");
        assertThat(d.notes()).extracting(Finding::ruleId).containsExactly("encoding");
    }

    @Test
    void latin1IsDecodedAndTheFirstBadByteIsNamed() {
        byte[] bytes = "Line one\nNa\u00efve caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        RawDocument d = reader.decode("a", "a.txt", bytes).document().orElseThrow();
        assertThat(d.text()).isEqualTo("Line one\nNa\u00efve caf\u00e9\n");
        assertThat(d.encoding()).isEqualTo("windows-1252");
        assertThat(d.notes()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("encoding");
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.message()).contains("0xEF", "byte offset 11", "windows-1252");
        });
    }

    @Test
    void windows1252SmartQuotesAreDecodedAsQuotes() {
        byte[] bytes = {'S', 'a', 'i', 'd', ' ', (byte) 0x93, 'y', 'e', 's', (byte) 0x94};
        assertThat(reader.decode("a", "a.txt", bytes).document().orElseThrow().text()).isEqualTo("Said \u201cyes\u201d");
    }

    @Test
    void binaryEmptyAndWhitespaceOnlyAreRejected() {
        assertThat(reader.decode("a", "a.txt", new byte[] {'G', 'I', 'F', 0, 1}).rejection())
                .get().extracting(Finding::ruleId).isEqualTo("binary-file");
        assertThat(reader.decode("a", "a.txt", new byte[0]).rejection()).get().extracting(Finding::ruleId)
                .isEqualTo("empty-file");
        assertThat(reader.decode("a", "a.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8)).rejection()).get()
                .extracting(Finding::message).asString().contains("only whitespace");
    }

    @Test
    void aFileOverTheLimitIsRejectedBeforeItIsRead() throws IOException {
        Path big = tmp.resolve("big.txt");
        Files.write(big, new byte[2048]);
        ReadResult r = new DocumentReader(1024).read(new InputFile(big, "big.txt"));
        assertThat(r.rejection()).get().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("file-too-large");
            assertThat(f.message()).contains("2048 bytes", "1024");
            assertThat(f.source()).isEqualTo("big.txt");
        });
    }

    @Test
    void scannerFindsTxtFilesRecursivelyInPathOrderAndSkipsHiddenOnes() throws Exception {
        Files.createDirectories(tmp.resolve("b/.git"));
        Files.writeString(tmp.resolve("b/2.txt"), "x");
        Files.writeString(tmp.resolve("b/.git/3.txt"), "x");
        Files.writeString(tmp.resolve("1.TXT"), "x");
        Files.writeString(tmp.resolve("notes.md"), "x");
        InputScanner.Scan scan = new InputScanner().scan(java.util.List.of(tmp.toString()));
        assertThat(scan.files()).extracting(InputFile::source)
                .containsExactly(tmp + "/1.TXT", tmp + "/b/2.txt");
        assertThat(scan.files()).extracting(InputFile::id).containsExactly("1", "2");
    }
}
