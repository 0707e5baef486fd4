package dev.gazette.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.analysis.ArticleMemo;
import dev.gazette.analysis.CorpusKnowledge;
import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.model.Article;
import dev.gazette.model.LineIndex;
import dev.gazette.model.Paragraph;
import dev.gazette.model.io.DocumentReader;
import dev.gazette.model.io.InputFile;
import dev.gazette.model.parse.ArticleParser;
import dev.gazette.model.parse.ParserConfig;
import dev.gazette.model.parse.RecurringLines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The article the analysis reads may leave a paragraph out (one over the paragraph limit: the engine's checkable
 * article) while the paragraphs after it keep their indexes: the names statistic reads each name's paragraph, and a
 * mention's offsets are those of its own paragraph, by the paragraph's index, not by its position in the list.
 * Invented people, places and text.
 */
class SkippedParagraphTest {

    @TempDir
    Path tmp;

    private Article parse(String text) throws Exception {
        Path f = tmp.resolve("a.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        var doc = new DocumentReader(1 << 20).read(new InputFile(f, "a.txt")).document().orElseThrow();
        return new ArticleParser(ParserConfig.defaults()).parse(doc, new RecurringLines(12));
    }

    /** {@code a} without its paragraph {@code skipped}, the others keeping their indexes (as the engine leaves one). */
    private static Article without(Article a, int skipped) {
        return new Article(a.id(), a.source(), a.sha256(), a.encoding(), a.title(), a.dek(), a.dateline(), a.published(),
                a.publisher(), a.originalSource(), a.paragraphs().stream().filter(p -> p.index() != skipped).toList(),
                a.headings(), a.setAside(), a.attributions(), a.wrapWidth(), a.raw());
    }

    @Test
    void theNamesAfterASkippedParagraphKeepTheirOwnParagraphsOffsets() throws Exception {
        Article whole = parse("Ferry talks\n\nMira Talvenko met the harbour board in Valmora on Monday.\n\n"
                + "The board's minutes ran to many pages and nobody read them through.\n\n"
                + "On Tuesday Talvenko flew to Port Ardelle with Oskar Brandvik, the board's treasurer.\n");
        assertThat(whole.paragraphs()).hasSize(3);
        Article read = without(whole, 1);
        assertThat(read.paragraphs()).extracting(Paragraph::index).containsExactly(0, 2);

        NameStatistic s = NameAnalysis.statistic(Registry.empty());
        NameStatistic.Acc acc = s.newAccumulator();
        s.accumulate(acc, read);
        Map<CorpusStatistic<?, ?>, Object> results = Map.of(s, s.finish(acc));
        ArticleNames names = new NameAnalysis(s).resolve(read, LineIndex.of(read.raw()),
                CorpusKnowledge.of(new RecurringLines(12), results), new ArticleMemo());

        assertThat(names.mentions()).extracting(Mention::surface).contains("Oskar Brandvik", "Port Ardelle");
        for (Mention m : names.mentions()) {
            assertThat(read.raw().substring(m.start(), m.end())).as("the raw text at the offsets of %s", m.surface())
                    .isEqualTo(m.surface());
        }
    }
}
