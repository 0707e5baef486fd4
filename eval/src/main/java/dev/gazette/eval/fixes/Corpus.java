package dev.gazette.eval.fixes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One evaluated corpus: its name (used in judgement file names), where it lies under the
 * corpora folder, and the extra command-line options its export needs.
 *
 * @param name the corpus name, e.g. {@code reuters-21578}
 * @param path the input path, relative to the corpora folder
 * @param args extra options for {@code gazette export}, e.g. {@code --id-field attrs.newid}
 */
record Corpus(String name, String path, List<String> args) {

    Corpus {
        args = List.copyOf(args);
    }

    /**
     * Reads a corpora list: one corpus a line, {@code name<TAB>path<TAB>options}, {@code #} comments.
     *
     * @throws IOException when the file cannot be read or a line is malformed (naming file:line)
     */
    static List<Corpus> readList(Path file) throws IOException {
        List<Corpus> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = lines.get(i).split("\t", -1);
            if (f.length < 2 || f[0].isBlank() || f[1].isBlank()) {
                throw new IOException(file + ":" + (i + 1) + ": expected 'name<TAB>path[<TAB>options]', got '"
                        + line + "'");
            }
            List<String> args = f.length > 2 && !f[2].isBlank()
                    ? Arrays.asList(f[2].strip().split("\\s+")) : List.of();
            out.add(new Corpus(f[0].strip(), f[1].strip(), args));
        }
        return out;
    }
}
