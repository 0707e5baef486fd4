package dev.gazette.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.analysis.ArticleMemo;
import dev.gazette.analysis.CorpusKnowledge;
import dev.gazette.analysis.ReferenceData;
import dev.gazette.analysis.pipeline.Analyser;
import dev.gazette.model.Article;
import dev.gazette.model.LineIndex;
import dev.gazette.model.io.RawDocument;
import dev.gazette.model.parse.ArticleParser;
import dev.gazette.model.parse.ParserConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The event extractor as the analysis runs it: over the article's mentions, titles and descriptions. */
class EventExtractorTest {

    private static final Analyser ANALYSER = Analyser.of(new ReferenceData(
            List.of(Path.of("src/test/resources/roles/registry.yaml")), false, List.of()));

    private static final String DATED = "Debt\nWednesday 4 March 1987\n\n";

    private static List<String> events(String text) {
        Article a = new ArticleParser(ParserConfig.defaults())
                .parse(new RawDocument("a", "a.txt", "0", "UTF-8", text, List.of()));
        return ANALYSER.analyse(a, LineIndex.of(a.raw()), CorpusKnowledge.empty(), new ArticleMemo()).events().stream()
                .map(e -> e.type() + " " + e.participants().stream().map(Named::entityId).toList() + " @"
                        + (e.place() == null ? "" : e.place().entityId()) + " " + e.date() + " '" + e.dateExpression() + "'"
                        + (e.placeContext() == null ? "" : " place from '" + e.placeContext() + "'")
                        + (e.dateContext() == null ? "" : " date from '" + e.dateContext() + "'"))
                .toList();
    }

    @Test
    void extractsAMeetingWithItsParticipantsPlaceAndDay() {
        assertThat(events("Talks\nWednesday 4 March 1987\n\nJapanese Finance Minister Kiichi Miyazawa met U.S. Treasury "
                + "Secretary James Baker in Tokyo on Tuesday.\n"))
                .containsExactly("meeting [kiichi-miyazawa, james-baker] @tokyo 1987-03-03 'on Tuesday'");
    }

    @Test
    void leavesOutTheOrganisationOfAParticipantsTitleAndTheSpeaker() {
        assertThat(events("Rates\n\nPaul Volcker, chairman of the Federal Reserve Board, met Kiichi Miyazawa, a Fed "
                + "spokesman said.\n")).containsExactly("meeting [paul-volcker, kiichi-miyazawa] @ null 'null'");
    }

    @Test
    void takesThePlaceOfAVisitAndTheDateOfALaterSentenceAboutTheSameMeeting() {
        assertThat(events("Debt\nWednesday 4 March 1987\n\nBrazilian Finance Minister Dilson Funaro began a visit to "
                + "Tokyo. Funaro met Japanese Finance Minister Kiichi Miyazawa. The meeting, which was held on Tuesday, "
                + "lasted an hour.\n"))
                .containsExactly("visit [dilson-funaro] @tokyo null 'null'",
                        "meeting [dilson-funaro, kiichi-miyazawa] @tokyo 1987-03-03 'on Tuesday' place from 'visit ... Tokyo'"
                                + " date from 'meeting, which was held on Tuesday'");
    }

    @Test
    void resolvesADescriptionThroughTheTitlesOfTheArticle() {
        assertThat(events("Debt\n\nBrazilian Finance Minister Dilson Funaro arrived on Monday. The Brazilian minister "
                + "later met Paul Volcker.\n")).contains("meeting [dilson-funaro, paul-volcker] @ null 'null'");
    }

    @Test
    void givesAMeetingThePlaceOfTheVisitItIsForButNotThePlaceAfterTheCity() {
        assertThat(events("Debt\n\nDilson Funaro visits Tokyo, Japan, to meet Kiichi Miyazawa.\n"))
                .containsExactly("visit [dilson-funaro] @tokyo null 'null'",
                        "meeting [dilson-funaro, kiichi-miyazawa] @tokyo null 'null'");
    }

