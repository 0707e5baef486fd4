package dev.gazette.model.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gazette.model.Article;
import dev.gazette.model.Block;
import dev.gazette.model.Paragraph;
import dev.gazette.model.Span;
import dev.gazette.model.io.RawDocument;
import java.util.List;

/**
 * The article parser on any text: it never throws, and every part of the article it returns
 * points into the raw text (paragraphs, their pieces, title, headings), so that offsets in
 * findings and changes are always valid. Fuzzed by {@code fuzz/run.sh}; the saved inputs run
 * in every build.
 */
class ArticleParserFuzzTest {

    private static final ArticleParser PARSER = new ArticleParser(ParserConfig.defaults());

    @FuzzTest(maxExecutions = 1_000_000, maxDuration = "4h")
    void parse(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        if (text.isBlank()) {
            return; // the reader rejects blank files before the parser sees them
        }
        RecurringLines recurring = new RecurringLines(8);
        recurring.add(recurring.keys(text));
        recurring.add(recurring.keys(text));
        recurring.add(recurring.keys(text));
        Article a = PARSER.parse(new RawDocument("fuzz", "fuzz.txt", "0".repeat(64), "UTF-8", text, List.of()),
                recurring);
        int n = a.raw().length();
        assertThat(a.raw()).isEqualTo(text);
        for (Paragraph p : a.paragraphs()) {
            assertThat(p.start()).isBetween(0, n);
            assertThat(p.end()).isBetween(p.start(), n);
            for (Span s : p.pieces()) {
                assertThat(s.start()).isBetween(0, n);
                assertThat(s.end()).isBetween(s.start(), n);
            }
            assertThat(p.rawOffset(p.text().length())).isBetween(0, n);
        }
        for (Block b : a.headings()) {
            assertThat(b.end()).isBetween(b.start(), n);
        }
        if (a.title() != null) {
            assertThat(a.title().end()).isBetween(a.title().start(), n);
        }
    }
}
