package dev.gazette.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.analysis.ArticleMemo;
import dev.gazette.analysis.CorpusKnowledge;
import dev.gazette.analysis.CorpusStatistic;
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
 * A place's name that is part of a longer name is no mention of the place: a publication, a newsletter or a slogan
 * whose name joins the place to a capitalised common word ("Kenya Today", "Next Kenya", "Kenya First"), which the
 * extractor cuts the run of capitalised words at. Not a calendar word after the place ("in Kenya Monday"), nor a
 * word that opens a sentence before it ("Today Kenya said"), nor a determiner ("The Kenya of old"), nor a capital after
 * an abbreviation's full stop ("the U.S. Have"). Invented
 * sentences; the places are the gazetteer's.
 */
class PlaceInsideLongerNameTest {

    @TempDir
    Path tmp;

    private List<Mention> mentions(String text) throws Exception {
        return mentions(text, Registry.empty());
    }

    private List<Mention> mentions(String text, Registry registry) throws Exception {
        Path f = tmp.resolve("a.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        var doc = new DocumentReader(1 << 20).read(new InputFile(f, "a.txt")).document().orElseThrow();
        Article a = new ArticleParser(ParserConfig.defaults()).parse(doc, new RecurringLines(12));
        NameStatistic s = NameAnalysis.statistic(registry);
        NameStatistic.Acc acc = s.newAccumulator();
        s.accumulate(acc, a);
        Map<CorpusStatistic<?, ?>, Object> results = Map.of(s, s.finish(acc));
        return new NameAnalysis(s).resolve(a, LineIndex.of(a.raw()), CorpusKnowledge.of(new RecurringLines(12), results),
                new ArticleMemo()).mentions();
    }

    private static long count(List<Mention> mentions, String surface) {
        return mentions.stream().filter(m -> m.surface().equals(surface)).count();
    }

    @Test
    void aPlaceBeforeACapitalisedCommonWordNamesAPublicationNotThePlace() throws Exception {
        List<Mention> m = mentions("Harbour talks\n\nThe talks in Kenya went on for a week, officials in Kenya said.\n\n"
                + "A reporter for Kenya Today wrote that the harbour board would meet again.\n");
        assertThat(count(m, "Kenya")).isEqualTo(2);
        assertThat(m).allSatisfy(x -> assertThat(x.start()).isLessThan(70));
    }

    @Test
    void aPlaceAfterACommonWordInTheMiddleOfASentenceNamesANewsletter() throws Exception {
        List<Mention> m = mentions("Harbour talks\n\nThe talks in Kenya went on for a week, officials in Kenya said.\n\n"
                + "According to Next Kenya, a weekly newsletter, the harbour board would meet again.\n");
        assertThat(count(m, "Kenya")).isEqualTo(2);
    }

    @Test
    void aCalendarWordAfterThePlaceOrASentenceOpenerBeforeItLeavesThePlace() throws Exception {
        List<Mention> m = mentions("Harbour talks\n\nThe talks in Kenya went on for a week, officials in Kenya said.\n\n"
                + "The harbour board met in Kenya Monday and agreed on the fees. Today Kenya has more ships than ever.\n");
        assertThat(count(m, "Kenya")).isEqualTo(4);
    }

    @Test
    void aCapitalAfterAnAbbreviationsFullStopLeavesThePlace() throws Exception {
        // the control: copy that capitalises the word after a full stop ("the U.S. Has")
        // (the bundled registry's United States, a place)
        List<Mention> m = mentions("Harbour talks\n\nThe talks in the U.S. went on for a week, officials in the U.S. said."
                + "\n\nExports to the U.S. Have risen since the harbour board met.\n",
                Registry.load(dev.gazette.analysis.ReferenceData.defaults()));
        assertThat(count(m, "U.S.")).isEqualTo(3);
    }
}