    @Test
    void leavesOutANameThatQualifiesAWord() {
        assertThat(events("Debt\n\nUnder an IMF-backed plan, Dilson Funaro met Kiichi Miyazawa.\n"))
                .containsExactly("meeting [dilson-funaro, kiichi-miyazawa] @ null 'null'");
    }

    @Test
    void findsNoEventInOtherSensesOfTheTriggers() {
        assertThat(events("Debt\n\nFunaro said Brazil would meet its commitments. Talks are ongoing.\n")).isEmpty();
    }

    @Test
    void leavesOutNamesThatAreNoParties() {
        assertThat(events("Debt\n\nUnder the Plaza Accord, Dilson Funaro met Kiichi Miyazawa.\n"))
                .containsExactly("meeting [dilson-funaro, kiichi-miyazawa] @ null 'null'");
    }

    @Test
    void leavesOutTheSubjectOfTheMainClauseAndNamesInARelativeClause() {
        assertThat(events("Debt\n\nPaul Volcker spoke in Washington as Dilson Funaro was meeting Kiichi Miyazawa.\n"))
                .containsExactly("meeting [dilson-funaro, kiichi-miyazawa] @ null 'null'");
        assertThat(events("Debt\n\nDilson Funaro, who criticised Paul Volcker last year, met Kiichi Miyazawa.\n"))
                .containsExactly("meeting [dilson-funaro, kiichi-miyazawa] @ null 'null'");
    }

    @Test
    void takesTheCountriesThatSendMinistersAndNotTheCountryOfAnEmbassy() {
        assertThat(events("Gulf\n\nThe foreign ministers from Egypt and Jordan met at the Japanese embassy in Rome.\n"))
                .containsExactly("meeting [egypt, jordan] @rome null 'null'");
    }

    @Test
    void readsADelegationArrivingForTalksAsAVisit() {
        assertThat(events("Debt\n\nA delegation led by Dilson Funaro and Kiichi Miyazawa arrives in Rome for talks.\n"))
                .containsExactly("visit [dilson-funaro, kiichi-miyazawa] @rome null 'null'");
    }

    @Test
    void leavesOutANameInTheDescriptionOfTheSpeakerOfAReportedMeeting() {
        assertThat(events("Debt\n\nA spokesman for a group of World Bank employees, who oppose the plan, said he met "
                + "Dilson Funaro.\n")).isEmpty();
        assertThat(events("Debt\n\nKiichi Miyazawa said he met Dilson Funaro.\n"))
                .containsExactly("meeting [kiichi-miyazawa, dilson-funaro] @ null 'null'");
        assertThat(events("Debt\n\nThe World Bank said it signed an agreement with the International Monetary Fund.\n"))
                .containsExactly("signing [world-bank, international-monetary-fund] @ null 'null'");
    }

    @Test
    void leavesOutTheOrganisationOfATitleAfterAnotherCommaSetPhrase() {
        assertThat(events("Debt\n\nThe mission, headed by Paul Volcker, head of the Fund's Brazil division, met "
                + "Dilson Funaro.\n"))
                .containsExactly("meeting [paul-volcker, dilson-funaro] @ null 'null'");
    }

    @Test
    void leavesADateOfAnotherClauseToItsOwnVerb() {
        assertThat(events("Debt\nWednesday 4 March 1987\n\nDilson Funaro changed course on Tuesday after meeting "
                + "Kiichi Miyazawa.\n")).containsExactly("meeting [dilson-funaro, kiichi-miyazawa] @ null 'null'");
        assertThat(events("Debt\nWednesday 4 March 1987\n\nOn Tuesday, after a long flight, Dilson Funaro met "
                + "Kiichi Miyazawa.\n")).containsExactly("meeting [dilson-funaro, kiichi-miyazawa] @ 1987-03-03 'On Tuesday'");
    }

