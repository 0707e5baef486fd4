package dev.gazette.model.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.model.Article;
import dev.gazette.model.Block;
import dev.gazette.model.Paragraph;
import dev.gazette.model.SetAsideLine;
import dev.gazette.model.SetAsideLine.Reason;
import dev.gazette.model.io.DocumentReader;
import dev.gazette.model.io.RawDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser on articles written in several styles, none of them the sample's. */
class ArticleParserTest {

    private static final Path ARTICLES = Path.of("src/test/resources/articles");
    private final ArticleParser parser = new ArticleParser(ParserConfig.defaults());

    static RawDocument doc(Path file) throws IOException {
        String name = file.getFileName().toString();
        return new DocumentReader().decode(name.replaceFirst("\\.txt$", ""), file.toString(), Files.readAllBytes(file))
                .document().orElseThrow();
    }

    private Article parse(String name) throws IOException {
        return parser.parse(doc(ARTICLES.resolve(name)));
    }

    private static List<String> texts(List<Paragraph> ps) {
        return ps.stream().map(Paragraph::text).toList();
    }

    private static List<Reason> reasons(Article a) {
        return a.setAside().stream().map(SetAsideLine::reason).toList();
    }

    @Test
    void wireStoryJoinsIndentedParagraphsAndReadsDatelineAndDate() throws IOException {
        Article a = parse("wire-story.txt");
        assertThat(a.title().text()).isEqualTo("OIL PRICES EDGE HIGHER ON SUPPLY WORRIES");
        assertThat(a.published().iso()).isEqualTo("1987-02-26T15:02:20");
        assertThat(a.dateline().place()).isEqualTo("HOUSTON");
        assertThat(a.dateline().agency()).isEqualTo("Reuters");
        assertThat(a.publisher()).isEqualTo("Reuters");
        assertThat(a.wrapWidth()).isPositive();
        assertThat(texts(a.paragraphs())).containsExactly(
                "Crude oil futures edged higher on Thursday as traders weighed reports of lower output from "
                        + "several producers against a build in U.S. inventories.",
                "April crude settled 14 cts higher at 16.95 dlrs a barrel, while heating oil rose 0.35 cent a gallon.",
                "\"The market is looking for direction,\" said one broker at a New York firm.",
                "Reuter");
    }

    @Test
    void blogPostSetsAsideNavigationWidgetsAndComments() throws IOException {
        Article a = parse("blog-with-comments.txt");
        assertThat(a.title().text()).isEqualTo("Why Our Town Needs a New Library");
        assertThat(a.published().iso()).isEqualTo("2023-03-19");
        assertThat(a.published().text()).isEqualTo("Posted on March 19, 2023");
        assertThat(a.headings()).extracting(Block::text).containsExactly("What Happens Next");
        assertThat(a.paragraphs()).hasSize(3);
        assertThat(a.bodyText()).doesNotContain("Share this", "Leave a Reply", "Twitter", "Comments", "Related",
                "Save my name", "©", "Menu");
        assertThat(a.publisher()).isEqualTo("Elm Street Chronicle");
        assertThat(a.setAside()).extracting(SetAsideLine::text)
                .contains("Home", "Menu", "Share this:", "Twitter", "Facebook", "Related", "12 Comments",
                        "Leave a Reply", "Save my name, email, and website in this browser for the next time I comment.");
    }

    @Test
    void hardWrappedTextKeepsParagraphsAndJoinsLines() throws IOException {
        Article a = parse("hard-wrapped.txt");
        assertThat(a.title().text()).isEqualTo("River Levels Fall After Weeks of Flooding");
        assertThat(a.paragraphs()).hasSize(3);
        assertThat(a.paragraphs().get(0).text()).startsWith("Water levels on the lower river fell")
                .contains("allowing hundreds of families").endsWith("local officials said.");
        assertThat(a.paragraphs().get(1).lineCount()).isEqualTo(3);
    }

    @Test
    void pageWithNavigationFindsTitleDekAndDatelineWithoutBlankLines() throws IOException {
        Article a = parse("page-with-navigation.txt");
        assertThat(a.title().text()).isEqualTo("Ministers Sign Border Trade Accord");
        assertThat(a.dek().text()).isEqualTo("Officials say the deal will cut waiting times at crossings by half.");
        assertThat(a.dateline().place()).isEqualTo("ANKARA");
        assertThat(a.dateline().agency()).isEqualTo("Agencies");
        assertThat(a.publisher()).as("a generic desk names no publisher").isNull();
        assertThat(texts(a.paragraphs())).containsExactly(
                "Trade ministers from the two countries signed an accord on Monday to simplify customs checks at "
                        + "their shared border.",
                "The agreement covers three crossings and will take effect in the spring, according to a joint statement.");
        assertThat(a.setAside()).extracting(SetAsideLine::text).contains("Skip to content", "Search",
                "Previous article: Farmers Protest Fuel Prices", "Next article: Central Bank Holds Rates", "Back to top");
    }

    @Test
    void isoDateAndOriginalSourceLine() throws IOException {
        Article a = parse("dated-iso.txt");
        assertThat(a.published().iso()).isEqualTo("2023-05-29");
        assertThat(a.originalSource()).isEqualTo("www.example-news.org");
        assertThat(a.paragraphs()).hasSize(1);
        assertThat(reasons(a)).containsExactly(Reason.ATTRIBUTION);
    }

