package dev.gazette.beam.testing;

import dev.gazette.bench.corpus.CorpusGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Generated corpora for the tests: the benchmarks' generator, written as JSON Lines. */
public final class Generated {

    private Generated() {
    }

    /** Writes the first {@code articles} articles of seed {@code seed} to {@code file}. */
    public static Path jsonl(Path file, long seed, int articles) throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new CorpusGenerator(seed, 200).writeJsonLines(w, Long.MAX_VALUE, articles);
        }
        return file;
    }
}
