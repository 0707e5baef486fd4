package dev.gazette.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

    @Test
    void theSameSeedGivesTheSameArticlesAndAnotherSeedOthers() {
        CorpusGenerator a = new CorpusGenerator(7);
        CorpusGenerator b = new CorpusGenerator(7);
        CorpusGenerator c = new CorpusGenerator(8);

        assertThat(a.article(123)).isEqualTo(b.article(123));
        assertThat(a.article(123)).isNotEqualTo(c.article(123));
    }

    @Test
    void articlesHaveRealisticLengthAndCarryTheDefectsGazetteFinds() {
        CorpusGenerator g = new CorpusGenerator(1);
        List<GeneratedArticle> articles = IntStream.range(0, 400).mapToObj(g::article).toList();
        String all = String.join("\n", articles.stream().map(GeneratedArticle::fileText).toList());

        double mean = articles.stream().mapToInt(x -> x.fileText().length()).average().orElse(0);
        assertThat(mean).isBetween(1_500.0, 6_000.0);
        assertThat(all).contains("Share this:").contains("Advertisement").contains("(Ledger Wire) - ");
        assertThat(all).containsPattern("\\b[a-z]{2,}(the|of|and|to|said|market|government)[a-z]*\\b");
        assertThat(all).containsPattern("\u201C[^\u201D\n]*, said");
        assertThat(all).containsPattern("\n {4}\\S.{50,}\n\\S");
        assertThat(all).containsPattern("\n[0-9a-f]{32}\n");
    }

    @Test
    void namesAppearInSeveralVariants() {
        NamePool pool = new NamePool(10, 3);
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        Set<String> forms = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            forms.add(pool.variant(0, r));
        }

        String[] parts = pool.canonical(0).split(" ");
        assertThat(forms).contains(pool.canonical(0), parts[1], parts[0].charAt(0) + ". " + parts[1]);
        assertThat(forms.size()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void surfaceFormsAreDistinctAndAsManyAsAsked() {
        List<String> forms = NamePool.surfaceForms(20_000, 5);

        assertThat(forms).hasSize(20_000).doesNotHaveDuplicates();
    }

    @Test
    void writesValidJsonLinesUpToTheTargetSize() throws IOException {
        StringWriter out = new StringWriter();

        long n = new CorpusGenerator(2).writeJsonLines(out, 50_000, Long.MAX_VALUE);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize((int) n);
        assertThat(out.toString().length()).isBetween(50_000, 70_000);
        ObjectMapper mapper = new ObjectMapper();
        for (String line : lines) {
            JsonNode node = mapper.readTree(line);
            assertThat(node.get("text").asText()).isNotBlank();
            assertThat(node.get("id").asText()).matches("g\\d{8}");
        }
    }

    @Test
    void parsesSizesWithDecimalUnits() {
        assertThat(GenerateCorpus.parseSize("100MB")).isEqualTo(100_000_000L);
        assertThat(GenerateCorpus.parseSize("1gb")).isEqualTo(1_000_000_000L);
        assertThat(GenerateCorpus.parseSize("2048")).isEqualTo(2048L);
    }
}
