package dev.gazette.analysis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.analysis.ArticleMemo;
import dev.gazette.analysis.CorpusKnowledge;
import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.analysis.ReferenceData;
import dev.gazette.analysis.text.ArticleText;
import dev.gazette.analysis.text.TextUnit;
import dev.gazette.analysis.text.Tokens;
import dev.gazette.model.Article;
import dev.gazette.model.LineIndex;
import dev.gazette.model.io.RawDocument;
import dev.gazette.model.parse.ArticleParser;
import dev.gazette.model.parse.ParserConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One tokenisation per unit: the corpus statistics (names, vocabulary, roles) and the per-article
 * step (names, quotations, titles) read the same units of the article's text, kept in its memo, and
 * no one tokenises them again (that no class outside the text package calls the tokeniser is
 * checked by the cli module's {@code ArchitectureTest}).
 */
class SharedTokensTest {

    private static final Analyser ANALYSER = Analyser.of(new ReferenceData(
            List.of(Path.of("src/test/resources/roles/registry.yaml")), false, List.of()));

    private static <A> void accumulate(CorpusStatistic<A, ?> s, Article article, ArticleMemo memo) {
        s.accumulate(s.newAccumulator(), article, memo);
    }

    @Test
    void theStatisticsAndTheArticleStepShareTheUnitsAndTheirTokens() {
        Article a = new ArticleParser(ParserConfig.defaults()).parse(new RawDocument("a", "a.txt", "0", "UTF-8",
                "Talks in Baghdad\n\nIraqi adviser Qasim al-Araji met the U.S. envoy on Monday. Al-Araji's aides "
                        + "said: \u201CWe'll meet again.\u201D\n\nThe Damascus-based group welcomed the talks.\n",
                List.of()));
        ArticleMemo memo = new ArticleMemo();
        ArticleText text = ArticleText.of(a, memo);
        List<Tokens> before = new ArrayList<>();
        for (TextUnit u : text.units(true)) {
            before.add(u.tokens());
        }

        for (CorpusStatistic<?, ?> s : ANALYSER.statistics()) {
            accumulate(s, a, memo);
        }
        ArticleAnalysis analysis = ANALYSER.analyse(a, LineIndex.of(a.raw()), CorpusKnowledge.empty(), memo);
        assertThat(analysis.names().mentions()).extracting(m -> m.surface()).contains("Qasim al-Araji");
        assertThat(analysis.quotations()).extracting(q -> q.quote().speaker()).containsExactly("Al-Araji's aides");
        assertThat(analysis.titles()).extracting(t -> t.written()).contains("Iraqi adviser");

        assertThat(analysis.text()).isSameAs(text);
        assertThat(ArticleText.of(a, memo)).isSameAs(text);
        List<TextUnit> units = text.units(true);
        for (int i = 0; i < units.size(); i++) {
            assertThat(units.get(i).tokens()).as("unit %d is tokenised once", i).isSameAs(before.get(i));
        }
    }

    @Test
    void aUnitsWordsComeFromItsTokens() {
        Article a = new ArticleParser(ParserConfig.defaults()).parse(new RawDocument("a", "a.txt", "0", "UTF-8",
                "Title\n\nIran's U.S.-based envoy, O\u2019Brien, said so.\n", List.of()));
        TextUnit u = ArticleText.of(a).units(false).get(0);
        List<String> words = new ArrayList<>();
        u.forEachWord((s, e) -> words.add(u.text().substring(s, e)));
        assertThat(words).containsExactly("Iran", "s", "U", "S", "based", "envoy", "O", "Brien", "said", "so");
        assertThat(u.tokens().wordCount()).isEqualTo(words.size());
        assertThat(u.tokens()).isSameAs(u.tokens());
    }
}