    @Test
    void takesEveryVisitorOfACoordinatedSubjectWithTitles() {
        assertThat(events("Debt\n\nA delegation led by finance minister Dilson Funaro and central bank governor Paul Volcker "
                + "arrives in Rome.\n")).containsExactly("visit [dilson-funaro, paul-volcker] @rome null 'null'");
    }

    @Test
    void leavesOutANameThatIsOnlyATitleOrAWordOfATitlesPortfolio() {
        // the names layer may glue the last portfolio word to the name ("Trade X"); no other word of it takes part
        assertThat(events("Debt\n\nKiichi Miyazawa met the Brazilian Minister of Housing and Urban Development Dilson "
                + "Funaro in Rome.\n")).singleElement().matches(e -> e.startsWith("meeting [kiichi-miyazawa, ")
                && e.endsWith("dilson-funaro] @rome null 'null'") && !e.contains("housing"));
        assertThat(events("Debt\n\nSenior Assistant to the Minister Dilson Funaro met Kiichi Miyazawa in Rome.\n"))
                .containsExactly("meeting [dilson-funaro, kiichi-miyazawa] @rome null 'null'");
    }

    @Test
    void readsVisitingAPersonAsAMeeting() {
        assertThat(events("Debt\n\nDilson Funaro visited the Japanese central bank governor Kiichi Miyazawa in Rome.\n"))
                .containsExactly("meeting [dilson-funaro, kiichi-miyazawa] @rome null 'null'");
    }

    @Test
    void takesThePlaceOfARelativeClauseOfPlaceAndOfAVisitByAPersonToIt() {
        assertThat(events("Debt\n\nBoth banks have offices in Tokyo, where Dilson Funaro met Kiichi Miyazawa.\n"))
                .containsExactly("meeting [dilson-funaro, kiichi-miyazawa] @tokyo null 'null'");
        assertThat(events("Debt\n\nThe accord was reached during a visit by Dilson Funaro to Tokyo, where he met "
                + "Kiichi Miyazawa.\n")).containsExactly("visit [dilson-funaro] @tokyo null 'null'",
                        "meeting [dilson-funaro, kiichi-miyazawa] @tokyo null 'null'");
    }

    @Test
    void endsTheEventsClauseAtAParticipleOrASecondPredicateButNotAtTheListOfAGroup() {
        assertThat(events("Debt\n\nDilson Funaro met Kiichi Miyazawa in Rome, discussing Peru and Chile.\n"))
                .containsExactly("meeting [dilson-funaro, kiichi-miyazawa] @rome null 'null'");
        assertThat(events("Debt\n\nDilson Funaro met Kiichi Miyazawa and discussed a Peru proposal.\n"))
                .containsExactly("meeting [dilson-funaro, kiichi-miyazawa] @ null 'null'");
        assertThat(events("Debt\n\nDilson Funaro met senior Japanese officials, including Kiichi Miyazawa.\n"))
                .containsExactly("meeting [dilson-funaro, kiichi-miyazawa] @ null 'null'");
    }

    @Test
    void keepsTheSpeakerOfAReportedMeetingAfterADateAndAFramingMeeting() {
        assertThat(events("Debt\n\nDilson Funaro announced on Monday that he had met Kiichi Miyazawa.\n"))
                .containsExactly("meeting [dilson-funaro, kiichi-miyazawa] @ null 'null'");
        assertThat(events("Debt\n\nAfter meeting with Kiichi Miyazawa, Dilson Funaro praised ties with Peru and Chile.\n"))
                .containsExactly("meeting [kiichi-miyazawa, dilson-funaro] @ null 'null'");
    }

