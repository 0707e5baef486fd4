package dev.gazette.bench.jmh;

import dev.gazette.bench.corpus.CorpusGenerator;
import dev.gazette.bench.corpus.GeneratedArticle;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Generated inputs shared by the benchmarks (fixed seed, so every run measures the same text). */
final class Samples {

    static final long SEED = 20_260_101L;

    private Samples() {
    }

    /** {@code n} generated articles as whole text files. */
    static List<String> texts(int n) {
        CorpusGenerator g = new CorpusGenerator(SEED);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            GeneratedArticle a = g.article(i);
            out.add(a.fileText());
        }
        return out;
    }

    /** A temporary JSON Lines corpus of about {@code bytes} characters. */
    static Path jsonl(long bytes) throws IOException {
        Path p = Files.createTempFile("gazette-bench-", ".jsonl");
        p.toFile().deleteOnExit();
        try (BufferedWriter w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
            new CorpusGenerator(SEED).writeJsonLines(w, bytes, Long.MAX_VALUE);
        }
        return p;
    }
}
