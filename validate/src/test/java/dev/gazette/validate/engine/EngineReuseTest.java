package dev.gazette.validate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.analysis.AnnotationKey;
import dev.gazette.analysis.ArticleMemo;
import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.analysis.ReferenceData;
import dev.gazette.analysis.pipeline.Analyser;
import dev.gazette.model.Article;
import dev.gazette.model.Finding;
import dev.gazette.model.io.DocumentSource;
import dev.gazette.model.io.PendingDocument;
import dev.gazette.model.io.RawDocument;
import dev.gazette.model.io.ReadResult;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.Rule;
import dev.gazette.validate.rules.Rules;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Articles parsed in the statistics pass are kept, within a budget, for the check pass, with the
 * memo the statistics filled: results never depend on it, and a document that changed between
 * the passes is parsed again.
 */
class EngineReuseTest {

    /** Where the memo's value under {@link #MARK} was first computed: "statistics" or "check". */
    static final AnnotationKey<String> MARK = new AnnotationKey<>("mark", String.class);

    /** The analysis the rules under test read. */
    private static final Analyser ANALYSER = Analyser.of(ReferenceData.defaults());

    static final CorpusStatistic<int[], Integer> MARKING = new CorpusStatistic<>() {
        @Override
        public String name() {
            return "marking";
        }

        @Override
        public int[] newAccumulator() {
            return new int[1];
        }

        @Override
        public void accumulate(int[] acc, Article article) {
            acc[0]++;
        }

        @Override
        public void accumulate(int[] acc, Article article, ArticleMemo memo) {
            memo.computeIfAbsent(MARK, () -> "statistics");
            acc[0]++;
        }

        @Override
        public int[] combine(int[] left, int[] right) {
            left[0] += right[0];
            return left;
        }

        @Override
        public Integer finish(int[] acc) {
            return acc[0];
        }
    };

    /** Reports, in a finding's message, which pass computed the memo's mark. */
    static final class MarkRule implements Rule {
        @Override
        public String id() {
            return "missing-date";
        }

        @Override
        public void check(ArticleContext ctx) {
            ctx.reportArticle("missing-date", "mark=" + ctx.memo().computeIfAbsent(MARK, () -> "check"), "");
        }

        @Override
        public List<CorpusStatistic<?, ?>> statistics() {
            return List.of(MARKING);
        }
    }

    private static String text(int i) {
        String[] words = {"copper", "wheat", "cocoa", "steel", "cotton", "sugar"};
        StringBuilder sb = new StringBuilder("Markets desk\n\nReport on " + words[i % 6] + " number " + i
                + "\n\nMarch " + (1 + i % 28) + ", 2023\n\n");
        for (int k = 0; k < 1 + i % 4; k++) {
            sb.append("Traders in ").append(words[(i + k) % 6]).append(" said Maria Lopez-Garcia of Acme Metals")
                    .append(" expected prices to move ").append(i + k).append(" points\nthis week.\n\n");
        }
        return sb.append("Share this article\n").toString();
    }

    /** A source of {@code n} documents; {@code textOf.apply(pass * 1000 + i)} is document i's text in a pass. */
    private static DocumentSource source(int n, IntFunction<String> textOf) {
        return new InMemorySource(n, (pass, i) -> {
            String t = textOf.apply(pass * 1000 + i);
            return PendingDocument.of(ReadResult.of(new RawDocument("d" + i, "d" + i + ".txt",
                    Integer.toHexString(t.hashCode()) + "0000000000000000", "UTF-8", t, List.of())), t.length());
        });
    }

    private record Run(List<String> results, Map<String, Integer> marks) {
    }

    private static Run run(EngineOptions options, List<Rule> rules, DocumentSource source) throws IOException {
        List<String> out = new ArrayList<>();
        Map<String, Integer> marks = new TreeMap<>();
        new Engine(options, ANALYSER, rules).run(source, List.of(), r -> {
            StringBuilder sb = new StringBuilder(r.id()).append('\n');
            for (Finding f : r.findings()) {
                sb.append("  ").append(f).append('\n');
            }
            if (r.parsed()) {
                sb.append(r.article().title()).append('\n').append(r.normalised().cleanText());
                if (r.products().mentions() != null) {
                    sb.append("mentions=").append(r.products().mentions()).append('\n');
                }
                if (r.products().quotations() != null) {
                    sb.append("quotations=").append(r.products().quotations()).append('\n');
                }
            }
            for (Finding f : r.findings()) {
                if (f.message().startsWith("mark=")) {
                    marks.merge(f.message().substring("mark=".length()), 1, Integer::sum);
                }
            }
            out.add(sb.toString());
        }, ProgressListener.NONE);
        return new Run(out, marks);
    }

    @Test
    void keptArticlesCarryTheirMemoFromTheStatisticsPassToTheCheckPass() throws IOException {
        EngineOptions base = EngineOptions.builder().threads(2).build();
        List<Rule> rules = List.of(new MarkRule());

        Run all = run(base, rules, source(200, k -> text(k % 1000)));
        Run none = run(base.toBuilder().reuseBudgetChars(0).build(), rules, source(200, k -> text(k % 1000)));
        Run some = run(base.toBuilder().reuseBudgetChars(20 * text(0).length()).build(), rules, source(200, k -> text(k % 1000)));

        assertThat(all.marks()).isEqualTo(Map.of("statistics", 200));
        assertThat(none.marks()).isEqualTo(Map.of("check", 200));
        assertThat(some.marks().get("statistics")).isBetween(1, 199);
        assertThat(some.marks().get("statistics") + some.marks().get("check")).isEqualTo(200);
    }

    @Test
    void everyRuleGivesTheSameResultsWithAndWithoutReuseOnAnyNumberOfThreads() throws IOException {
        List<Rule> rules = Rules.all(ANALYSER, ReferenceData.defaults());
        EngineOptions base = EngineOptions.builder().products(true).build();

        List<String> reference = run(base.toBuilder().threads(1).reuseBudgetChars(0).build(), rules,
                source(150, k -> text(k % 1000))).results();

        assertThat(reference).hasSize(150);
        assertThat(String.join("", reference)).contains("Lopez").contains("mentions=");
        assertThat(run(base.toBuilder().threads(1).build(), rules, source(150, k -> text(k % 1000))).results())
                .isEqualTo(reference);
        assertThat(run(base.toBuilder().threads(3).build(), rules, source(150, k -> text(k % 1000))).results())
                .isEqualTo(reference);
        assertThat(run(base.toBuilder().threads(3).reuseBudgetChars(30 * text(0).length()).build(), rules,
                source(150, k -> text(k % 1000))).results()).isEqualTo(reference);
    }

    @Test
    void aDocumentThatChangedAfterTheStatisticsPassIsParsedAgain() throws IOException {
        // Pass 1 and 2 see the first text of document 3, pass 3 (the check) another one.
        IntFunction<String> changing = k -> k / 1000 == 3 && k % 1000 == 3
                ? "A different title\n\nAnother body altogether.\n" : text(k % 1000);

        Run run = run(EngineOptions.builder().threads(1).build(), List.of(new MarkRule()), source(10, changing));

        String third = run.results().get(3);
        assertThat(third).contains("A different title").contains("Input changed").contains("message=mark=check");
        assertThat(run.marks()).isEqualTo(Map.of("statistics", 9, "check", 1));
    }
}