    @Test
    void leavesOutKinAGroupsQualifierAnUnnamedPeopleAndADocument() {
        assertThat(events("Debt\n\nDilson Funaro met the family of Kiichi Miyazawa.\n")).isEmpty();
        assertThat(events("Debt\n\nA World Bank delegation led by Dilson Funaro held talks with Kiichi Miyazawa.\n"))
                .containsExactly("talks [dilson-funaro, kiichi-miyazawa] @ null 'null'");
        assertThat(events("Debt\n\nDilson Funaro, Kiichi Miyazawa and the Europeans met in Rome.\n"))
                .containsExactly("meeting [dilson-funaro, kiichi-miyazawa] @rome null 'null'");
        assertThat(events("Debt\n\nBrazil and Peru signed a memorandum of understanding (MOU) on trade.\n"))
                .containsExactly("signing [brazil, peru] @ null 'null'");
    }

    @Test
    void findsNoEventInAHopeOrAPossibility() {
        assertThat(events("Debt\n\nDilson Funaro hopes to meet Kiichi Miyazawa.\n")).isEmpty();
        assertThat(events("Debt\n\nDilson Funaro flies to Rome, where he might meet Kiichi Miyazawa.\n"))
                .noneMatch(e -> e.startsWith("meeting"));
    }

    @Test
    void givesAVisitInARelativeClauseNoDateOfTheMainClause() {
        assertThat(events("Debt\nWednesday 4 March 1987\n\nPaul Volcker spoke on Tuesday with Dilson Funaro, who visited "
                + "Tokyo after the vote.\n")).contains("visit [dilson-funaro] @tokyo null 'null'");
    }

    @Test
    void leavesOutTheNewsAgencyToldAndAPlaceAfterAVisitVerb() {
        assertThat(events("Debt\n\nDilson Funaro would hold talks with leaders of three countries, an aide told the "
                + "official World Bank news service.\n")).isEmpty();
        assertThat(events("Debt\n\nDilson Funaro eased rules for traders visiting Peru before holding talks with "
                + "Kiichi Miyazawa in May.\n")).anyMatch(e -> e.startsWith("talks [dilson-funaro, kiichi-miyazawa] "));
    }

    @Test
    void leavesOutAdjectivesOfNationalityAndVisitsByShips() {
        // the names layer may resolve an adjective to its country ("Philippine" to the Philippines, from the corpus)
        String text = "Debt\n\nTalks between Peru and the Philippine government broke off.\n";
        Article a = new ArticleParser(ParserConfig.defaults())
                .parse(new RawDocument("a", "a.txt", "0", "UTF-8", text, List.of()));
        int peru = text.indexOf("Peru");
        int adjective = text.indexOf("Philippine");
        assertThat(EventExtractor.standard().extract(a, List.of(new Named(peru, peru + 4, "peru", "Peru", "place", null, false),
                new Named(adjective, adjective + 10, "philippines", "Philippines", "place", null, false)), null)).isEmpty();
        assertThat(events("Debt\n\nIt was the first visit to Tokyo by the U.S. warships.\n")).isEmpty();
    }

    @Test
    void readsVisitingBeforeAPartyOfTalksAsNoVisitOfItsOwn() {
        assertThat(events(DATED + "Kiichi Miyazawa held talks with visiting Brazilian Finance Minister Dilson Funaro "
                + "on Monday.\n")).containsExactly("talks [kiichi-miyazawa, dilson-funaro] @ 1987-03-02 'on Monday'");
    }

    @Test
    void readsTalksAndAMeetingOfTwoCoordinatedPredicatesAsTwoEvents() {
        assertThat(events("Debt\n\nDilson Funaro held talks with Kiichi Miyazawa, and met with Paul Volcker and "
                + "Yasuhiro Nakasone.\n")).containsExactly("talks [dilson-funaro, kiichi-miyazawa] @ null 'null'",
                        "meeting [dilson-funaro, paul-volcker, yasuhiro-nakasone] @ null 'null'");
    }

