package dev.gazette.validate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.analysis.ReferenceData;
import dev.gazette.analysis.pipeline.Analyser;
import dev.gazette.model.Article;
import dev.gazette.model.Finding;
import dev.gazette.model.io.DocumentSource;
import dev.gazette.model.io.InputFile;
import dev.gazette.model.io.InputScanner;
import dev.gazette.model.io.PendingDocument;
import dev.gazette.model.io.corpus.CorpusSource;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.Rule;
import dev.gazette.validate.rules.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineStreamingTest {

    @TempDir
    Path dir;

    private List<InputFile> files;

    /** Collects the ids of the articles in the order the statistic saw them: any reordering shows. */
    static final CorpusStatistic<List<String>, List<String>> ORDER_SEEN = new CorpusStatistic<>() {
        @Override
        public String name() {
            return "order-seen";
        }

        @Override
        public List<String> newAccumulator() {
            return new ArrayList<>();
        }

        @Override
        public void accumulate(List<String> acc, Article article) {
            acc.add(article.id());
        }

        @Override
        public List<String> combine(List<String> left, List<String> right) {
            left.addAll(right);
            return left;
        }

        @Override
        public List<String> finish(List<String> acc) {
            return List.copyOf(acc);
        }
    };

    /** A rule (under an existing catalogue id) that only declares {@link #ORDER_SEEN}. */
    static final class OrderRule implements Rule {
        @Override
        public String id() {
            return "missing-date";
        }

        @Override
        public void check(ArticleContext context) {
            context.corpus(ORDER_SEEN);
        }

        @Override
        public List<CorpusStatistic<?, ?>> statistics() {
            return List.of(ORDER_SEEN);
        }
    }

    @BeforeEach
    void writeCorpus() throws Exception {
        for (int i = 0; i < 300; i++) {
            String folder = i % 50 == 7 ? "b" : "a";
            String name = i % 50 == 7 ? String.format("%03d", i - 1) : String.format("%03d", i);
            Path p = dir.resolve(folder).resolve(name + ".txt");
            Files.createDirectories(p.getParent());
            StringBuilder body = new StringBuilder();
            String[] words = {"copper", "wheat", "cocoa", "steel", "cotton", "sugar", "coffee", "nickel"};
            body.append("Markets desk\n\n").append("Price report on ").append(words[i % 8]).append(" number ")
                    .append(i).append("\n\nMarch ").append(1 + i % 28).append(", 2023\n\n");
            for (int k = 0; k < 1 + i % 5; k++) {
                body.append("Traders in ").append(words[(i + k) % 8]).append(" said prices moved ").append(i * 7 + k)
                        .append(" points as the session went on and on\n")
                        .append("while analysts in the ").append(words[(i * 3 + k) % 8])
                        .append(" pits expected more of the same over the coming week.\n\n");
            }
            body.append("Share this article\n");
            Files.writeString(p, body.toString());
        }
        Files.writeString(dir.resolve("a").resolve("empty.txt"), "");
        files = new InputScanner().scan(List.of(dir.toString())).files();
    }

    private static String describe(ArticleResult r) {
        StringBuilder sb = new StringBuilder(r.id()).append(' ').append(r.source()).append('\n');
        for (Finding f : r.findings()) {
            sb.append("  ").append(f).append('\n');
        }
        if (r.parsed()) {
            sb.append(r.normalised().cleanText());
        }
        return sb.toString();
    }

    private List<String> run(int threads, List<Rule> rules) throws IOException {
        Engine engine = new Engine(EngineOptions.builder().threads(threads).build(), rules);
        List<String> out = new ArrayList<>();
        engine.run(CorpusSource.ofTextFiles(files, engine.reader()), List.of(), r -> out.add(describe(r)),
                ProgressListener.NONE);
        return out;
    }

    @Test
    void parallelRunsGiveTheSameResultsInTheSameOrderAsTheSequentialRun() throws IOException {
        List<Rule> rules = Rules.all(Analyser.of(ReferenceData.defaults()), ReferenceData.defaults());

        List<String> sequential = run(1, rules);
        List<String> parallel = run(4, rules);

        assertThat(sequential).hasSize(301);
        assertThat(parallel).isEqualTo(sequential);
        assertThat(String.join("", sequential)).contains("duplicate-id").contains("empty-file").contains("recurs in")
                .contains("broken-paragraph");
    }

    @Test
    void corpusStatisticsCombineInInputOrderOnAnyNumberOfThreads() throws IOException {
        List<String> expected = new ArrayList<>();
        Engine sequential = new Engine(EngineOptions.builder().threads(1).build(), List.of(new OrderRule()));
        RunResult first = sequential.run(files, List.of(), r -> {
            if (r.parsed()) {
                expected.add(r.id());
            }
        });

        Engine parallel = new Engine(EngineOptions.builder().threads(3).build(), List.of(new OrderRule()));
        RunResult second = parallel.run(files, List.of(), r -> { });

        assertThat(first.knowledge().get(ORDER_SEEN)).isEqualTo(expected).hasSize(300);
        assertThat(second.knowledge().get(ORDER_SEEN)).isEqualTo(expected);
    }

    @Test
    void aSecondLookAtTheCorpusIsASecondPassNotACache() throws IOException {
        AtomicInteger passes = new AtomicInteger();
        DocumentSource inner = CorpusSource.ofTextFiles(files, new dev.gazette.model.io.DocumentReader());
        DocumentSource counting = new DocumentSource() {
            @Override
            public Pass open() {
                passes.incrementAndGet();
                return inner.open();
            }

            @Override
            public long totalBytes() {
                return inner.totalBytes();
            }
        };

        new Engine(EngineOptions.builder().threads(2).build(), List.of()).run(counting, List.of(), r -> { },
                ProgressListener.NONE);
        int withoutStatistics = passes.getAndSet(0);
        new Engine(EngineOptions.builder().threads(2).build(), List.of(new OrderRule())).run(counting, List.of(),
                r -> { }, ProgressListener.NONE);

        assertThat(withoutStatistics).isEqualTo(2);
        assertThat(passes.get()).isEqualTo(3);
    }

    @Test
    void aFailingRuleStopsAParallelRunWithItsOwnException() {
        Rule failing = new Rule() {
            @Override
            public String id() {
                return "missing-title";
            }

            @Override
            public void check(ArticleContext context) {
                if (context.article().id().equals("150")) {
                    throw new IllegalStateException("rule bug on 150");
                }
            }
        };
        Engine engine = new Engine(EngineOptions.builder().threads(4).build(), List.of(failing));

        assertThatThrownBy(() -> engine.run(files, List.of(), r -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessage("rule bug on 150");
    }

    @Test
    void aFailingSinkStopsAParallelRunWithItsIoException() {
        Engine engine = new Engine(EngineOptions.builder().threads(4).build());
        AtomicInteger seen = new AtomicInteger();

        assertThatThrownBy(() -> engine.run(files, List.of(), r -> {
            if (seen.incrementAndGet() == 100) {
                throw new IOException("disk full");
            }
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(seen.get()).isEqualTo(100);
    }

    @Test
    void reportsEveryPassWithItsTotalAndReachesIt() throws IOException {
        List<String> events = new ArrayList<>();
        long[] last = new long[2];
        ProgressListener listener = new ProgressListener() {
            @Override
            public void started(Pass pass, long total) {
                events.add(pass + " " + total);
            }

            @Override
            public void advanced(long done, long documents) {
                last[0] = done;
                last[1] = documents;
            }

            @Override
            public void finished() {
                events.add("done " + last[0] + " " + last[1]);
            }
        };
        CorpusSource source = CorpusSource.ofTextFiles(files, new dev.gazette.model.io.DocumentReader());

        new Engine(EngineOptions.builder().threads(2).build(), List.of(new OrderRule())).run(source, List.of(),
                r -> { }, listener);

        assertThat(events).containsExactly("READ " + source.totalBytes(), "done " + source.totalBytes() + " 301",
                "STATISTICS 301", "done 301 301", "CHECK 301", "done 301 301");
    }

    @Test
    void runsOverRecordsAndFilesAlikeAndReportsAMalformedRecordInPlace() throws IOException {
        Path jsonl = dir.resolve("feed.jsonl");
        Files.writeString(jsonl, "{\"id\": \"r1\", \"title\": \"Rates held\", \"text\": \"The bank held rates.\"}\n"
                + "{not json}\n"
                + "{\"id\": \"r3\", \"text\": \"Another short report.\"}\n");
        CorpusSource source = CorpusSource.builder(List.of(new InputFile(jsonl, "feed.jsonl"))).build();
        List<String> seen = new ArrayList<>();

        RunSummary summary = new Engine(EngineOptions.builder().threads(2).build()).run(source, List.of(),
                r -> seen.add(r.id() + " " + r.source() + " " + r.parsed()
                        + (r.parsed() ? "" : " " + r.findings().get(0).ruleId() + "@" + r.findings().get(0).line())),
                ProgressListener.NONE).summary();

        assertThat(seen).containsExactly("r1 feed.jsonl:1#1 true", "feed-2 feed.jsonl:2#2 false malformed-record@2",
                "r3 feed.jsonl:3#3 true");
        assertThat(summary.inputs()).isEqualTo(3);
        assertThat(summary.articles()).isEqualTo(2);
        assertThat(summary.rejected()).isEqualTo(1);
    }

    @Test
    void aPendingDocumentIsReadOnTheWorkersNotKept() {
        PendingDocument d = PendingDocument.of(dev.gazette.model.io.ReadResult.rejected(
                Finding.fileLevel("empty-file", dev.gazette.model.Severity.ERROR, "x", "x.txt", "empty", "")), 3);

        assertThat(d.weight()).isEqualTo(3);
        assertThat(d.read().rejection()).isPresent();
    }

    @Test
    void theReaderRunsAheadOfTheSinkByABoundedNumberOfDocuments() throws IOException {
        java.util.concurrent.atomic.AtomicLong handedOut = new java.util.concurrent.atomic.AtomicLong();
        int documents = 5_000;
        DocumentSource many = new InMemorySource(documents, (pass, i) -> {
            if (i == 0) {
                handedOut.set(0);
            }
            handedOut.incrementAndGet();
            return PendingDocument.of(dev.gazette.model.io.ReadResult.of(new dev.gazette.model.io.RawDocument(
                    "d" + i, "d" + i + ".txt", "00", "UTF-8", "Title " + i + "\n\nBody of " + i + ".\n", List.of())), 20);
        });
        long[] consumed = {0};
        long[] maxAhead = {0};

        new Engine(EngineOptions.builder().threads(2).build(), List.of()).run(many, List.of(), r -> {
            consumed[0]++;
            maxAhead[0] = Math.max(maxAhead[0], handedOut.get() - consumed[0]);
        }, ProgressListener.NONE);

        assertThat(consumed[0]).isEqualTo(documents);
        assertThat(maxAhead[0]).as("documents in flight").isLessThanOrEqualTo((2 * 4 + 2 + 2) * 64);
    }
}
