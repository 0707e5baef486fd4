package dev.gazette.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.analysis.names.MentionExtractor.Candidate;
import dev.gazette.analysis.text.TextUnit;
import dev.gazette.model.Paragraph;
import dev.gazette.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which words of a sentence the extractor takes for a name, and what it keeps beside it. */
class MentionExtractorTest {

    private final MentionExtractor extractor = new MentionExtractor(Lexicon.standard());

    private List<Candidate> extract(String text) {
        List<Candidate> out = new ArrayList<>();
        extractor.extract(0, unit(text), out);
        return out;
    }

    /** The surfaces of the candidates the standard lexicon's extractor finds in {@code text}, one body paragraph. */
    static List<String> candidateSurfaces(String text) {
        List<Candidate> out = new ArrayList<>();
        new MentionExtractor(Lexicon.standard()).extract(0, unit(text), out);
        return out.stream().map(Candidate::surface).toList();
    }

    /** A body paragraph of {@code text} on one line. */
    static TextUnit unit(String text) {
        return TextUnit.of(new Paragraph(0, text, 1, 0, text.length(), List.of(new Span(0, text.length()))));
    }

    private List<String> surfaces(String text) {
        return extract(text).stream().map(Candidate::surface).toList();
    }

    private Candidate only(String text, String surface) {
        return extract(text).stream().filter(c -> c.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate '" + surface + "' in " + surfaces(text)));
    }

    @Test
    void keepsARegionOfTwoWordsWhole() {
        assertThat(surfaces("Exports to Latin America and to Central America rose, the ministry in Valmora said."))
                .contains("Latin America", "Central America").doesNotContain("America");
    }

    @Test
    void keepsArabicParticlesInsideTheName() {
        assertThat(surfaces("Officials met Abu Bakr al-Baghdadi and Osama bin Laden's aides near Umm Qasr."))
                .contains("Abu Bakr al-Baghdadi", "Osama bin Laden", "Umm Qasr");
        assertThat(surfaces("Prime Minister Mohammed Shia Al Sudani spoke."))
                .containsExactly("Mohammed Shia Al Sudani");
    }

    @Test
    void keepsHyphenatedNamesAndApostropheLookAlikesWhole() {
        assertThat(surfaces("He met Hossein Amir-Abdollahian and leaders of Hashd al-Sha'abi, Hashd al-Sha’abi "
                + "and Hashd al-Shaʿabi on Monday."))
                .contains("Hossein Amir-Abdollahian", "Hashd al-Sha'abi", "Hashd al-Sha’abi", "Hashd al-Shaʿabi");
    }

    @Test
    void cutsThePossessiveButKeepsTheName() {
        Candidate iran = only("Iran’s Supreme National Security Council met.", "Iran");
        assertThat(iran.end()).isEqualTo(4);
        assertThat(surfaces("Iran’s Supreme National Security Council met.")).contains("Supreme National Security Council");
    }

    @Test
    void movesTitlesAndRolesOutOfTheNameIntoTheRole() {
        Candidate p = only("Iranian Foreign Minister Hussein Amir-Abdollahian arrived.", "Hussein Amir-Abdollahian");
        assertThat(p.role()).isEqualTo("Iranian Foreign Minister");
        assertThat(only("said Lieutenant General Qassem Soleimani, the commander", "Qassem Soleimani").role())
                .isEqualTo("Lieutenant General");
        assertThat(only("talks with national security advisor Qassim al-Araji on Monday", "Qassim al-Araji").role())
                .isEqualTo("national security advisor");
    }

    @Test
    void splitsAnOrganisationFromThePersonAfterIt() {
        assertThat(surfaces("the Iraqi Supreme Judicial Council Faiq Zaidan said."))
                .containsExactly("Supreme Judicial Council", "Faiq Zaidan");
        assertThat(surfaces("former Member of the Council of Representatives of Iraq Abu Mahdi al-Muhandis died"))
                .containsExactly("Council of Representatives of Iraq", "Abu Mahdi al-Muhandis");
        assertThat(surfaces("U.S. Treasury Secretary James Baker said.")).containsExactly("U.S. Treasury", "James Baker");
    }

    @Test
    void aCapitalThatOnlyOpensASentenceIsFlaggedAndFunctionWordsAreDropped() {
        List<Candidate> c = extract("During the talks, Tehran agreed. Counterterrorism was discussed. The Iranian side left.");
        assertThat(c).extracting(Candidate::surface).containsExactly("Tehran", "Counterterrorism");
        assertThat(c.get(0).sentenceInitial()).isFalse();
        assertThat(c.get(1).sentenceInitial()).isTrue();
    }

    @Test
    void recognisesAcronymsAndTheirDefinitions() {
        MentionExtractor.Result r = extractor.extract(List.of(
                unit("Fighters of the Popular Mobilization Units (PMU) and the IRGC met the KDP.")));
        assertThat(r.candidates()).extracting(Candidate::surface)
                .containsExactly("Fighters", "Popular Mobilization Units", "PMU", "IRGC", "KDP");
        assertThat(r.candidates().get(0).sentenceInitial()).as("left to the article-level filter").isTrue();
        assertThat(r.candidates().get(2).acronym()).isTrue();
        assertThat(r.definitions()).containsExactly(new MentionExtractor.Definition(2, 1));
    }

    @Test
    void anAcronymMustAbbreviateTheNameBeforeIt() {
        assertThat(MentionExtractor.abbreviates("IRGC", "Islamic Revolution Guards Corps")).isTrue();
        assertThat(MentionExtractor.abbreviates("SNSC", "Supreme National Security Council")).isTrue();
        assertThat(MentionExtractor.abbreviates("AFP", "Ali Larijani")).isFalse();
        assertThat(MentionExtractor.abbreviates("SA", "United States Lines")).isFalse();
    }

    @Test
    void aListOfPlacesWrittenSideBySideIsNoLongFormOfTheAcronymAfterIt() {
        // Schwartz and Hearst's bound: at most min(|A| + 5, 2|A|) words in the long form (invented list of a menu)
        assertThat(MentionExtractor.abbreviates("U.S.", "United States")).isTrue();
        assertThat(MentionExtractor.abbreviates("U.S.",
                "Uruguay Samoa Tanzania Tonga Tunisia Uganda Ukraine Virgin Islands")).isFalse();
        MentionExtractor.Result r = extractor.extract(List.of(unit("Pick a country: Peru Qatar Rwanda Samoa "
                + "United Republic of Tonga Tunisia Ukraine Uruguay Virgin Islands (U.S.) Yemen Zambia")));
        assertThat(r.definitions()).isEmpty();
    }

    @Test
    void typesNamesFromTheirCues() {
        assertThat(only("Foreign Minister Abbas Araghchi said.", "Abbas Araghchi").votes()[0]).isPositive();
        int[] org = only("the Islamic Revolutionary Guard Corps launched strikes.", "Islamic Revolutionary Guard Corps").votes();
        assertThat(org[1]).isGreaterThan(org[0]);
        int[] place = only("a visit to Baghdad last week", "Baghdad").votes();
        assertThat(place[2]).isGreaterThan(place[0]);
    }

    @Test
    void skipsAHeadlineWrittenInTitleCase() {
        assertThat(surfaces("Iran And Iraq Sign New Security Pact In Baghdad")).isEmpty();
        assertThat(surfaces("Iran and Iraq signed a pact in Baghdad.")).containsExactly("Iran", "Iraq", "Baghdad");
    }

    @Test
    void doesNotTakeShoutingContractionsOrDemonymsForNames() {
        // a dateline in capitals that is a place of the gazetteer is the place (WrittenFormTest)
        assertThat(surfaces("NEW YORK, March 3 - We'll see, an Iranian official said.")).containsExactly("NEW YORK");
        assertThat(surfaces("the American-made weapons and anti-Iran groups")).containsExactly("Iran");
    }

    @Test
    void takesTwoNamesJoinedByAnAmpersandAsOneName() {
        assertThat(surfaces("Officials of Ostrell & Valmora met in Dunmere on Monday."))
                .contains("Ostrell & Valmora").doesNotContain("Valmora", "Ostrell");
        // the control: "and" in lower case joins no names
        assertThat(surfaces("Officials of Ostrell and Valmora met in Dunmere on Monday.")).contains("Ostrell", "Valmora");
    }

    @Test
    void aPlaceWithAnOrganisationWordAfterATitleOfEndsThere() {
        // "Managing Director of" a company named by a country and "Air", then the person
        assertThat(surfaces("The contract was signed by Managing Director of Kenya Air Dariush Venkari on Monday."))
                .contains("Kenya Air", "Dariush Venkari").doesNotContain("Kenya", "Air Dariush Venkari");
    }
}
