package dev.gazette.eval.fixes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What {@code gazette export} wrote for one corpus, read back from its JSON Lines tables: the
 * articles (raw text, body word count, title, headings, set-aside lines), the findings and the
 * applied changes, as items to sample.
 */
final class ExportedCorpus {

    /** The parts of an article the evaluation reads. */
    record Article(String id, String raw, int words, String title, int titleLine, List<int[]> headings,
                   List<String> headingTexts) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Article> articles;
    private final List<Item> findings;
    private final List<Item> changes;

    private ExportedCorpus(Map<String, Article> articles, List<Item> findings, List<Item> changes) {
        this.articles = articles;
        this.findings = findings;
        this.changes = changes;
    }

    /** Reads {@code articles.jsonl}, {@code findings.jsonl} and {@code changes.jsonl} of an export folder. */
    static ExportedCorpus read(Path folder) throws IOException {
        Map<String, Article> articles = new LinkedHashMap<>();
        lines(folder.resolve("articles.jsonl"), n -> {
            List<int[]> headings = new ArrayList<>();
            List<String> headingTexts = new ArrayList<>();
            for (JsonNode h : n.path("headings")) {
                headings.add(new int[] {h.path("start").asInt(), h.path("end").asInt()});
                headingTexts.add(h.path("text").asText());
            }
            String id = n.path("id").asText();
            articles.put(id, new Article(id, n.path("raw").asText(), n.path("words").asInt(),
                    n.path("title").isNull() ? null : n.path("title").asText(), n.path("title_line").asInt(0),
                    headings, headingTexts));
        });
        List<Item> findings = new ArrayList<>();
        lines(folder.resolve("findings.jsonl"), n -> {
            if (n.path("article_id").isNull() || n.path("line").asInt() == 0) {
                return;
            }
            findings.add(new Item(Item.Kind.FINDING, n.path("article_id").asText(), n.path("rule").asText(),
                    n.path("start").asInt(), n.path("end").asInt(), "", n.path("message").asText(), null));
        });
        List<Item> changes = new ArrayList<>();
        lines(folder.resolve("changes.jsonl"), n -> changes.add(new Item(Item.Kind.CHANGE,
                n.path("article_id").asText(), n.path("rule").asText(), n.path("start").asInt(),
                n.path("end").asInt(), n.path("after").asText(), "", null)));
        return new ExportedCorpus(articles, findings, changes);
    }

    private static void lines(Path file, Consumer<JsonNode> each) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    each.accept(JSON.readTree(line));
                } catch (IOException | UncheckedIOException e) {
                    throw new IOException(file + ":" + number + ": not a JSON record: " + e.getMessage(), e);
                }
            }
        }
    }

    Map<String, Article> articles() {
        return articles;
    }

    Article article(String id) {
        return articles.get(id);
    }

    List<Item> findings() {
        return findings;
    }

    List<Item> changes() {
        return changes;
    }
}
