package dev.gazette.model.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.model.Article;
import dev.gazette.model.Block;
import dev.gazette.model.Paragraph;
import dev.gazette.model.SetAsideLine;
import dev.gazette.model.io.DocumentReader;
import dev.gazette.model.io.InputFile;
import dev.gazette.model.io.InputScanner;
import dev.gazette.model.io.RawDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The acceptance points of the foundation issue, on the project's sample corpus in seeds/. */
class SampleCorpusTest {

    private static final Map<String, Article> ARTICLES = new LinkedHashMap<>();

    @BeforeAll
    static void parseSeeds() throws Exception {
        List<InputFile> files = new InputScanner().scan(List.of("../seeds")).files();
        DocumentReader reader = new DocumentReader();
        RecurringLines recurring = new RecurringLines(12);
        List<RawDocument> docs = files.stream().map(f -> reader.read(f).document().orElseThrow()).toList();
        docs.forEach(d -> recurring.addArticle(d.text()));
        ArticleParser parser = new ArticleParser(ParserConfig.defaults());
        for (RawDocument d : docs) {
            ARTICLES.put(d.id().substring(0, 3), parser.parse(d, recurring));
        }
    }

    private static String body(String key) {
        return ARTICLES.get(key).bodyText();
    }

    @Test
    void article000HasNoTitleAndFifteenParagraphs() {
        Article a = ARTICLES.get("000");
        assertThat(a.id()).isEqualTo("000_edaf1f5bda41234e");
        assertThat(a.title()).isNull();
        assertThat(a.paragraphs()).hasSize(15);
    }

    @Test
    void article001TitleDatelineAndJoinedLines() {
        Article a = ARTICLES.get("001");
        assertThat(a.title().text()).isEqualTo("Iran, Iraq Step Up Security Cooperation to Foil Plots");
        assertThat(a.dateline().place()).isEqualTo("BAGHDAD");
        Paragraph joined = a.paragraphs().stream().filter(p -> p.line() == 12).findFirst().orElseThrow();
        assertThat(joined.lineCount()).isEqualTo(2);
        assertThat(joined.text()).contains("in battling Daesh and restoring stability");
    }

    @Test
    void article002TitleDateAndNoWidgetsInBody() {
        Article a = ARTICLES.get("002");
        assertThat(a.title().text()).isEqualTo("Iraqi, Iranian Top Security Advisors Meet In Tehran");
        assertThat(a.published().iso()).isEqualTo("2023-05-29T20:28");
        assertThat(body("002")).doesNotContain("Share it:", "Leave a Reply", "Your email address", "Required fields");
    }

    @Test
    void article003KeepsStrayLinesOutAndRecordsOriginalSource() {
        Article a = ARTICLES.get("003");
        assertThat(body("003")).doesNotContain("e6217a35-c941-4cc8-b54e-13ac7752ab15");
        assertThat(a.paragraphs()).noneMatch(p -> p.text().equals("0"));
        assertThat(a.setAside()).filteredOn(s -> s.reason() == SetAsideLine.Reason.STRAY)
                .extracting(SetAsideLine::text).containsExactly("0", "e6217a35-c941-4cc8-b54e-13ac7752ab15");
        assertThat(a.originalSource()).isEqualTo("www.jpost.com");
    }

    @Test
    void article004HeaderFooterPublisherAndHeadings() {
        Article a = ARTICLES.get("004");
        assertThat(body("004")).doesNotContain("Get News Fast", "Supporting the oppressed", "Back to top button",
                "on Telegram", "News Sources:");
        assertThat(a.publisher()).isEqualTo("Mehr News Agency");
        assertThat(a.headings()).extracting(Block::text).hasSize(2)
                .allSatisfy(h -> assertThat(a.paragraphs()).noneMatch(p -> p.text().equals(h)));
    }
}