    @Test
    void byteOrderMarkAndCrlfLineEndsAreHandled() throws IOException {
        Article a = parse("crlf-bom.txt");
        assertThat(a.raw()).doesNotStartWith("\uFEFF");
        assertThat(a.title().text()).isEqualTo("Bridge Closed for Repairs");
        assertThat(texts(a.paragraphs())).containsExactly(
                "The main bridge will close for three weeks from Monday while engineers replace its joints.",
                "Buses will use the ring road instead.");
        assertThat(a.paragraphs().get(1).line()).isEqualTo(3);
    }

    @Test
    void recurringShortLineAcrossArticlesIsBoilerplate() {
        RecurringLines recurring = new RecurringLines(12);
        String[] bodies = {
            "Dam Project Approved\nThe dam was approved on Monday by the cabinet.\nFollow the Valley Post for more",
            "School Year Extended\nSchools will stay open two more weeks, the ministry said.\nFollow the Valley Post for more",
            "Rail Line Reopens\nThe northern rail line reopened after repairs.\nFollow the Valley Post for more",
        };
        for (String b : bodies) {
            recurring.addArticle(b);
        }
        Article a = parser.parse(new RawDocument("x", "x.txt", "0".repeat(64), "UTF-8", bodies[0], List.of()), recurring);
        assertThat(a.setAside()).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(Reason.RECURRING);
            assertThat(s.detail()).isEqualTo("in 3 articles");
        });
        Article alone = parser.parse(new RawDocument("x", "x.txt", "0".repeat(64), "UTF-8", bodies[0], List.of()));
        assertThat(alone.setAside()).isEmpty();
    }

    @Test
    void aFormatWithAZoneNameTurnsOffTheWordCountShortcut() {
        DateLineParser zoned = DateLineParser.fromFormats(java.util.List.of("d MMMM uuuu HH:mm VV"));
        assertThat(zoned.parse("3 May 2024 10:30 Europe/London")).isPresent();
        DateLineParser plain = DateLineParser.fromFormats(java.util.List.of("d MMMM uuuu HH:mm"));
        assertThat(plain.parse("3 May 2024 10:30")).isPresent();
        assertThat(plain.parse("3 May 2024 10:30 Europe/London")).isEmpty();
    }

    @Test
    void dateFormatsFromTheSpecification() {
        DateLineParser dates = ParserConfig.defaults().dates();
        assertThat(dates.parse("Monday 29 May 2023 - 20:28")).get().satisfies(p -> {
            assertThat(p.date()).hasToString("2023-05-29");
            assertThat(p.time()).hasToString("20:28");
        });
        assertThat(dates.parse("March 19, 2023").orElseThrow().date()).hasToString("2023-03-19");
        assertThat(dates.parse("May 29, 2023 10:15 AM").orElseThrow().time()).hasToString("10:15");
        assertThat(dates.parse("2023-05-29").orElseThrow().date()).hasToString("2023-05-29");
        assertThat(dates.parse("29/05/2023").orElseThrow().date()).hasToString("2023-05-29");
        assertThat(dates.parse("26-FEB-1987 15:02:20.00").orElseThrow().time()).hasToString("15:02:20");
        assertThat(dates.parse("19-Nov-2016").orElseThrow().date()).hasToString("2016-11-19");
        assertThat(dates.parse("March 19, 2023 10:15 -0500").orElseThrow().date()).hasToString("2023-03-19");
        assertThat(dates.parse("Updated: Tuesday, 4 July 2023, 09:30 GMT").orElseThrow().date()).hasToString("2023-07-04");
        assertThat(dates.parse("The meeting was held on March 19, 2023")).isEmpty();
        assertThat(dates.parse("31/02/2023")).as("no such day").isEmpty();
        assertThat(dates.parse("may rise to 15 pct from 10 pct in 1987")).as("prose with a month-like word").isEmpty();
    }

    @Test
    void webBylinesThatHoldTheDateAreDateLines() {
        DateLineParser dates = ParserConfig.defaults().dates();
        String[][] cases = {
            {"Posted by Ada Quill on March 3, 2021, 6:21 AM EST", "2021-03-03"},
            {"By Ada Quill Updated Mar 3, 2021, 10:28am EST", "2021-03-03"},
            {"Updated 0915 GMT (1715 HKT) March 3, 2021", "2021-03-03"},
            {"PUBLISHED: 07:05, Wed, Mar 3, 2021 | UPDATED: 09:40, Wed, Mar 3, 2021", "2021-03-03"},
            {"By Ada Quill - Staff Writer 2021-03-03T09:15:00Z Science", "2021-03-03"},
            {"Published 9:15 AM EST Mar 3, 2021", "2021-03-03"},
            {"Published March 3rd, 2021 - 09:15 GMT", "2021-03-03"},
            {"March 3, 2021 / 9:15 AM / Harbour News", "2021-03-03"},
            {"Wed 3 Mar 2021 09.15\u00A0GMT Last modified on Wed 3 Mar 2021 10.02\u00A0GMT", "2021-03-03"},
            {"  \u2022 Mar 3 2021, 9:15am ist", "2021-03-03"},
            {"Published Wed, Mar 3 20219:15 AM ESTUpdated an hour ago", "2021-03-03"},
            {"Valley Wire Service March 3, 2021, 9:15 AM", "2021-03-03"},
            {"9:15 AM PST 03/03/2021 by Ada Quill", "2021-03-03"},
            {"March 3, 2021 | by Ada", "2021-03-03"},
            {"by Ada Quill \u2014 March 3, 2021", "2021-03-03"},
            {"HarbourWire March 3, 2021", "2021-03-03"},
            {"3/4/21 6:38 AM", "2021-03-04"},
            {"By Ada Quill On 3/4/21 at 4:00 PM EST", "2021-03-04"},
            {"By Ada Quill, Thursday, 4 March 2021 08:05 GMT", "2021-03-04"},
            {"By Ada Quill 2021-03-04T08:05:00Z Science & Space", "2021-03-04"},
            {"Mar 4, 2021 at 9:08 GMT2 days ago", "2021-03-04"},
            {"08:05 04.03.2021Share this story", "2021-03-04"},
            {"Mar.March 4, 2021 12:02 PM", "2021-03-04"},
            {"(Published Thursday, Mar. 4, 2021)", "2021-03-04"},
            {"Divers searched the harbour for a second day. (Published Thursday, Mar. 4, 2021)", "2021-03-04"},
        };
        for (String[] c : cases) {
            assertThat(dates.parse(c[0])).as(c[0]).get().satisfies(p -> assertThat(p.date()).hasToString(c[1]));
        }
        assertThat(dates.parse("Record March 31, 1987")).as("the label of a table row").isEmpty();
        assertThat(dates.parse("Updated Mar 3, 9:15 AM;Posted Mar 3, 8:02 AM")).as("no year").isEmpty();
        assertThat(dates.parse("By March 3, 2021, the plant had closed.")).as("prose").isEmpty();
        assertThat(dates.parse("A ferry leaves the harbour at dawn, March 3, 2021.")).as("a caption").isEmpty();
        assertThat(dates.parse("Source: Harbour Authority, March 3, 2021")).as("a source line").isEmpty();
        assertThat(dates.parse("04/09/87 03/09/87  04/09/87 03/09/87")).as("a table header of dates").isEmpty();
        assertThat(dates.parse("3/4/21   Prev Week")).as("a table header: a two-digit year without a time").isEmpty();
        assertThat(dates.parse("3/4/21 Ada Quill Harbour News")).as("a two-digit year without a time").isEmpty();
        assertThat(dates.parse("Fares rose by a third, the board said (published March 4, 2021)")).as("prose citing a date")
                .isEmpty();
        assertThat(dates.parse("By 2022, Ada Quill said, the fares would rise by a third."))
                .as("prose after a comma").isEmpty();
    }

    @Test
    void aBylineWithTheDateIsNeitherTitleNorBody() {
        Article a = parseText("Ferry Service Resumes After Storm\n\nPosted by Ada Quill on March 3, 2021, 6:21 AM EST\n\n"
                + "Ferries to the islands ran again on Wednesday after two days of gales.\n");
        assertThat(a.title().text()).isEqualTo("Ferry Service Resumes After Storm");
        assertThat(a.published().date()).hasToString("2021-03-03");
        assertThat(texts(a.paragraphs())).containsExactly(
                "Ferries to the islands ran again on Wednesday after two days of gales.");
    }

    @Test
    void aHeadlineOverAGalleryCounterIsTheTitle() {
        Article a = parseText("Harbour towns brace for the first winter storm of the season\n1  /  12\nBack to Gallery\n\n"
                + "Councils along the coast filled sandbags on Tuesday as forecasters warned of gales and high tides.\n");
        assertThat(a.title().text()).isEqualTo("Harbour towns brace for the first winter storm of the season");
    }

    @Test
    void creditsAndBylinesUnderTheHeadlineAreNotTheTitle() {
        String body = "\n\nMarch 3, 2021\n\nThe ferry company said the winter timetable would start next week.\n";
        for (String credit : List.of("Analysis by Ada Quill, Harbour News Editor-at-large", "Ada Quill, Harbour Sports Writer",
                "Ada QuillView More Articles", "Ada QuillBy Ada Quill, Harbour Staff", "By\u00A0Ada Quill")) {
            Article a = parseText("Ferry Timetable Changes for Winter\n\n" + credit + body);
            assertThat(a.title().text()).as(credit).isEqualTo("Ferry Timetable Changes for Winter");
        }
    }

    @Test
    void datedLinePatternsNameTheirFileAndLineWhenAPlaceholderIsUndefined() {
        assertThat(PatternFile.compileTemplates(List.of("=y\t\\d{4}", "x\tby (?<date>{y})"), "t.tsv", 0))
                .singleElement().satisfies(e -> assertThat(e.pattern().matcher("by 2021").matches()).isTrue());
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> PatternFile.compileTemplates(List.of("# c", "x\t{nowhere}"), "t.tsv", 0))
                .hasMessageContaining("t.tsv:2").hasMessageContaining("{nowhere}");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ParserConfig.defaults().dates()
                        .withDatedLines(PatternFile.compile(List.of("x\tposted .*"), "u.tsv", 0)))
                .hasMessageContaining("u.tsv:1").hasMessageContaining("'date'");
    }

    @Test
    void shortLinesInTheBodyAreHeadingsOnlyWhenTitleCased() {
        assertThat(ArticleParser.isHeading("Agreements Focused on Border Security")).isTrue();
        assertThat(ArticleParser.isHeading("Expressing gratitude for the efforts of the volunteers")).isFalse();
        assertThat(ArticleParser.isHeading("What Happens Next?")).isFalse();
        assertThat(ArticleParser.isTitleLike("The talks ended.")).isFalse();
    }

    @Test
    void firstLineThatIsAParagraphMeansNoTitle() {
        String text = "Officials from both ministries met on Sunday to discuss the accord, according to a statement "
                + "released after the talks ended.\nThe talks resume next month.";
        Article a = parser.parse(new RawDocument("x", "x.txt", "0".repeat(64), "UTF-8", text, List.of()));
        assertThat(a.title()).isNull();
        assertThat(a.paragraphs()).hasSize(2);
    }

    @Test
    void paragraphOffsetsMapBackToTheRawText() throws IOException {
        Article a = parse("hard-wrapped.txt");
        for (Paragraph p : a.paragraphs()) {
            for (int i = 0; i < p.text().length(); i++) {
                char c = p.text().charAt(i);
                char raw = a.raw().charAt(p.rawOffset(i));
                if (c != ' ') {
                    assertThat(raw).as("char %d of paragraph %d", i, p.index()).isEqualTo(c);
                }
            }
            assertThat(p.textOffset(p.rawOffset(5), false)).isEqualTo(5);
        }
    }

    @Test
    void theLineOfTheInputsTitleFieldIsNeverSetAside() {
        String text = "Video: Crews clear the coast road after the landslide\n\n"
                + "Road crews worked through the night to clear rocks and mud from the coast road, which had been "
                + "closed since the weekend.\nThe road reopens to traffic on Thursday.\n";
        Article fromRecord = parser.parse(new RawDocument("x", "x.jsonl", "0".repeat(64), "UTF-8", text, List.of(), 1));
        assertThat(fromRecord.title().text()).isEqualTo("Video: Crews clear the coast road after the landslide");
        assertThat(fromRecord.setAside()).isEmpty();

        // The same text in a plain file: the parser cannot know the line is a headline, and the pattern applies.
        Article fromFile = parseText(text);
        assertThat(reasons(fromFile)).containsExactly(Reason.BOILERPLATE);
    }

    @Test
    void theTitleFieldIsTheTitleEvenWhenAnotherShortLineFollows() {
        String text = "Storm Damage Survey\n\nPhotos of the harbour\n"
                + "Council surveyors walked the harbour wall on Monday and counted eleven breaches, the largest of them "
                + "near the ferry ramp.\n";
        Article fromRecord = parser.parse(new RawDocument("x", "x.jsonl", "0".repeat(64), "UTF-8", text, List.of(), 1));
        assertThat(fromRecord.title().text()).isEqualTo("Storm Damage Survey");
        assertThat(fromRecord.setAside()).extracting(SetAsideLine::text).doesNotContain("Storm Damage Survey");
    }

    @Test
    void aNavigationLabelWithTextInRunningTextOrAQuotationIsKept() {
        String text = "Harbour Alert Issued\n\n"
                + "The harbour office said on Monday that a cargo ship had reported two small boats following it near "
                + "the outer buoys.\n"
                + "Harbour notice 14 - second update\n"
                + "Category: Incident near the outer buoys, vessels keep clear\n"
                + "- Harbour Office (@harbour_office) 4 March\n\n"
                + "Fishermen in the town said they had seen the boats several times during the week but had not "
                + "been approached.\n"
                + "The union closed its statement with a call: \u201cWe thank everyone who stood with the crews.\n"
                + "Follow us on the quay every morning until the contract is signed.\u201d\n\n"
                + "Photo: Coast Agency\n\n"
                + "The harbour master said the outer channel would stay open to fishing boats while the coastguard "
                + "looked into the reports.\n\n"
                + "Tags: harbour, shipping\n";
        Article a = parseText(text);
        // A credit between blank lines is furniture even between two paragraphs; the tags line ends the page.
        assertThat(a.setAside()).extracting(SetAsideLine::text)
                .containsExactly("Photo: Coast Agency", "Tags: harbour, shipping");
        assertThat(String.join("\n", texts(a.paragraphs())))
                .contains("Category: Incident near the outer buoys")
                .contains("Follow us on the quay every morning");
    }

    @Test
    void aNavigationLineThatRecursAcrossTheSourcesArticlesIsSetAsideAnywhere() {
        String[] bodies = new String[6];
        for (int i = 0; i < bodies.length; i++) {
            bodies[i] = "Ferry Timetable Changes " + i + "\n\n"
                    + "The ferry company said on Monday that the winter timetable would start a week earlier than "
                    + "planned this year.\n"
                    + "Category: Local transport news from the coast\n"
                    + "Passengers with return tickets bought before the change can use them on any sailing until "
                    + "the end of the month.\n";
        }
        RecurringLines recurring = new RecurringLines(12);
        for (String b : bodies) {
            recurring.addArticle(b);
        }
        Article withCorpus = parser.parse(new RawDocument("x", "x.txt", "0".repeat(64), "UTF-8", bodies[0], List.of()),
                recurring);
        assertThat(withCorpus.setAside()).extracting(SetAsideLine::text)
                .containsExactly("Category: Local transport news from the coast");
        assertThat(parseText(bodies[0]).setAside()).isEmpty();
    }

    @Test
    void linksToOtherStoriesInHeadlineCapitalsAreNotJoined() {
        String text = "Garden Club Plans Spring Show\n\n"
                + "The garden club will hold its spring show in the town hall on the second weekend of April, with "
                + "entries judged by\nvolunteers from three neighbouring villages.\n"
                + "Members can register their plants at the library until the end of March.\n"
                + "The entry fee is two pounds for each plant and nothing for children under twelve.\n"
                + "Prizes go to the best spring bulbs, the best shrub in a pot and the best window box.\n"
                + "Last year more than three hundred visitors came over the two days of the show.\n"
                + "Tea and cakes will be served in the small hall by the youth club.\n"
                + "The club meets on the first Tuesday of every month and welcomes new members.\n"
                + "Parking is free in the market square on both days.\n\n"
                + "Ten Easy Bulbs You Can Plant This Weekend Ten Easy Bulbs You Can Plant This Weekend [gallery]\n"
                + "gardening Ten Easy Bulbs You Can Plant This Weekend\n"
                + "Top Videos [thumb] How To Prune Old Roses [thumb] Building A Raised Bed From Pallets\n"
                + "more garden news\n";
        Article a = parseText(text);
        assertThat(a.paragraphs()).filteredOn(p -> p.lineCount() > 1).singleElement()
                .extracting(Paragraph::text).asString().startsWith("The garden club").endsWith("villages.");
    }

    @Test
    void aFilesOpeningHeadlineIsTheTitleNotASiteHeaderAboveACredit() {
        Article a = parseText("Harbour town opens its new ferry pier after long delays\n\n"
                + "In Local News, Transport\nMarch 3, 2021\n\nJane Roe\n\n"
                + "The new pier opened on Tuesday morning, two years later than planned, and the first ferry left at nine.\n");
        assertThat(a.title().text()).isEqualTo("Harbour town opens its new ferry pier after long delays");
        assertThat(a.setAside()).noneMatch(s -> s.reason() == Reason.SITE_HEADER);
    }

    @Test
    void aShortSiteNameAboveTheHeadlineIsStillASiteHeader() {
        Article a = parseText("Harbour Gazette\n\nHarbour Town Opens Its New Ferry Pier\n\n"
                + "The new pier opened on Tuesday morning, two years later than planned, and the first ferry left at nine.\n");
        assertThat(a.title().text()).isEqualTo("Harbour Town Opens Its New Ferry Pier");
        assertThat(a.setAside()).singleElement().extracting(SetAsideLine::text).isEqualTo("Harbour Gazette");
    }

    @Test
    void aCaptionCreditBrokenOverLinesInsideItsParenthesisIsKept() {
        Article a = parseText("Ferry pier opens\n\nThe new pier opened on Tuesday morning, two years later than planned.\n\n"
                + "The first ferry leaves the new pier at nine (\nPhoto:\nHarbour Picture Agency)\n\n"
                + "Tickets cost four pounds and can be bought on board.\n");
        assertThat(a.setAside()).isEmpty();
    }

    @Test
    void lonePhotoCreditLineBetweenBlankLinesIsStillSetAside() {
        Article a = parseText("Ferry pier opens\n\nThe new pier opened on Tuesday morning, two years later than planned.\n\n"
                + "Photo: Harbour Picture Agency\n\nTickets cost four pounds and can be bought on board.\n");
        assertThat(a.setAside()).singleElement().extracting(SetAsideLine::text).isEqualTo("Photo: Harbour Picture Agency");
    }

    @Test
    void numbersOfTheArticlesOwnSectionsAreKeptAndALoneCounterIsNot() {
        Article a = parseText("Ten years of the town fair\n\nThe fair began in a field behind the church and grew every year.\n\n"
                + "1\n\nThe early years\n\nStalls sold jam, bread and wool to a few hundred visitors.\n\n"
                + "2\n\nMusic and dancing\n\nA brass band played on the green from the third year on.\n\n"
                + "17\n\nComments\n");
        assertThat(a.setAside()).extracting(SetAsideLine::text).contains("17").doesNotContain("1", "2");
        assertThat(a.paragraphs()).extracting(Paragraph::text).contains("1", "2");
    }

    @Test
    void numbersOfANotesListAreKeptAndACounterOverProseIsNot() {
        Article a = parseText("The harbour wall at sixty\n\n"
                + "The wall was finished in the spring of its third year, late and over budget.\n\n"
                + "Notes\n\n1\n\nRoe, J., A history of small ports (Harbour Press, 2019), pages 12 to 40.\n\n"
                + "2\n\nThe council minutes of that spring give a different date for the opening.\n\n"
                + "3\n\nIbid., page 41.\n\n"
                + "48\n\nShare this story with a friend who likes harbours and boats.\n\nMost read\n\n"
                + "1\n\nHarbour Wall Repairs Will Close The Seafront Road For A Month\n\n"
                + "2\n\nNew Ferry Timetable Starts On Monday With Two Extra Sailings\n");
        assertThat(a.setAside()).extracting(SetAsideLine::text).contains("48")
                .filteredOn(t -> t.equals("1") || t.equals("2")).hasSize(2); // the ranked headlines' numbers
        assertThat(a.paragraphs()).extracting(Paragraph::text).contains("1", "2", "3");
    }

    @Test
    void aDateStampIsNotJoinedToTheWidgetLineUnderIt() {
        Article a = parseText("Ferry pier opens\n\nJane Roe\nMarch 3, 2021 11:30 am (Updated 11:54 am)\n"
                + "email link share bookmark save\n\n"
                + "The new pier opened on Tuesday morning, two years later than planned, and the first ferry left at nine.\n");
        assertThat(a.paragraphs()).noneMatch(p -> p.text().contains("(Updated 11:54 am) email"));
    }

    @Test
    void aPromptIsNotJoinedToTheCopyrightLineUnderIt() {
        Article a = parseText("Ferry pier opens\n\nThe new pier opened on Tuesday morning, two years later than planned.\n\n"
                + "Sign in or create an account to keep your reading list on every device\n"
                + "harbourgazette.example © 2001-2021 The Harbour Gazette\n");
        assertThat(a.paragraphs()).noneMatch(p -> p.lineCount() > 1);
    }

    private Article parseText(String text) {
        return parser.parse(new RawDocument("x", "x.txt", "0".repeat(64), "UTF-8", text, List.of()));
    }

    @Test
    void wireHeadlinesInCapitalsAreTitlesNotDatelines() {
        Article a = parseText("MARKET FOCUS - STEEL &lt;XYZ> SHARES\n4-MAR-1987 10:00:00.00\n\n"
                + "PITTSBURGH, March 4 -Steel producers said on Wednesday that\norders rose in February.\n");
        assertThat(a.title().text()).isEqualTo("MARKET FOCUS - STEEL &lt;XYZ> SHARES");
        assertThat(a.dateline().place()).isEqualTo("PITTSBURGH");
        assertThat(a.paragraphs()).singleElement().extracting(Paragraph::text)
                .isEqualTo("Steel producers said on Wednesday that orders rose in February.");
    }

    @Test
    void headlineEndingInAnAbbreviationIsATitle() {
        Article a = parseText("GRAIN SHIPMENTS TO U.K.\n\nShipments rose by a third in the week, traders said.\n");
        assertThat(a.title().text()).isEqualTo("GRAIN SHIPMENTS TO U.K.");
    }

    @Test
    void lowerCaseHeadlineAboveADateLineIsATitle() {
        Article a = parseText("central bank sets new lending rate\n5-MAR-1987 09:00:00.00\n\n"
                + "The central bank set its lending rate at 6.5 pct, it said.\n");
        assertThat(a.title().text()).isEqualTo("central bank sets new lending rate");
    }

    @Test
    void titleAndDateWithoutBodyHasNoParagraphs() {
        Article a = parseText("SHIPPING RATES RISE 3 PCT IN WEEK\n6-MAR-1987 11:00:00.00\n\n");
        assertThat(a.title().text()).isEqualTo("SHIPPING RATES RISE 3 PCT IN WEEK");
        assertThat(a.paragraphs()).isEmpty();
    }

    @Test
    void wrappedFirstLineIsNotTakenForATitle() {
        Article a = parseText("FIRM TO FORM FINANCE UNIT\n7-MAR-1987 12:00:00.00\n\n"
                + "CHICAGO, March 7 - Acme Corp and Beta Holdings North America\n"
                + "Inc said they plan to form a venture to manage the money market\n"
                + "borrowing and investment activities of both companies.\n");
        assertThat(a.title().text()).isEqualTo("FIRM TO FORM FINANCE UNIT");
        assertThat(a.paragraphs()).singleElement().extracting(Paragraph::text).asString()
                .startsWith("Acme Corp and Beta Holdings North America Inc said");
    }

    @Test
    void everyIndentedLineOfWireCopyOpensAParagraphAndTableRowsStayLines() {
        Article a = parseText("STEEL MAKER REPORTS PROFIT\n5-MAR-1987 10:00:00.00\n\n"
                + "The steel maker said on Thursday that its first quarter profit\n"
                + "rose sharply on higher prices for its main products.\n"
                + "    The company gave no forecast for the year.\n"
                + "    Shipments rose to a record in the quarter, it said, and\n"
                + "orders were strong.\n"
                + "    Shr 1.25 dlrs vs 90 cts\n"
                + "    Net 12.5 mln vs 9.1 mln\n");
        assertThat(a.paragraphs()).extracting(Paragraph::text).containsExactly(
                "The steel maker said on Thursday that its first quarter profit rose sharply on higher prices for its"
                        + " main products.",
                "The company gave no forecast for the year.",
                "Shipments rose to a record in the quarter, it said, and orders were strong.",
                "Shr 1.25 dlrs vs 90 cts",
                "Net 12.5 mln vs 9.1 mln");
    }

    @Test
    void listItemsOfWebTextAreNeverJoined() {
        Article a = parseText("Five Things To Know\n\nThe list below sums up the week.\n"
                + "  \u2022 Prices rose again\n  \u2022 Rates held steady\n  \u2022 Jobs grew\n");
        assertThat(a.paragraphs()).extracting(Paragraph::text).containsExactly("The list below sums up the week.",
                "\u2022 Prices rose again", "\u2022 Rates held steady", "\u2022 Jobs grew");
    }

    @Test
    void aDateLineWithControlCharacterEntitiesIsADateNotATitleOrBody() {
        Article a = parseText("27-MAR-1987 03:32:07.72&#5;&#5;&#5;F RM\n\nThe bank raised its rates by half a point today,"
                + " dealers said.\n");
        assertThat(a.published()).isNotNull();
        assertThat(a.published().date()).hasToString("1987-03-27");
        assertThat(a.title()).isNull();
    }

    @Test
    void headlinesEndingInAQuestionOrAnEllipsisOrStartingWithALowerCaseBrandAreTitles() {
        assertThat(parseText("Is the market too high now?\n\nAnalysts are divided on the outlook for shares this year.\n")
                .title().text()).isEqualTo("Is the market too high now?");
        assertThat(parseText("Sales slow down again...\n\nRetailers reported a weak month across the country.\n")
                .title().text()).isEqualTo("Sales slow down again...");
        assertThat(parseText("iTunes Gets A New Look\n\nThe music store was redesigned for the new season.\n")
                .title().text()).isEqualTo("iTunes Gets A New Look");
    }

    @Test
    void aBylineUnderTheHeadlineIsNeverTheTitleAndTheHeadlineIsNotSetAside() {
        Article a = parseText("Plague Cases Found In Two Towns\n\nBy Jane Doe\n\nHealth officials confirmed two cases on"
                + " Monday and said the risk was low.\n");
        assertThat(a.title().text()).isEqualTo("Plague Cases Found In Two Towns");
        assertThat(a.setAside()).extracting(SetAsideLine::text).doesNotContain("Plague Cases Found In Two Towns");
    }

    /** A headline, one header line, then a body paragraph: the publication date read from the header line, or null. */
    private String headerDate(String headerLine) {
        Article a = parseText("Storm Damage Closes Harbour Road\n\n" + headerLine + "\n\nCrews worked through the night to clear"
                + " fallen trees from the road, and the council said it would reopen by the weekend.\n");
        return a.published() == null ? null : a.published().date().toString();
    }

    @Test
    void aFullDateAnywhereInAShortHeaderLineIsThePublicationDate() {
        assertThat(headerDate("Wire ServiceDecember 2, 2016")).isEqualTo("2016-12-02");
        assertThat(headerDate("by Jane Roe12 Mar 2016514")).isEqualTo("2016-03-12");
        assertThat(headerDate("Jane Roe - Apr 16, 2015 8:02 pm UTC")).isEqualTo("2015-04-16");
        assertThat(headerDate("by Jane Roe @janeroe February 1, 2016: 12:41 PM ET")).isEqualTo("2016-02-01");
        assertThat(headerDate("11.03.17 in Science")).isEqualTo("2017-11-03");
        // A bulleted stamp, a date written twice, a byline spaced like columns.
        assertThat(headerDate("  \u2022 Sept. 19, 2016")).isEqualTo("2016-09-19");
        assertThat(headerDate("  \u2022 March 3, 2016 March 3, 2016")).isEqualTo("2016-03-03");
        assertThat(headerDate("by  Jane Roe   @janeroe March 3, 2016: 3:42 PM ET")).isEqualTo("2016-03-03");
        // Under a photo caption, and under the standfirst.
        assertThat(headerDate("Crews clear fallen trees from the harbour road on Tuesday morning after the storm. (Photo: Jane"
                + " Roe)\n\nby Jane Roe12 Mar 2016514")).isEqualTo("2016-03-12");
        String caption = "Crews clear fallen trees from the harbour road on Tuesday morning after the storm, officials said.";
        assertThat(headerDate(caption + "\n\n" + caption + "\n\nBy Jane Roe\n\n  \u2022 Sept. 19, 2016")).isEqualTo("2016-09-19");
        assertThat(headerDate("Jane Roe | Staff Writer | 2016-02-01T12:41:00Z | 4 comments")).isEqualTo("2016-02-01");
        assertThat(headerDate("Jane Roe | Opens March 3, 2016 | Closes March 10, 2016")).isNull(); // two dates: none
        // A two-digit year after the month name, ending a stamp.
        assertThat(headerDate("By Jane Roe, last updated 4 April 17")).isEqualTo("2017-04-04");
        assertThat(headerDate("By Jane Roe, 4 April 17 readers")).isNull();
        // A two-digit numeric date after a bullet or a bar, as a field of the byline or a bulleted stamp.
        assertThat(headerDate("By Jane Roe \u2022 12.29.14")).isEqualTo("2014-12-29");
        assertThat(headerDate("  \u2022 12.22.14  |")).isEqualTo("2014-12-22");
        assertThat(headerDate("By Jane Roe, version 12.29.14")).isNull();
        // A publication stamp with its update: the first date; a range or two dates without an update word: none.
        assertThat(headerDate("on December 28, 2014 at 9:10 PM, updated December 29, 2014 at 10:09 AM")).isEqualTo("2014-12-28");
        assertThat(headerDate("Published May 2, 2015 | Last modified May 3, 2015")).isEqualTo("2015-05-02");
        assertThat(headerDate("updated December 29, 2014, on December 28, 2014")).isNull();
        assertThat(headerDate("From December 28, 2014 to December 29, 2014")).isNull();
        // Published and updated fields rendered with nothing between them: the first date; the later one first: none.
        assertThat(headerDate("by Jane Roe March 3, 2016March 9, 2016")).isEqualTo("2016-03-03");
        assertThat(headerDate("by Jane Roe March 9, 2016March 3, 2016")).isNull();
        // A day, a month abbreviation and a year joined by hyphens, alone on its line (the year is no time zone).
        assertThat(headerDate("19-Nov-2016")).isEqualTo("2016-11-19");
    }

    @Test
    void aLabelledHeadlineOrOnePrintedTwiceIsTheTitle() {
        String body = "\n\nCrews worked through the night to clear fallen trees from the road, and the council said it"
                + " would reopen by the weekend.\n";
        assertThat(parseText("BREAKING: Storm closes the harbour road" + body).title().text())
                .isEqualTo("BREAKING: Storm closes the harbour road");
        Article twice = parseText("Storm Closes Harbour Road For A WeekStorm Closes Harbour Road For A Week\nCrews at work"
                + " on the harbour road. Photo: Jane Roe" + body);
        assertThat(twice.title().text()).isEqualTo("Storm Closes Harbour Road For A Week");
        assertThat(twice.title().end() - twice.title().start()).isEqualTo("Storm Closes Harbour Road For A Week".length());
        // A sentence under a label, an opening paragraph, a line that runs on, a line ending in a colon: no title.
        assertThat(parseText("WATCH: Crews clear the harbour road after the storm." + body).title()).isNull();
        assertThat(parseText("Crews worked through the night to clear fallen trees from the harbour road after the storm"
                + " on Monday." + body).title()).isNull();
        assertThat(parseText("Crews worked through the night to clear\nfallen trees from the road." + body).title()).isNull();
        assertThat(parseText("The council said on Tuesday:" + body).title()).isNull();
    }

    @Test
    void aDateOpeningTheFirstParagraphIsThePublicationDate() {
        Article a = parseText("Storm Damage Closes Harbour Road\n\nFeb. 23, 2015 -- Crews worked through the night to clear"
                + " fallen trees from the road, the council said on Monday.\n");
        assertThat(a.published().date()).hasToString("2015-02-23");
    }

    @Test
    void datesInProseTablesAndFarIntoTheBodyAreNotThePublicationDate() {
        // A sentence mentioning a date, under the headline.
        assertThat(headerDate("The council first closed the road on March 3, 2016 after a smaller storm hit")).isNull();
        // A caption's credit or a caption: the date is the picture's.
        assertThat(headerDate("Source: Harbour Board, March 3, 2016")).isNull();
        assertThat(headerDate("FILE PHOTO: Crews clear the harbour road in Portsmouth, March 3, 2016. AGENCY/Jane Roe")).isNull();
        assertThat(headerDate("Crews clear the harbour road in Portsmouth, March 3, 2016. AGENCY/Jane Roe")).isNull();
        // Rows of a table of dates, one date a row.
        assertThat(headerDate("Opens      March 3, 2016\nCloses     March 10, 2016")).isNull();
        // A row of dates.
        assertThat(headerDate("March 3, 2016   March 10, 2016   March 17, 2016")).isNull();
        // A month inside a lower-case word, and a date that is not in the calendar.
        assertThat(headerDate("Jane Hammar 5, 2016")).isNull();
        assertThat(headerDate("by Jane Roe 31 Feb 2016")).isNull();
        // A two-digit year only at the start of the line: a version number in a line is no date.
        assertThat(headerDate("Release notes for build 4.2.16 by Jane Roe")).isNull();
        // A date in a later paragraph or in a citation at the foot of the page.
        Article a = parseText("Storm Damage Closes Harbour Road\n\nBy Jane Roe\n\nCrews worked through the night to clear"
                + " fallen trees from the road, and the council said it would reopen by the weekend.\n\nThe road was last"
                + " closed in a storm in 2012.\n\nCite this page: Storm Damage Closes Harbour Road (March 3, 2016)\n");
        assertThat(a.published()).isNull();
        // A date opening a later paragraph.
        Article b = parseText("Storm Damage Closes Harbour Road\n\nCrews worked through the night to clear fallen trees"
                + " from the road, and the council said it would reopen by the weekend.\n\nMarch 3, 2016 -- The road"
                + " was closed once before, when a smaller storm brought down the old oak by the harbour wall.\n");
        assertThat(b.published()).isNull();
    }

    @Test
    void wireDateStampsWithAShortFractionOrACommentAreDates() {
        Article a = parseText("9-APR-1987 13:32:06.7\nBANK RAISES RATES\n\nThe bank raised its rates by half a point"
                + " today, dealers said.\n");
        assertThat(a.published().date()).hasToString("1987-04-09");
        assertThat(a.title().text()).isEqualTo("BANK RAISES RATES");
        Article b = parseText("9-APR-1987 00:00:00.00 # date added by the editor\nBANK RAISES RATES\n\nThe bank raised"
                + " its rates by half a point today, dealers said.\n");
        assertThat(b.published().date()).hasToString("1987-04-09");
        assertThat(b.title().text()).isEqualTo("BANK RAISES RATES");
        Article c = parseText("BANK RAISES RATES\n31-MAR-1987 605:12:19.12\n\nThe bank raised its rates by half a point today,"
                + " dealers said.\n");
        assertThat(c.published().date()).hasToString("1987-03-31");
        assertThat(c.published().time()).isNull();
    }
}
