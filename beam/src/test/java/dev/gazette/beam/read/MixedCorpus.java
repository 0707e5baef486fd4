package dev.gazette.beam.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * A small corpus of every input kind and most bad inputs, written by the tests: article files
 * (UTF-8, windows-1252, empty, binary), JSON Lines with a bad line and a duplicate id, a JSON
 * array, CSV and TSV (one row short), gzip, a hidden folder and a folder with no article file.
 */
final class MixedCorpus {

    private MixedCorpus() {
    }

    static Path write(Path root) throws IOException {
        Path c = Files.createDirectories(root.resolve("corpus"));
        text(c.resolve("a/one.txt"), "First Title\n\nLONDON, March 3 (Reuters) - Markets rose on Monday.\n"
                + "\nThe central bank said rates would stay where they are.\n");
        Files.createDirectories(c.resolve("a"));
        Files.write(c.resolve("a/latin.txt"), "Caf\u00e9 Title\n\nA caf\u00e9 opened in Paris.\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.write(c.resolve("a/empty.txt"), new byte[0]);
        Files.write(c.resolve("a/binary.txt"), new byte[] {'a', 0, 1, 2, 3});
        text(c.resolve("b/records.jsonl"), "{\"id\": \"r1\", \"title\": \"Oil Prices\", \"date\": \"March 4, 1987\","
                + " \"text\": \"Oil prices fell on Tuesday.\\n\\nTraders said supply was ample.\"}\n"
                + "{not json}\n\n"
                + "{\"id\": \"one\", \"text\": \"A record whose id is taken by a file.\"}\n"
                + "{\"id\": \"r3\", \"text\": \"   \"}\n"
                + "{\"title\": \"No id here\", \"text\": \"The record is named after its file.\"}\n");
        text(c.resolve("b/array.json"), "[{\"id\": \"j1\", \"text\": \"A JSON array record.\"},"
                + " 42, {\"id\": \"j2\", \"headline\": \"no text\"}]");
        text(c.resolve("b/table.csv"), "id,title,text\nc1,Wheat,\"Wheat exports rose, officials said.\"\n"
                + "c2,Short\nc1,Again,The id c1 again.\n");
        text(c.resolve("b/table.tsv"), "id\ttext\nt1\tA tab-separated record.\n");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(c.resolve("b/packed.jsonl.gz")))) {
            out.write("{\"id\": \"g1\", \"text\": \"A gzipped record.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        text(c.resolve(".hidden/skip.txt"), "Hidden\n\nNot read.\n");
        text(c.resolve("notes/readme.md"), "not an article\n");
        Files.createDirectories(root.resolve("empty-folder"));
        text(root.resolve("empty-folder/readme.md"), "nothing to read\n");
        return c;
    }

    private static void text(Path p, String s) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, s, StandardCharsets.UTF_8);
    }
}
