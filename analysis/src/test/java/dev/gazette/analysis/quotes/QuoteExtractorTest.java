package dev.gazette.analysis.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.model.Article;
import dev.gazette.model.io.DocumentReader;
import dev.gazette.model.io.InputFile;
import dev.gazette.model.parse.ArticleParser;
import dev.gazette.model.parse.ParserConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the quotation examples under {@code src/test/resources/quotes/}: {@code <case>.txt} is an
 * article, {@code <case>.expected} its quotations, one a line, as
 * {@code paragraph<TAB>balanced<TAB>attribution<TAB>speaker<TAB>quote} (paragraph 1-based;
 * attribution and speaker empty when unattributed; an empty file for none).
 */
class QuoteExtractorTest {

    static final Path ROOT = Path.of("src/test/resources/quotes");

    @TestFactory
    Stream<DynamicTest> everyExampleGivesItsExpectedQuotations() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(ROOT)) {
            for (Path input : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(input.getFileName().toString(), () -> runCase(input)));
            }
        }
        return tests.stream();
    }

    private static void runCase(Path input) throws IOException {
        Path expectedFile = Path.of(input.toString().replaceFirst("\\.txt$", ".expected"));
        assertThat(expectedFile).as("every case needs an .expected file (empty for no quotation)").exists();
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        Article article = parse(input);
        List<String> actual = QuoteExtractor.standard().extract(article).stream()
                .map(q -> (q.paragraph() + 1) + "\t" + q.balanced() + "\t"
                        + (q.attribution() == null ? "" : q.attribution().label()) + "\t"
                        + (q.speaker() == null ? "" : q.speaker()) + "\t" + q.text())
                .toList();
        assertThat(actual).as("quotations of %s", input).containsExactlyElementsOf(expected);
    }

    static Article parse(Path input) {
        var read = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES)
                .read(new InputFile(input, input.getFileName().toString()));
        return new ArticleParser(ParserConfig.defaults()).parse(read.document().orElseThrow());
    }

    @Test
    void offsetsCoverTheQuotationWithItsMarksInTheRawText() {
        Article article = parse(ROOT.resolve("hard-wrapped.txt"));
        List<Quote> quotes = QuoteExtractor.standard().extract(article);
        Quote first = quotes.get(0);
        assertThat(article.raw().substring(first.start(), first.end()))
                .isEqualTo("\"Inflation remains the main risk to the economy,\"");
        Quote wrapped = quotes.get(1);
        assertThat(article.raw().substring(wrapped.start(), wrapped.end())).isEqualTo("\"act decisively if\nneeded\"");
        assertThat(wrapped.text()).isEqualTo("act decisively if needed");
        assertThat(article.raw().substring(wrapped.speakerStart(), wrapped.speakerEnd())).isEqualTo("the bank");
    }

    @Test
    void aUserFileAddsSpeechVerbs(@TempDir Path dir) throws IOException {
        Path article = dir.resolve("a.txt");
        Files.writeString(article, "Title Of The Piece\n\nThe plan is \"overdue\" and she grumbled it loudly.\n\n"
                + "\"It is overdue,\" she grumbled.\n", StandardCharsets.UTF_8);
        Path words = dir.resolve("words.tsv");
        Files.writeString(words, "# extra\nverb\tgrumbled\n", StandardCharsets.UTF_8);
        Article a = parse(article);
        assertThat(QuoteExtractor.standard().extract(a).get(1).speaker()).isNull();
        QuoteExtractor extended = new QuoteExtractor(AttributionLexicon.standard().withFile(words));
        assertThat(extended.extract(a).get(1).speaker()).isEqualTo("she");
    }

    @Test
    void aMalformedLexiconLineIsAnErrorNamingFileAndLine(@TempDir Path dir) throws IOException {
        Path words = dir.resolve("words.tsv");
        Files.writeString(words, "verb\tshouted\nadverb\tloudly\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AttributionLexicon.standard().withFile(words))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("words.tsv:2:")
                .hasMessageContaining("adverb");
    }
}
