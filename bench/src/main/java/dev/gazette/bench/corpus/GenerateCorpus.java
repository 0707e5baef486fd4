package dev.gazette.bench.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Command line of the generator:
 * {@code GenerateCorpus --size 100MB --out corpus.jsonl[.gz] [--seed 1]} writes JSON Lines;
 * {@code GenerateCorpus --articles 500 --out folder --format txt} writes one text file per article.
 */
public final class GenerateCorpus {

    private GenerateCorpus() {
    }

    public static void main(String[] args) throws IOException {
        long size = Long.MAX_VALUE;
        long articles = Long.MAX_VALUE;
        long seed = 1;
        Path out = null;
        String format = "jsonl";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--size" -> size = parseSize(args[++i]);
                case "--articles" -> articles = Long.parseLong(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--format" -> format = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; use --size 100MB|--articles N --out PATH [--format jsonl|txt] [--seed N]");
            }
        }
        if (out == null || (size == Long.MAX_VALUE && articles == Long.MAX_VALUE)) {
            throw new IllegalArgumentException("give --out and --size or --articles");
        }
        CorpusGenerator g = new CorpusGenerator(seed);
        long n;
        if (format.equals("txt")) {
            Files.createDirectories(out);
            long bytes = 0;
            n = 0;
            while (n < articles && bytes < size) {
                GeneratedArticle a = g.article(n++);
                String text = a.fileText();
                Files.writeString(out.resolve(a.id() + ".txt"), text, StandardCharsets.UTF_8);
                bytes += text.length();
            }
        } else {
            OutputStream raw = Files.newOutputStream(out);
            if (out.getFileName().toString().endsWith(".gz")) {
                raw = new GZIPOutputStream(raw, 1 << 16);
            }
            try (Writer w = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16)) {
                n = g.writeJsonLines(w, size, articles);
            }
        }
        System.err.printf(Locale.ROOT, "wrote %,d articles to %s (%,d bytes on disk)%n", n, out,
                Files.isDirectory(out) ? -1 : Files.size(out));
    }

    /** {@code 100MB}, {@code 1GB}, {@code 512KB} or a number of bytes (decimal units). */
    static long parseSize(String s) {
        String t = s.strip().toUpperCase(Locale.ROOT);
        long unit = 1;
        if (t.endsWith("GB")) {
            unit = 1_000_000_000L;
        } else if (t.endsWith("MB")) {
            unit = 1_000_000L;
        } else if (t.endsWith("KB")) {
            unit = 1_000L;
        }
        String digits = unit == 1 ? t : t.substring(0, t.length() - 2);
        return Math.round(Double.parseDouble(digits) * unit);
    }
}
