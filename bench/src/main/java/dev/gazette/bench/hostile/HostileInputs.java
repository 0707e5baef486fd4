package dev.gazette.bench.hostile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * A fixed matrix of hostile inputs (issue 16): the files that crashed or slowed Gazette, and
 * more of the same kind, with five ordinary articles beside them. Generated, never committed;
 * {@code scale} multiplies the number of the 20 MB files and the size of the floods (1 for the
 * test in the build, more for the benchmark); no file grows past the default
 * {@code --max-file-size}, so every one is read. Each case names the finding it must get; the ordinary articles must come out as if
 * the hostile files were not there.
 */
public final class HostileInputs {

    /**
     * One hostile input: its file (relative to the folder), the rule of the finding it must get
     * ({@code null}: it must only be exported as an article), and what it is.
     */
    public record Case(String file, String rule, String what) {
    }

    /** The folder of the ordinary articles, inside the generated folder. */
    public static final String GOOD = "good";
    /** The folder of the hostile inputs, inside the generated folder. */
    public static final String HOSTILE = "hostile";

    private static final String[] WORDS = ("the council voted to fund harbour works for another three years while"
            + " officials said members agreed that money from the port levy would pay for new roads and schools")
            .split(" ");

    private HostileInputs() {
    }

    /**
     * Writes the matrix under {@code dir} ({@value #GOOD}/ and {@value #HOSTILE}/) and returns
     * the hostile cases in file order.
     *
     * @param scale 1 to 5: the number of copies of the 20 MB inputs, and a factor on the floods
     */
    public static List<Case> write(Path dir, int scale) throws IOException {
        Path good = Files.createDirectories(dir.resolve(GOOD));
        Path bad = Files.createDirectories(dir.resolve(HOSTILE));
        Random random = new Random(16);
        for (int i = 1; i <= 5; i++) {
            Files.writeString(good.resolve("good-" + i + ".txt"), ordinary(random, i), StandardCharsets.UTF_8);
        }
        List<Case> cases = new ArrayList<>();
        for (int copy = 1; copy <= scale; copy++) {
            String n = scale == 1 ? "" : "-" + copy;
            repeat(bad.resolve("word-line" + n + ".txt"), "", "word ", 4L * 1024 * 1024, "\n");
            cases.add(new Case("word-line" + n + ".txt", "article-over-budget", "20 MB on one line of 'word word ...'"));
            repeat(bad.resolve("the-line" + n + ".txt"), "", "the ", 5L * 1024 * 1024, "\n");
            cases.add(new Case("the-line" + n + ".txt", "article-over-budget", "20 MB on one line of 'the the ...'"));
            try (Writer w = writer(bad.resolve("million-lines" + n + ".txt"))) {
                for (int i = 0; i < 1_000_000; i++) {
                    w.write("line " + i + " here\n");
                }
            }
            cases.add(new Case("million-lines" + n + ".txt", "article-over-budget", "1,000,000 short lines"));
        }
        repeat(bad.resolve("the-1mb.txt"), "", "the ", 256L * 1024, "\n");
        cases.add(new Case("the-1mb.txt", "article-over-budget", "1 MB of 'the the ...'"));
        repeat(bad.resolve("the-under-budget.txt"), "Doubled words\n\n", "the ", 240_000, "\n");
        cases.add(new Case("the-under-budget.txt", "over-long-paragraph",
                "960,000 characters of 'the the ...', under the article budget, in one paragraph"));
        repeat(bad.resolve("the-300kb.txt"), "", "the ", 75_000, "\n");
        cases.add(new Case("the-300kb.txt", "over-long-paragraph", "300 KB of 'the the ...' (76,800 findings before)"));
        try (Writer w = writer(bad.resolve("doubled-flood.txt"))) {
            w.write("Doubled words everywhere\nMarch 3, 2021\n\n");
            for (int p = 0; p < 6; p++) {
                w.write("the ".repeat(4_000) + "end.\n\n");
            }
        }
        cases.add(new Case("doubled-flood.txt", "findings-capped", "6 paragraphs of 16,000 characters of 'the the ...'"));
        try (Writer w = writer(bad.resolve("tiny-paragraphs.txt"))) {
            w.write("Tiny paragraphs\nMarch 3, 2021\n\n");
            for (int p = 0; p < 10_000 * scale; p++) {
                w.write("Ab cd.\n\n");
            }
        }
        cases.add(new Case("tiny-paragraphs.txt", null, scale * 10 + ",000 paragraphs of two words"));
        try (Writer w = writer(bad.resolve("names-flood.txt"))) {
            w.write("Names everywhere\nMarch 3, 2021\n\n");
            for (int p = 0; p < 6 * scale; p++) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; b.length() < 19_000; i++) {
                    b.append("Mr Ali Hassan").append((p * 131 + i) % 400).append(" met Omar Khalil")
                            .append((i * 7) % 400).append(" in Gaza. ");
                }
                w.write(b.toString().strip() + "\n\n");
            }
        }
        cases.add(new Case("names-flood.txt", null, 6 * scale + " paragraphs of 19,000 characters of names"));
        try (Writer w = writer(bad.resolve("quotes-flood.txt"))) {
            w.write("Quotes everywhere\nMarch 3, 2021\n\n");
            for (int p = 0; p < 10 * scale; p++) {
                w.write("\"He said ".repeat(2_200) + "\n\n");
            }
        }
        cases.add(new Case("quotes-flood.txt", "findings-capped", 10 * scale + " paragraphs of unclosed quotations"));
        repeat(bad.resolve("title-line.txt"), "", "T", 900_000, "\n\nThe body is short.\n");
        cases.add(new Case("title-line.txt", "over-long-paragraph", "a first line of 900,000 characters"));
        try (Writer w = writer(bad.resolve("junk.txt"))) {
            w.write("Junk\nMarch 3, 2021\n\n");
            String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ .,'\"";
            for (int p = 0; p < 2 * scale; p++) {
                StringBuilder b = new StringBuilder(19_000);
                for (int i = 0; i < 19_000; i++) {
                    b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                w.write(b.toString().strip() + "\n\n");
            }
        }
        cases.add(new Case("junk.txt", "missing-space", 2 * scale + " paragraphs of random letters"));
        try (Writer w = writer(bad.resolve("controls.txt"))) {
            for (int i = 0; i < 10_000; i++) {
                w.write("\u0001\u0002\u001b[31m");
            }
        }
        cases.add(new Case("controls.txt", "binary-file", "control characters"));
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(bad.resolve("bomb.txt.gz")))) {
            byte[] zeros = new byte[1 << 20];
            java.util.Arrays.fill(zeros, (byte) 'a');
            for (int i = 0; i < 40; i++) {
                os.write(zeros);
            }
        }
        cases.add(new Case("bomb.txt.gz", "file-too-large", "40 MB of 'a' in a small gzip file"));
        try (Writer w = writer(bad.resolve("records.jsonl"))) {
            w.write("{\"id\": \"r1\", \"text\": \"A record whose text holds a lone surrogate \\ud800 here.\"}\n");
            w.write("{\"id\": \"r2\", \"x\": " + "[".repeat(5_000) + "]".repeat(5_000) + ", \"text\": \"deep\"}\n");
            w.write("{\"id\": \"r3\", \"text\": \"" + "a".repeat(2_000_000) + "\"}\n");
            w.write("{\"id\": \"r4\", \"n\": " + "9".repeat(5_000) + ", \"text\": \"long number\"}\n");
            w.write("not json at all\n");
            w.write("{\"id\": \"r 6/../x\", \"text\": \"An id with a path in it.\"}\n");
        }
        cases.add(new Case("records.jsonl", "malformed-record", "a deep, a long, a numeric and a broken record"));
        try (Writer w = writer(bad.resolve("unclosed.csv"))) {
            w.write("id,text\nc1,\"an unclosed quote\n");
            for (int i = 0; i < 100_000; i++) {
                w.write("more text that belongs to the quote " + i + "\n");
            }
        }
        cases.add(new Case("unclosed.csv", "malformed-record", "a CSV file with an unclosed quote"));
        return cases;
    }

    /** Which rule each hostile file must get, by file name. */
    public static Map<String, String> expectedRules(List<Case> cases) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Case c : cases) {
            out.put(c.file(), c.rule());
        }
        return out;
    }

    private static String ordinary(Random random, int n) {
        StringBuilder b = new StringBuilder("Harbour plan " + n + " wins council backing\nMarch " + n + ", 2021\n\n");
        for (int p = 0; p < 4; p++) {
            for (int s = 0; s < 5; s++) {
                StringBuilder sentence = new StringBuilder();
                String last = "";
                for (int w = 0; w < 12; w++) {
                    String word = WORDS[random.nextInt(WORDS.length)];
                    if (word.equals(last)) {
                        continue; // no doubled words: an ordinary article
                    }
                    sentence.append(w == 0 ? "" : " ").append(word);
                    last = word;
                }
                sentence.setCharAt(0, Character.toUpperCase(sentence.charAt(0)));
                b.append(sentence).append(s < 4 ? ". " : ".");
            }
            b.append("\n\n");
        }
        b.append("\"We are glad,\" the mayor said on Monday.\n");
        return b.toString();
    }

    private static void repeat(Path file, String head, String unit, long times, String tail) throws IOException {
        try (Writer w = writer(file)) {
            w.write(head);
            String chunk = unit.repeat(1024);
            long left = times;
            for (; left >= 1024; left -= 1024) {
                w.write(chunk);
            }
            w.write(unit.repeat((int) left));
            w.write(tail);
        }
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }
}
