package dev.gazette.export.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gazette.analysis.ReferenceData;
import dev.gazette.analysis.names.NameAnalysis;
import dev.gazette.analysis.pipeline.Analyser;
import dev.gazette.analysis.quotes.QuoteExtractor;
import dev.gazette.export.format.DatasetFormat;
import dev.gazette.validate.engine.Engine;
import dev.gazette.validate.engine.EngineOptions;
import dev.gazette.validate.rules.Rules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetExporterTest {

    @TempDir
    Path tmp;

    @Test
    void formatsAreParsedFromAListAndAnUnknownOneIsNamed() {
        assertThat(DatasetFormats.parseList("xlsx, CSV,jsonl,csv")).extracting(DatasetFormat::name)
                .containsExactly("csv", "jsonl", "xlsx");
        assertThatThrownBy(() -> DatasetFormats.parseList("csv,parquet"))
                .hasMessage("unknown format 'parquet'; choose from " + DatasetFormats.names());
        assertThatThrownBy(() -> DatasetFormats.parseList(" , ")).hasMessageContaining("no format given");
    }

    @Test
    void eachFormatWritesOnlyItsOwnFiles() throws IOException {
        Path out = tmp.resolve("xlsx-only");
        TestCorpus.export(out, DatasetExporter.Options.defaults().withFormats(DatasetFormats.parseList("xlsx")));
        assertThat(DeterminismAndSafetyTest.files(out).keySet()).containsExactly(".gazette-output", "dataset.xlsx");
        Path jsonl = tmp.resolve("jsonl-only");
        TestCorpus.export(jsonl, DatasetExporter.Options.defaults().withFormats(DatasetFormats.parseList("jsonl")));
        assertThat(DeterminismAndSafetyTest.files(jsonl).keySet()).allMatch(n -> n.endsWith(".jsonl")
                || n.startsWith("schemas/") || n.equals(".gazette-output"));
    }

    @Test
    void aCellLongerThanASpreadsheetHoldsIsReportedAndKeptWholeInCsv() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("long"));
        String paragraph = "This sentence pads a very long article about nothing in particular. ";
        Files.writeString(corpus.resolve("long-read.txt"), "A Very Long Read\n\n"
                + (paragraph.repeat(60) + "\n\n").repeat(10), StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        List<String> warnings = TestCorpus.export(corpus, out, DatasetExporter.Options.defaults()
                .withFormats(DatasetFormats.parseList("csv,jsonl,xlsx")));
        assertThat(warnings).anyMatch(w -> w.startsWith("articles.text: 1 CSV cell longer than 32767 characters"))
                .anyMatch(w -> w.startsWith("articles.text: 1 cell longer than 32767 characters cut to that length"));
        JsonNode record = TestCorpus.jsonl(out.resolve("articles.jsonl")).get(0);
        assertThat(record.get("text").asText().length()).isGreaterThan(40_000);
        assertThat(Files.readString(out.resolve("articles.csv"))).contains(record.get("text").asText());
    }

    @Test
    void aSpeakerResolverFillsTheSpeakersEntityId() throws IOException {
        Path out = tmp.resolve("resolved");
        Analyser analyser = new Analyser(NameAnalysis.of(ReferenceData.defaults()), QuoteExtractor.standard(),
                (mentions, quote) -> quote.speaker().equals("Reza Tabrizi") ? Optional.of("person-0042")
                        : Optional.empty());
        EngineOptions options = EngineOptions.builder().products(true).build();
        Engine engine = new Engine(options, analyser, Rules.all(analyser, options.referenceData()));
        TestCorpus.export(TestCorpus.CORPUS, out, DatasetExporter.Options.defaults(), engine);
        List<JsonNode> quotes = TestCorpus.jsonl(out.resolve("quotes.jsonl"));
        assertThat(quotes).filteredOn(q -> "Reza Tabrizi".equals(q.get("speaker").asText()))
                .isNotEmpty().allMatch(q -> q.get("speaker_entity_id").asText().equals("person-0042"));
        assertThat(quotes).filteredOn(q -> !"Reza Tabrizi".equals(q.get("speaker").asText()))
                .allMatch(q -> q.get("speaker_entity_id").isNull());
    }

    @Test
    void quoteRowsPointAtTheirQuotationInTheRawText() throws IOException {
        Path out = tmp.resolve("out");
        TestCorpus.export(out, DatasetExporter.Options.defaults());
        List<JsonNode> articles = TestCorpus.jsonl(out.resolve("articles.jsonl"));
        int total = 0;
        for (JsonNode q : TestCorpus.jsonl(out.resolve("quotes.jsonl"))) {
            JsonNode a = articles.stream().filter(x -> x.get("id").equals(q.get("article_id"))).findFirst().orElseThrow();
            String raw = a.get("raw").asText();
            String span = raw.substring(q.get("start").asInt(), q.get("end").asInt());
            assertThat(span.replaceAll("\\s+", " ")).as("quote %s", q).contains(q.get("quote").asText());
            String[] lines = raw.split("\n", -1);
            assertThat(lines[q.get("line").asInt() - 1].substring(q.get("column").asInt() - 1)).startsWith(span.lines()
                    .findFirst().orElse(""));
            total++;
        }
        assertThat(articles).allMatch(a -> a.get("quotes").asInt() >= 0);
        assertThat(articles.stream().mapToInt(a -> a.get("quotes").asInt()).sum()).isEqualTo(total);
    }
}
