package dev.gazette.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.analysis.ArticleMemo;
import dev.gazette.analysis.CorpusKnowledge;
import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.analysis.names.NameAnalyser.Found;
import dev.gazette.analysis.text.ArticleText;
import dev.gazette.model.Article;
import dev.gazette.model.LineIndex;
import dev.gazette.model.io.DocumentReader;
import dev.gazette.model.io.InputFile;
import dev.gazette.model.parse.ArticleParser;
import dev.gazette.model.parse.ParserConfig;
import dev.gazette.model.parse.RecurringLines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The place of an article's dateline, which the parser takes off the first paragraph ("VALMORA, March 3
 * (Wire) --"), is a mention of the place: typed place, with its offsets in the raw text, resolved to the
 * entity of the place as the body copy writes it, and never a name finding. Invented places and text.
 */
class DatelinePlaceTest {

    @TempDir
    Path tmp;

    private final NameAnalyser analyser = new NameAnalyser(
            new NameKeys(Lexicon.standard(), Transliteration.standard()), Map.of());

    private Article parse(String name, String text) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        var doc = new DocumentReader(1 << 20).read(new InputFile(f, name)).document().orElseThrow();
        return new ArticleParser(ParserConfig.defaults()).parse(doc, new RecurringLines(12));
    }

    private List<Found> analyse(Article a) {
        return analyser.analyse(ArticleText.of(a), a.dateline(), a.raw());
    }

    @Test
    void aDatelinePlaceInCapitalsIsAPlaceMentionAtItsRawOffsets() throws Exception {
        Article a = parse("a.txt", "Harbour reopens\n\nVALMORA, March 3 (Wire) -- The harbour of Valmora reopened on "
                + "Monday, officials said.\n");
        assertThat(a.dateline()).isNotNull();
        Found place = analyse(a).get(0);
        assertThat(place.candidate().dateline()).isTrue();
        assertThat(place.surface()).isEqualTo("VALMORA");
        assertThat(a.raw().substring(place.candidate().start(), place.candidate().end())).isEqualTo("VALMORA");
        assertThat(place.root()).isEqualTo("Valmora"); // keyed and counted as the place's name, not an acronym
        assertThat(place.candidate().votes()[2]).isPositive();
        // the clean text keeps the dateline off the paragraph: the paragraph still opens after it
        assertThat(a.paragraphs().get(0).text()).startsWith("The harbour");
    }

    @Test
    void aDatelinePlaceOfSeveralWordsKeepsItsWords() throws Exception {
        Article a = parse("a.txt", "Talks\n\nPORT QUELLIN-SUR, May 9 -- Envoys met in Port Quellin-Sur on Friday.\n");
        Found place = analyse(a).get(0);
        assertThat(place.surface()).isEqualTo("PORT QUELLIN-SUR");
        assertThat(place.root()).isEqualTo("Port Quellin-Sur");
    }

    @Test
    void aHeadingWordThatOpensTheStoryLikeADatelineIsNoPlace() throws Exception {
        // the control: the wire pattern also reads "UPDATE -" as a dateline; an English word is no place
        Article a = parse("a.txt", "Harbour reopens\n\nUPDATE - The harbour of Valmora reopened on Monday.\n");
        assertThat(analyse(a).stream().map(Found::surface)).doesNotContain("UPDATE");
    }

    @Test
    void theDatelinePlaceResolvesToThePlaceOfTheBodyCopyWithoutAFinding() throws Exception {
        Article wire = parse("w.txt", "Harbour reopens\n\nVALMORA, March 3 (Wire) -- The harbour reopened on Monday "
                + "after a week of repairs, the port authority said.\n");
        Article other = parse("o.txt", "Ferries return\n\nFerries returned to Valmora on Tuesday, and traders in "
                + "Valmora said prices fell.\n");
        NameStatistic s = NameAnalysis.statistic(Registry.empty());
        NameStatistic.Acc acc = s.newAccumulator();
        s.accumulate(acc, wire);
        s.accumulate(acc, other);
        Map<CorpusStatistic<?, ?>, Object> results = Map.of(s, s.finish(acc));
        CorpusKnowledge k = CorpusKnowledge.of(new RecurringLines(12), results);
        NameAnalysis analysis = new NameAnalysis(s);
        ArticleNames names = analysis.resolve(wire, LineIndex.of(wire.raw()), k, new ArticleMemo());
        Mention m = names.mentions().get(0);
        assertThat(m.surface()).isEqualTo("VALMORA");
        assertThat(wire.raw().substring(m.start(), m.end())).isEqualTo("VALMORA");
        assertThat(m.type()).isEqualTo(EntityType.PLACE);
        assertThat(m.canonical()).isEqualTo("Valmora");
        ArticleNames body = analysis.resolve(other, LineIndex.of(other.raw()), k, new ArticleMemo());
        assertThat(body.mentions().get(0).entityId()).isEqualTo(m.entityId());
        assertThat(names.spellingVariants()).isEmpty();
    }
}
