package dev.gazette.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.analysis.names.NameAnalyser.Found;
import dev.gazette.analysis.names.NameAnalyser.Relation;
import dev.gazette.analysis.text.ArticleText;
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

/** In-article coreference: which partial mentions resolve to which full name. */
class NameAnalyserTest {

    @TempDir
    Path tmp;

    private static final NameAnalyser ANALYSER = new NameAnalyser(
            new NameKeys(Lexicon.standard(), Transliteration.standard()), Map.of());

    private List<Found> analyse(String text) throws Exception {
        return analyse(tmp, text);
    }

    /** The mentions the analyser finds in {@code text}, read as an article file in {@code dir} (the names tests share it). */
    static List<Found> analyse(Path dir, String text) throws Exception {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        var doc = new DocumentReader(1 << 20).read(new InputFile(f, "a.txt")).document().orElseThrow();
        return ANALYSER.analyse(ArticleText.of(new ArticleParser(ParserConfig.defaults()).parse(doc, new RecurringLines(12))));
    }

    /** The {@code nth} mention (0-based) written {@code surface}; an assertion error naming every mention if none. */
    static Found find(List<Found> found, String surface, int nth) {
        return found.stream().filter(f -> f.surface().equals(surface)).skip(nth).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + surface + "' in "
                        + found.stream().map(Found::surface).toList()));
    }

    @Test
    void aSurnameOpeningASentenceResolvesToTheFullNameWithoutACue() throws Exception {
        // no title, no given name of the lexicon, no verb of speech: the surname opening a sentence
        // after the full name is the person
        List<Found> f = analyse("Board changes\n\nThe board has named businessman Orvane Quellmark to lead the "
                + "review. Quellmark later withdrew from it.\n");
        assertThat(find(f, "Quellmark", 0).relation()).isEqualTo(Relation.PARTIAL);
        assertThat(find(f, "Quellmark", 0).root()).isEqualTo("Orvane Quellmark");
    }

    @Test
    void anEnglishWordOpeningASentenceIsNoSurname() throws Exception {
        // the control: "Sparrow" is an English word; at a sentence's start it is not taken for the
        // surname of "Orvane Sparrow"
        List<Found> f = analyse("Board changes\n\nThe board has named businessman Orvane Sparrow to lead the "
                + "review. Sparrow nests were found on the roof.\n");
        assertThat(f.stream().map(Found::surface)).doesNotContain("Sparrow");
    }

    @Test
    void aSurnameResolvesToTheOneFullNameOfTheArticle() throws Exception {
        List<Found> f = analyse("Talks in Baghdad\n\nIraqi adviser Qasim al-Araji met the envoy on Monday. "
                + "Al-Araji said the talks were useful, and al-Araji will travel next week.\n");
        assertThat(find(f, "Al-Araji", 0).relation()).isEqualTo(Relation.PARTIAL);
        assertThat(find(f, "Al-Araji", 0).root()).isEqualTo("Qasim al-Araji");
        assertThat(find(f, "al-Araji", 0).root()).isEqualTo("Qasim al-Araji");
    }

    @Test
    void aFullNameWithoutCuesIsAPersonWhenTheArticleWritesItsSurnameAlone() throws Exception {
        // neither "Dasko" nor "Velloway" is a given name of the lexicon, and no title or verb types the full name
        List<Found> f = analyse("Shelter reopens\n\nThe shelter, run by Dasko Velloway, reopened on Monday. "
                + "The beds are full, and Velloway expects more guests next week.\n");
        assertThat(find(f, "Velloway", 0).relation()).isEqualTo(Relation.PARTIAL);
        assertThat(find(f, "Velloway", 0).root()).isEqualTo("Dasko Velloway");
    }

    @Test
    void aPlaceOrAnEnglishWordBeforeTheLastWordIsNoGivenName() throws Exception {
        List<Found> f = analyse("Talks resume\n\nThe clinic of Israel Velloway opened on Monday. "
                + "The beds are full, and Velloway expects more guests next week.\n");
        assertThat(find(f, "Israel Velloway", 0).relation()).isEqualTo(Relation.FULL);
        assertThat(find(f, "Velloway", 0).relation()).isEqualTo(Relation.SINGLE);
    }

    @Test
    void aFullNameWithoutCuesStaysAloneWhenItsLastWordIsNotWrittenAlone() throws Exception {
        List<Found> f = analyse("Shelter reopens\n\nThe shelter, run by Dasko Velloway, reopened on Monday. "
                + "The beds are full, and Mr Brask expects more guests next week.\n");
        assertThat(find(f, "Brask", 0).relation()).isEqualTo(Relation.SINGLE);
    }

    @Test
    void aSurnameSharedByTwoFullNamesStaysUnresolved() throws Exception {
        List<Found> f = analyse("Brothers in power\n\nSpeaker Ali Larijani and judiciary chief Sadegh Larijani "
                + "met on Sunday. Officials said Larijani would speak later.\n");
        assertThat(find(f, "Larijani", 0).relation()).isEqualTo(Relation.AMBIGUOUS);
    }

    @Test
    void aSurnameSpelledDifferentlyFromTheFullNameIsNotResolvedToIt() throws Exception {
        List<Found> f = analyse("Budget talks\n\nWhite House chief of staff Donald Regan met lawmakers. "
                + "President Reagan signed the bill later.\n");
        assertThat(find(f, "Reagan", 0).relation()).isNotEqualTo(Relation.PARTIAL);
    }

    @Test
    void anAcronymResolvesToTheLongFormTheArticleDefines() throws Exception {
        List<Found> f = analyse("Security talks\n\nThe IRGC said on Monday that the Islamic Revolution Guards "
                + "Corps (IRGC) had struck positions in the north.\n");
        assertThat(find(f, "IRGC", 0).root()).isEqualTo("Islamic Revolution Guards Corps");
        assertThat(find(f, "IRGC", 1).root()).isEqualTo("Islamic Revolution Guards Corps");
    }

    @Test
    void aCapitalThatOnlyOpensASentenceIsDroppedUnlessTheArticleUsesItAsAName() throws Exception {
        List<Found> f = analyse("Ministers meet\n\nFaiq Zaidan met the envoy. Zaidan, for his part, thanked him. "
                + "Counterterrorism was also discussed.\n");
        assertThat(f).extracting(Found::surface).contains("Zaidan").doesNotContain("Counterterrorism");
    }

    @Test
    void aFathersNameInsideTheSonsNasabDoesNotResolveToTheSon() throws Exception {
        // the son named in full, then his father by his own nasab, and by the name after "bin"
        List<Found> f = analyse("Appointments\n\nSheikh Sami Tamar Al-Idris Al-Dawud was named prime minister by "
                + "the ruler, Sheikh Tamar Al-Idris Al-Dawud, on Monday. Sami Tamar Al-Idris Al-Dawud thanked him.\n");
        assertThat(find(f, "Tamar Al-Idris Al-Dawud", 0).relation()).isNotEqualTo(Relation.PARTIAL);
        List<Found> g = analyse("Talks\n\nCrown Prince Idris bin Tamar met the envoys on Monday, and King Tamar "
                + "received them later. Tamar said the talks were useful.\n");
        assertThat(find(g, "Tamar", 0).root()).isNotEqualTo("Idris bin Tamar");
    }
}
