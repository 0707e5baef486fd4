package dev.gazette.validate.engine;

import dev.gazette.analysis.ArticleMemo;
import dev.gazette.analysis.CorpusKnowledge;
import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.analysis.pipeline.Analyser;
import dev.gazette.analysis.pipeline.CorpusProducts;
import dev.gazette.model.Article;
import dev.gazette.model.Finding;
import dev.gazette.model.Severity;
import dev.gazette.model.io.DocumentReader;
import dev.gazette.model.io.DocumentSource;
import dev.gazette.model.io.InputFile;
import dev.gazette.model.io.PendingDocument;
import dev.gazette.model.io.RawDocument;
import dev.gazette.model.io.ReadResult;
import dev.gazette.model.io.corpus.CorpusSource;
import dev.gazette.model.parse.RecurringLines;
import dev.gazette.validate.Rule;
import dev.gazette.validate.rules.Rules;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the whole pipeline over a corpus: read and decode every input, gather the corpus
 * signals (recurring lines, rule statistics), then parse, check and normalise each article
 * and hand the result to a sink, in input order. Bad input becomes findings, never an
 * exception; only the sink's own I/O errors stop a run.
 *
 * <p>Streaming: each pass is a new pass over the {@link DocumentSource}, so memory holds the
 * compact corpus signals (hashed line counts, rule statistics, the ids seen) and the documents
 * in flight, never the corpus; parsed articles are kept from pass 2 for pass 3 only up to a
 * budget that is a fixed share of the heap ({@link Options#reuseBudgetChars()}). Passes: (1) read every input, count recurring lines, give each
 * document a unique id; (2) parse and gather the corpus statistics the enabled rules declare
 * (only when some rule declares one); (3) parse, validate, check, normalise, emit.
 *
 * <p>Parallel: within a pass, documents are cut into batches of consecutive documents that
 * worker threads process on all cores; results reach the sink in input order, and statistics
 * are accumulated per batch and combined in batch order, so the output is the same, byte for
 * byte, on any number of threads.
 */
public final class Engine {

    /** Receives each article's result, in input order. */
    @FunctionalInterface
    public interface ResultSink {
        void accept(ArticleResult result) throws IOException;
    }

    private static final long REJECTED = Long.MIN_VALUE;

    private final EngineOptions options;
    private final ArticleStep step;
    private final DocumentReader reader;

    /**
     * An engine running every rule, with the analysis and the rules built from the options'
     * reference data.
     *
     * @throws IllegalArgumentException naming the file and line when a registry file is malformed
     */
    public Engine(EngineOptions options) {
        this(options, Analyser.of(options.referenceData()));
    }

    private Engine(EngineOptions options, Analyser analyser) {
        this(options, analyser, Rules.all(analyser, options.referenceData()));
    }

    /** An engine running exactly {@code rules} (tests, embedding), analysing with the options' reference data. */
    public Engine(EngineOptions options, List<Rule> rules) {
        this(options, Analyser.of(options.referenceData()), rules);
    }

    /** An engine running exactly {@code rules}, which read the products of {@code analyser}. */
    public Engine(EngineOptions options, Analyser analyser, List<Rule> rules) {
        this.options = options;
        this.step = new ArticleStep(options, analyser, rules);
        this.reader = new DocumentReader(options.maxFileBytes());
    }

    /** How this engine runs. */
    public EngineOptions options() {
        return options;
    }

    /** The per-article step this engine runs on its workers. */
    public ArticleStep step() {
        return step;
    }

    /** The rules this engine runs. */
    public List<Rule> rules() {
        return step.rules();
    }

    /** The reader this engine decodes article files with (its size limit comes from the options). */
    public DocumentReader reader() {
        return reader;
    }

    /**
     * Runs over article {@code files}; {@code notes} are findings made before reading (e.g. an empty folder).
     *
     * @throws IOException only when the sink fails
     */
    public RunResult run(List<InputFile> files, List<Finding> notes, ResultSink sink) throws IOException {
        return run(CorpusSource.ofTextFiles(files, reader), notes, sink, ProgressListener.NONE);
    }

    /**
     * Runs over every document of {@code source} (article files and corpus records), reporting
     * progress to {@code progress}.
     *
     * @throws IOException only when the sink fails
     */
    public RunResult run(DocumentSource source, List<Finding> notes, ResultSink sink, ProgressListener progress)
            throws IOException {
        Tally tally = new Tally();
        for (Finding n : notes) {
            Finding f = step.configured(n);
            if (f != null) {
                tally.add(f);
                sink.accept(ArticleResult.rejected(n.articleId(), n.source(), List.of(f)));
            }
        }
        OrderedPipeline pipeline = new OrderedPipeline(options.workerThreads(), options.inFlightChars());

        Scan scan = scan(source, pipeline, progress);
        Reuse reuse = new Reuse(options.reuseBudgetChars());
        CorpusKnowledge knowledge = gather(source, pipeline, scan, reuse, progress);

        // Pass 3: check, normalise, (prepare,) emit in input order.
        progress.started(ProgressListener.Pass.CHECK, scan.documents);
        long[] counts = new long[3]; // articles, rejected, changes
        PreparingSink<?> preparing = sink instanceof PreparingSink<?> p ? p : null;
        pipeline.run(source, batch -> {
            List<ArticleResult> results = checkBatch(batch, scan, knowledge, reuse);
            List<Object> prepared = new ArrayList<>(results.size());
            if (preparing != null) {
                for (ArticleResult r : results) {
                    prepared.add(preparing.prepare(r));
                }
            }
            return new Checked(results, prepared);
        }, (batch, checked) -> {
            for (int i = 0; i < checked.results().size(); i++) {
                ArticleResult r = checked.results().get(i);
                if (r.parsed()) {
                    counts[0]++;
                    counts[2] += r.normalised().changes().size();
                } else {
                    counts[1]++;
                }
                r.findings().forEach(tally::add);
                if (preparing != null) {
                    acceptPrepared(preparing, r, checked.prepared().get(i));
                } else {
                    sink.accept(r);
                }
            }
            progress.advanced(batch.firstIndex() + batch.documents().size(), batch.firstIndex() + batch.documents().size());
        });
        progress.finished();
        RunSummary summary = new RunSummary(scan.documents, (int) counts[0], (int) counts[1], tally.bySeverity,
                tally.byRule, (int) counts[2]);
        return new RunResult(summary, knowledge,
                options.products() ? step.analyser().products(knowledge) : CorpusProducts.NONE);
    }

    /** The results of one batch of pass 3, with what a preparing sink made of them. */
    private record Checked(List<ArticleResult> results, List<Object> prepared) {
    }

    @SuppressWarnings("unchecked")
    private static <P> void acceptPrepared(PreparingSink<P> sink, ArticleResult r, Object prepared) throws IOException {
        sink.accept(r, (P) prepared);
    }

    // ------------------------------------------------------------------ pass 1

    /** What pass 1 learnt: the recurring-line signal, id renames and a fingerprint per document. */
    private static final class Scan {
        final RecurringLines recurring;
        final CorpusKnowledge knowledge;
        final Map<Long, Rename> renames = new HashMap<>();
        long[] fingerprints = new long[1024];
        int documents;

        Scan(RecurringLines recurring) {
            this.recurring = recurring;
            this.knowledge = CorpusKnowledge.of(recurring, Map.of());
        }

        long fingerprint(long index) {
            return index < documents ? fingerprints[(int) index] : 0;
        }
    }

    /** A document whose id was taken by an earlier one. */
    private record Rename(String id, String originalId, String owner) {
    }

    /** One document as pass 1 saw it. */
    private record Scanned(String id, String source, boolean rejected, long[] lineKeys, long fingerprint) {
    }

    private Scan scan(DocumentSource source, OrderedPipeline pipeline, ProgressListener progress) throws IOException {
        Scan scan = new Scan(new RecurringLines(options.parser().recurringMaxWords()));
        UniqueIds ids = new UniqueIds();
        progress.started(ProgressListener.Pass.READ, source.totalBytes());
        pipeline.run(source, batch -> {
            List<Scanned> out = new ArrayList<>(batch.documents().size());
            for (PendingDocument d : batch.documents()) {
                ReadResult r = d.read();
                if (r.document().isEmpty()) {
                    out.add(new Scanned(null, null, true, null, REJECTED));
                } else {
                    RawDocument doc = r.document().get();
                    // an article over the budget stays out of the corpus signals (ArticleLimits)
                    out.add(new Scanned(doc.id(), doc.source(), false,
                            step.overBudget(doc) ? null : scan.recurring.keys(doc.text()), fingerprint(doc)));
                }
            }
            return out;
        }, (batch, scanned) -> {
            for (Scanned s : scanned) {
                long index = scan.documents;
                if (scan.documents == scan.fingerprints.length) {
                    scan.fingerprints = Arrays.copyOf(scan.fingerprints, scan.documents * 2);
                }
                scan.fingerprints[scan.documents++] = s.fingerprint();
                if (s.rejected()) {
                    continue;
                }
                String id = ids.claim(s.id(), s.source());
                if (!id.equals(s.id())) {
                    scan.renames.put(index, new Rename(id, s.id(), ids.owner(s.id())));
                }
                if (s.lineKeys() != null) {
                    scan.recurring.add(s.lineKeys());
                }
            }
            progress.advanced(batch.bytesAfter(), scan.documents);
        });
        progress.finished();
        return scan;
    }

    private static long fingerprint(RawDocument doc) {
        String sha = doc.sha256();
        long fp = sha.length() >= 16 ? Long.parseUnsignedLong(sha.substring(0, 16), 16) : sha.hashCode();
        return fp == REJECTED ? fp + 1 : fp;
    }

    // ------------------------------------------------------------------ pass 2

    /**
     * Articles parsed in pass 2 kept for pass 3, with their memos, while their raw text fits the
     * budget: a corpus that fits is parsed once, a larger one is parsed again from where the
     * budget ran out. Which articles are kept depends on timing; the results do not, since an
     * article parses to the same record every time. Kept articles are softly reachable: when the
     * heap runs short (the corpus statistics peak at the end of pass 2, while the store is
     * full), the collector drops them rather than fail, and pass 3 parses those again.
     */
    private static final class Reuse {
        private final ConcurrentHashMap<Long, SoftReference<Parsed>> kept =
                new ConcurrentHashMap<>();
        private final AtomicLong room;

        Reuse(long budgetChars) {
            this.room = new AtomicLong(budgetChars);
        }

        void offer(long index, Article article, ArticleMemo memo) {
            long size = article.raw().length();
            if (room.addAndGet(-size) >= 0) {
                kept.put(index, new SoftReference<>(new Parsed(article, memo)));
            } else {
                room.addAndGet(size);
            }
        }

        /** The article kept for {@code doc} at {@code index}, if it was parsed from this very text. */
        Parsed take(long index, RawDocument doc) {
            SoftReference<Parsed> ref = kept.remove(index);
            Parsed p = ref == null ? null : ref.get();
            if (p == null) {
                return null; // not kept, or dropped by the collector
            }
            return p.article().id().equals(doc.id()) && p.article().sha256().equals(doc.sha256()) ? p : null;
        }
    }

    /** An article parsed in pass 2, with what the statistics memoised for it. */
    private record Parsed(Article article, ArticleMemo memo) {
    }

    private CorpusKnowledge gather(DocumentSource source, OrderedPipeline pipeline, Scan scan, Reuse reuse,
                                   ProgressListener progress) throws IOException {
        List<CorpusStatistic<?, ?>> stats = step.statistics();
        Map<CorpusStatistic<?, ?>, Object> totals = new IdentityHashMap<>();
        for (CorpusStatistic<?, ?> s : stats) {
            totals.put(s, s.newAccumulator());
        }
        if (stats.isEmpty()) {
            return scan.knowledge;
        }
        progress.started(ProgressListener.Pass.STATISTICS, scan.documents);
        pipeline.run(source, batch -> {
            List<Object> partial = new ArrayList<>(stats.size());
            for (CorpusStatistic<?, ?> s : stats) {
                partial.add(s.newAccumulator());
            }
            for (int i = 0; i < batch.documents().size(); i++) {
                long index = batch.firstIndex() + i;
                RawDocument doc = document(batch.documents().get(i).read(), index, scan);
                if (doc == null || step.overBudget(doc)) {
                    continue; // an article over the budget stays out of the corpus statistics
                }
                Article article = step.parse(doc, scan.knowledge);
                ArticleMemo memo = new ArticleMemo();
                Article checkable = step.checkable(article);
                for (int k = 0; k < stats.size(); k++) {
                    accumulate(stats.get(k), partial.get(k), checkable, memo);
                }
                reuse.offer(index, article, memo);
            }
            return partial;
        }, (batch, partial) -> {
            for (int k = 0; k < stats.size(); k++) {
                CorpusStatistic<?, ?> s = stats.get(k);
                totals.put(s, combine(s, totals.get(s), partial.get(k)));
            }
            long done = batch.firstIndex() + batch.documents().size();
            progress.advanced(done, done);
        });
        progress.finished();
        Map<CorpusStatistic<?, ?>, Object> results = new LinkedHashMap<>();
        for (CorpusStatistic<?, ?> s : stats) {
            results.put(s, finish(s, totals.get(s)));
        }
        return scan.knowledge.withResults(results);
    }

    @SuppressWarnings("unchecked")
    private static <A> void accumulate(CorpusStatistic<A, ?> s, Object acc, Article article, ArticleMemo memo) {
        s.accumulate((A) acc, article, memo);
    }

    @SuppressWarnings("unchecked")
    private static <A> Object combine(CorpusStatistic<A, ?> s, Object left, Object right) {
        return s.combine((A) left, (A) right);
    }

    @SuppressWarnings("unchecked")
    private static <A, R> R finish(CorpusStatistic<A, R> s, Object acc) {
        return s.finish((A) acc);
    }

    /** The document under the id pass 1 gave it, or {@code null} when it cannot be read (or changed kind). */
    private static RawDocument document(ReadResult r, long index, Scan scan) {
        if (r.document().isEmpty() || scan.fingerprint(index) == REJECTED || index >= scan.documents) {
            return null;
        }
        RawDocument doc = r.document().get();
        Rename rename = scan.renames.get(index);
        return rename == null ? doc : doc.withId(rename.id());
    }

    // ------------------------------------------------------------------ pass 3

    private List<ArticleResult> checkBatch(OrderedPipeline.Batch batch, Scan scan, CorpusKnowledge knowledge,
                                           Reuse reuse) {
        List<ArticleResult> out = new ArrayList<>(batch.documents().size());
        for (int i = 0; i < batch.documents().size(); i++) {
            long index = batch.firstIndex() + i;
            ReadResult r = batch.documents().get(i).read();
            if (r.rejection().isPresent()) {
                Finding why = r.rejection().get();
                out.add(ArticleResult.rejected(why.articleId(), why.source(), configuredList(why)));
                continue;
            }
            RawDocument doc = r.document().orElseThrow();
            if (index >= scan.documents || scan.fingerprint(index) == REJECTED) {
                out.add(ArticleResult.rejected(doc.id(), doc.source(), configuredList(changed(doc))));
                continue;
            }
            Rename rename = scan.renames.get(index);
            if (rename != null) {
                doc = doc.withId(rename.id());
            }
            Parsed kept = reuse.take(index, doc);
            Article article = kept != null ? kept.article() : step.parse(doc, knowledge);
            ArticleMemo memo = kept != null ? kept.memo() : new ArticleMemo();
            List<Finding> extra = new ArrayList<>(1);
            if (rename != null) {
                extra.add(UniqueIds.duplicate(article.id(), article.source(), rename.originalId(), rename.owner()));
            }
            if (scan.fingerprint(index) != fingerprint(doc)) {
                extra.add(changed(doc));
            }
            out.add(step.check(article, memo, doc, extra, knowledge));
        }
        return out;
    }

    private static Finding changed(RawDocument doc) {
        return Finding.fileLevel("unreadable-file", Severity.ERROR, doc.id(), doc.source(),
                "Input changed while the corpus was processed: this article differs from the one read in the"
                        + " first pass, so its corpus signals may not match",
                "Re-run once the input has stopped changing.");
    }

    private List<Finding> configuredList(Finding f) {
        Finding c = step.configured(f);
        return c == null ? List.of() : List.of(c);
    }

    private static final class Tally {
        final Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        final Map<String, Integer> byRule = new TreeMap<>();

        void add(Finding f) {
            bySeverity.merge(f.severity(), 1, Integer::sum);
            byRule.merge(f.ruleId(), 1, Integer::sum);
        }
    }
}