    @Test
    void readsPlannedEventsFromACueAfterTheTriggerATemporalClauseAndAModalBeforeTheDate() {
        assertThat(events(DATED + "Paul Volcker referred to the World Bank meeting due on Friday.\n"))
                .containsExactly("meeting [world-bank] @ 1987-03-06 'on Friday'");
        assertThat(events(DATED + "The plan will come up when Dilson Funaro meets Kiichi Miyazawa on Monday.\n"))
                .containsExactly("meeting [dilson-funaro, kiichi-miyazawa] @ 1987-03-09 'on Monday'");
        assertThat(events(DATED + "Dilson Funaro would on Monday tour a steel plant and hold talks with Kiichi "
                + "Miyazawa.\n")).containsExactly("talks [dilson-funaro, kiichi-miyazawa] @ 1987-03-09 'on Monday'");
    }

    @Test
    void takesTheRegionOfACountryVisitedAndThePlaceOfAStayThatFramesTheSentence() {
        assertThat(events("Debt\n\nDilson Funaro visited southwest China's Yunnan Province.\n"))
                .containsExactly("visit [dilson-funaro] @yunnan-province null 'null'");
        assertThat(events("Debt\n\nDuring his stay in Rome, Dilson Funaro held talks with Kiichi Miyazawa.\n"))
                .containsExactly("talks [dilson-funaro, kiichi-miyazawa] @rome null 'null'");
    }

    @Test
    void endsTheParticipantsAtWitnessesAndATopicAndLeavesOutTheQualifierOfADocument() {
        assertThat(events("Debt\n\nThe accord was signed by Dilson Funaro and Kiichi Miyazawa in the presence of Paul "
                + "Volcker.\n")).containsExactly("signing [dilson-funaro, kiichi-miyazawa] @ null 'null'");
        assertThat(events("Debt\n\nDilson Funaro had a telephone discussion with Kiichi Miyazawa over the agenda of "
                + "the World Bank.\n")).containsExactly("phone_call [dilson-funaro, kiichi-miyazawa] @ null 'null'");
        assertThat(events("Debt\n\nBrazil, Peru and Chile signed a World Bank agreement.\n"))
                .containsExactly("signing [brazil, peru, chile] @ null 'null'");
    }

    @Test
    void readsAMeetingNamedAfterABodyAsTheBodysAndAHopeOneDayAsNoEvent() {
        assertThat(events("Debt\n\nDilson Funaro and Kiichi Miyazawa dined after the World Bank meeting.\n"))
                .containsExactly("meeting [world-bank] @ null 'null'");
        // a negation and the verb are no body's meeting
        assertThat(events("Debt\n\nDilson Funaro said there was no need for an emergency World Bank meeting.\n")).isEmpty();
        assertThat(events("Debt\n\nAn aide said the World Bank is meeting tomorrow with another lender.\n")).isEmpty();
        assertThat(events("Debt\n\nDilson Funaro, who hopes one day to visit Tokyo, met Kiichi Miyazawa.\n"))
                .containsExactly("meeting [dilson-funaro, kiichi-miyazawa] @ null 'null'");
    }

    @Test
    void readsAHostReceivingAPersonAndAnAudienceAsMeetingsButNotAThingReceived() {
        assertThat(events("Debt\n\nPresident Dilson Funaro received visiting Finance Minister Kiichi Miyazawa in Tokyo.\n"))
                .containsExactly("meeting [dilson-funaro, kiichi-miyazawa] @tokyo null 'null'");
        assertThat(events("Debt\n\nPresident Dilson Funaro held an audience with Finance Minister Kiichi Miyazawa.\n"))
                .containsExactly("meeting [dilson-funaro, kiichi-miyazawa] @ null 'null'");
        assertThat(events("Debt\n\nPresident Dilson Funaro received a loan from the World Bank.\n")).isEmpty();
        assertThat(events("Debt\n\nPresident Dilson Funaro hosted Kiichi Miyazawa's party for Peru.\n")).isEmpty();
    }

