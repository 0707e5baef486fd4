package dev.gazette.bench.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the generator's word lists: one entry a line, {@code #} comments and blank lines skipped. */
final class ResourceLists {

    private ResourceLists() {
    }

    static List<String> load(String name) {
        try (InputStream in = ResourceLists.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing generator resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
