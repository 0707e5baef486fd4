package dev.gazette.eval.names;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Labelling aid: writes the raw texts of some articles of a labelled set's corpus, read with
 * Gazette's own corpus reader and the set's field options, so that the offsets of the export's
 * mentions index them exactly. One JSON object a line: {@code {"id": ..., "raw": ...}}. The
 * output is corpus text: keep it outside the repository.
 *
 * <p>Arguments: {@code --set DIR --corpora DIR --ids FILE --out FILE} ({@code FILE} of ids, one a line).
 */
public final class ArticleTexts {

    private ArticleTexts() {
    }

    /** Command-line entry point (see the class comment). */
    public static void main(String[] args) throws IOException {
        Path set = null;
        Path corpora = Path.of("../shared/corpora");
        Path ids = null;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--set" -> set = Path.of(args[++i]);
                case "--corpora" -> corpora = Path.of(args[++i]);
                case "--ids" -> ids = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument '" + args[i]
                        + "': use --set DIR --corpora DIR --ids FILE --out FILE");
            }
        }
        if (set == null || ids == null || out == null) {
            throw new IllegalArgumentException("--set DIR, --ids FILE and --out FILE are required");
        }
        LabelledSet labelled = LabelledSet.read(set);
        Set<String> wanted = new LinkedHashSet<>();
        for (String line : Files.readAllLines(ids, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                wanted.add(line.strip());
            }
        }
        Map<String, String> texts = NamesEvaluation.texts(corpora.resolve(labelled.setting("input")),
                labelled.settings().getProperty("args", ""), wanted);
        ObjectMapper json = new ObjectMapper();
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String id : wanted) {
                String raw = texts.get(id);
                if (raw == null) {
                    throw new IOException(ids + ": article '" + id + "' is not in " + labelled.setting("input"));
                }
                ObjectNode o = json.createObjectNode();
                o.put("id", id);
                o.put("raw", raw);
                w.write(json.writeValueAsString(o));
                w.write('\n');
            }
        }
    }
}