    @Test
    void keepsAHyphenatedGivenNameWholeAsAParticipant() {
        assertThat(events("Debt\n\nSpeaker Lem Tae-un met President Dilson Funaro in Tokyo.\n"))
                .containsExactly("meeting [lem-tae-un, dilson-funaro] @tokyo null 'null'");
    }

    @Test
    void takesThePersonAfterATitleSetOffByACommaAndNotTheTitlesOrganisation() {
        assertThat(events("Debt\n\nDilson Funaro held a meeting with the president of Quellcorp for Latin America, "
                + "Marco Vellani.\n")).containsExactly("meeting [dilson-funaro, marco-vellani] @ null 'null'");
        assertThat(events("Debt\n\nDilson Funaro met the director of the Department of Trade of Quellcorp, Marco Vellani, "
                + "in Tokyo.\n")).containsExactly("meeting [dilson-funaro, marco-vellani] @tokyo null 'null'");
        // a word of a portfolio listed after the comma is no person holding the title
        assertThat(events("Debt\n\nDilson Funaro met the Minister of Commerce, Industry and Energy Kiichi Miyazawa.\n"))
                .noneMatch(e -> e.contains("industry"));
    }

    @Test
    void leavesOutATitleSetAfterAPersonAndTheNameOfTheMeetingItself() {
        // a title written after the person it belongs to, with its portfolio, names no second party
        assertThat(events("Debt\n\nDilson Funaro spoke by phone with Kiichi Miyazawa, Chief Economic Advisor to the "
                + "Prime Minister.\n")).containsExactly("phone_call [dilson-funaro, kiichi-miyazawa] @ null 'null'");
        assertThat(events("Debt\n\nDilson Funaro met Kiichi Miyazawa, State Secretary for Monetary Affairs.\n"))
                .containsExactly("meeting [dilson-funaro, kiichi-miyazawa] @ null 'null'");
        // a plural title and the meeting's own name ("... Ministers' Meeting") are no parties either
        assertThat(events("Debt\n\nDilson Funaro and Kiichi Miyazawa held the third Quellan Finance Ministers' Meeting in "
                + "Tokyo.\n")).containsExactly("meeting [dilson-funaro, kiichi-miyazawa] @tokyo null 'null'");
        // a person written after a title keeps the title's words as part of the name: still a party
        assertThat(events("Debt\n\nDilson Funaro met Secretary of the Treasury James Baker.\n"))
                .containsExactly("meeting [dilson-funaro, james-baker] @ null 'null'");
    }

    @Test
    void takesThePlaceOfAFrameBeforeTheSubjectAsTheEventsPlace() {
        assertThat(events("Debt\n\nWhile in Tokyo, Dilson Funaro met Kiichi Miyazawa.\n"))
                .containsExactly("meeting [dilson-funaro, kiichi-miyazawa] @tokyo null 'null'");
        assertThat(events("Debt\n\nToday in Tokyo, Dilson Funaro met Kiichi Miyazawa.\n"))
                .anyMatch(e -> e.startsWith("meeting [dilson-funaro, kiichi-miyazawa] @tokyo "));
        assertThat(events("Debt\n\nAfter arriving in Tokyo, Dilson Funaro met Kiichi Miyazawa.\n"))
                .contains("meeting [dilson-funaro, kiichi-miyazawa] @tokyo null 'null'");
        assertThat(events("Debt\n\nDilson Funaro, during his three-day visit to Tokyo, held talks with Kiichi Miyazawa.\n"))
                .contains("talks [dilson-funaro, kiichi-miyazawa] @tokyo null 'null'");
        // a place inside another phrase before the subject is not the event's
        assertThat(events("Debt\n\nWorried about the debts owed in Brazil, Dilson Funaro met Kiichi Miyazawa.\n"))
                .containsExactly("meeting [dilson-funaro, kiichi-miyazawa] @ null 'null'");
    }
}
