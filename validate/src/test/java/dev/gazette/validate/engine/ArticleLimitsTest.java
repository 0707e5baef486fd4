package dev.gazette.validate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.model.Article;
import dev.gazette.model.Finding;
import dev.gazette.model.io.InputScanner;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-article limits (issue 16, point 1): findings capped per rule, over-long paragraphs
 * skipped, articles over the budget exported as they are, and neither entering the corpus
 * signals that the other articles are checked against.
 */
class ArticleLimitsTest {

    @TempDir
    Path tmp;

    private List<ArticleResult> run(EngineOptions options, List<Rule> rules) throws Exception {
        InputScanner.Scan scan = new InputScanner().scan(List.of(tmp.toString()));
        List<ArticleResult> results = new ArrayList<>();
        Engine engine = rules == null ? new Engine(options) : new Engine(options, rules);
        engine.run(scan.files(), scan.notes(), results::add);
        return results;
    }

    private List<ArticleResult> run(ArticleLimits limits) throws Exception {
        return run(EngineOptions.builder().threads(1).limits(limits).build(), null);
    }

    private static ArticleResult of(List<ArticleResult> results, String id) {
        return results.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static long count(ArticleResult r, String rule) {
        return r.findings().stream().filter(f -> f.ruleId().equals(rule)).count();
    }

    @Test
    void aRuleReportsAtMostTheCapAndOneFindingCountsTheRest() throws Exception {
        Files.writeString(tmp.resolve("flood.txt"), "Doubled words\nMarch 3, 2021\n\n" + "the the and ".repeat(20)
                + "end.\n");
        // doubled-word's fix is a suggestion: applied here, as with --unsafe, to see which fixes are applied
        ArticleResult r = of(run(EngineOptions.builder().threads(1).limits(new ArticleLimits(5, 20_000, 1_000_000))
                .applySuggestedFixes(true).build(), null), "flood");
        assertThat(count(r, "doubled-word")).isEqualTo(5);
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("findings-capped")).singleElement()
                .extracting(Finding::message).asString()
                .contains("Rule 'doubled-word' reported 5 findings in this article and left out 15 more");
        assertThat(r.normalised().changes()).as("only the fixes of the findings reported").hasSize(5);
    }

    @Test
    void anOverLongParagraphIsReportedSkippedAndKept() throws Exception {
        String longOne = "the the " + "word ".repeat(300);
        Files.writeString(tmp.resolve("long.txt"), "A title here\nMarch 3, 2021\n\nShort one with the the double.\n\n"
                + longOne + "\n");
        ArticleResult r = of(run(new ArticleLimits(100, 1_000, 1_000_000)), "long");
        assertThat(count(r, "over-long-paragraph")).isEqualTo(1);
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("over-long-paragraph")).singleElement()
                .satisfies(f -> assertThat(f.line()).isEqualTo(6));
        assertThat(count(r, "doubled-word")).as("only in the short paragraph").isEqualTo(1);
        assertThat(r.article().paragraphs()).hasSize(2);
        assertThat(r.article().paragraphs().get(1).text()).startsWith("the the word");
    }

    @Test
    void anArticleOverTheBudgetIsExportedWithItsRawTextAndNotChecked() throws Exception {
        String raw = "the the ".repeat(1_000) + "\n";
        Files.writeString(tmp.resolve("huge.txt"), raw);
        ArticleResult r = of(run(new ArticleLimits(100, 20_000, 5_000)), "huge");
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("article-over-budget");
        assertThat(r.article().raw()).isEqualTo(raw);
        assertThat(r.article().paragraphs()).isEmpty();
        assertThat(r.normalised().cleanText()).isEqualTo(raw);
    }

    @Test
    void anArticleOverTheBudgetDoesNotMakeTheLinesOfOthersRecur() throws Exception {
        String share = "Desk notes follow below\n";
        Files.writeString(tmp.resolve("a.txt"), "Harbour works win backing\nMarch 3, 2021\n\n" + share
                + "\nThe council voted to fund the harbour works.\n");
        Files.writeString(tmp.resolve("b.txt"), "Schools close early today\nMarch 4, 2021\n\n" + share
                + "\nTeachers left at noon on Friday after the storm.\n");
        Files.writeString(tmp.resolve("c.txt"), "Roads reopen after the floods\nMarch 5, 2021\n\n"
                + "Drivers were back on the coast road by the evening.\n");
        List<ArticleResult> before = run(ArticleLimits.DEFAULTS);
        assertThat(count(of(before, "a"), "boilerplate")).as("a line in 2 articles does not recur").isZero();

        // a huge file repeating the line would make it recur in 3 "articles" and strip it from a and b
        Files.writeString(tmp.resolve("huge.txt"), share.repeat(100_000));
        List<ArticleResult> after = run(new ArticleLimits(100, 20_000, 1_000_000));

        assertThat(of(after, "huge").findings()).extracting(Finding::ruleId).contains("article-over-budget");
        for (String id : List.of("a", "b", "c")) {
            assertThat(of(after, id).findings()).as(id).isEqualTo(of(before, id).findings());
            assertThat(of(after, id).normalised()).as(id).isEqualTo(of(before, id).normalised());
        }
    }

    /** Counts, in the corpus statistics, the articles and the characters of their paragraphs. */
    private static final CorpusStatistic<long[], long[]> SEEN = new CorpusStatistic<>() {
        @Override
        public String name() {
            return "seen";
        }

        @Override
        public long[] newAccumulator() {
            return new long[2];
        }

        @Override
        public void accumulate(long[] acc, Article article) {
            acc[0]++;
            acc[1] += article.paragraphs().stream().mapToLong(p -> p.text().length()).sum();
        }

        @Override
        public long[] combine(long[] left, long[] right) {
            return new long[] {left[0] + right[0], left[1] + right[1]};
        }

        @Override
        public long[] finish(long[] acc) {
            return acc;
        }
    };

    /** Reports what the corpus statistics saw, as a finding of an existing id, so the test can read it. */
    private static final Rule REPORTS_WHAT_THE_STATISTICS_SAW = new Rule() {
        @Override
        public String id() {
            return "relative-date";
        }

        @Override
        public void check(ArticleContext ctx) {
            long[] seen = ctx.corpus(SEEN);
            ctx.reportArticle(id(), seen[0] + " articles, " + seen[1] + " characters", "");
        }

        @Override
        public List<CorpusStatistic<?, ?>> statistics() {
            return List.of(SEEN);
        }
    };

    @Test
    void theCorpusStatisticsLeaveOutArticlesOverTheBudgetAndOverLongParagraphs() throws Exception {
        Files.writeString(tmp.resolve("a.txt"), "A title\nMarch 3, 2021\n\nTwelve chars\n\n" + "x ".repeat(600) + "\n");
        Files.writeString(tmp.resolve("huge.txt"), "word ".repeat(3_000));
        List<ArticleResult> results = run(EngineOptions.builder().threads(1)
                .limits(new ArticleLimits(100, 1_000, 10_000)).build(), List.of(REPORTS_WHAT_THE_STATISTICS_SAW));
        assertThat(of(results, "a").findings()).extracting(Finding::message)
                .contains("1 articles, 12 characters");
    }
}
