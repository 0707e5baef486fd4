package dev.gazette.validate;

import dev.gazette.model.Article;
import dev.gazette.model.Finding;
import dev.gazette.model.LineIndex;
import dev.gazette.model.Severity;
import dev.gazette.model.constraints.ModelValidator;
import dev.gazette.model.io.DocumentReader;
import dev.gazette.model.io.DocumentSource;
import dev.gazette.model.io.InputFile;
import dev.gazette.model.io.PendingDocument;
import dev.gazette.model.io.RawDocument;
import dev.gazette.model.io.ReadResult;
import dev.gazette.model.io.corpus.CorpusSource;
import dev.gazette.model.parse.ArticleParser;
import dev.gazette.model.parse.ParserConfig;
import dev.gazette.model.parse.RecurringLines;
import dev.gazette.validate.fix.Normalised;
import dev.gazette.validate.fix.Normaliser;
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
import java.util.Objects;
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

    /** Default bound on document text in flight in a pass (characters, or bytes of article files). */
    public static final long DEFAULT_IN_FLIGHT = 8L * 1024 * 1024;

    /**
     * How the engine runs.
     *
     * @param cacheBudgetChars bound on the text of documents in flight between the reader, the
     *                         workers and the sink, in characters (a second look at the corpus
     *                         is a second pass over the input, see {@code reuseBudgetChars})
     * @param threads          worker threads; 0 means one per available processor
     * @param reuseBudgetChars bound on the raw text of the articles parsed in the statistics pass
     *                         that are kept, with their {@link ArticleMemo}, for the check pass
     *                         instead of being parsed again (they are still read, to check that
     *                         they did not change); {@link #AUTO} (any negative
     *                         value) is one character per {@value #HEAP_BYTES_PER_REUSED_CHAR}
     *                         bytes of the maximum heap, 0 turns reuse off. Reuse changes only
     *                         the speed, never the results.
     */
    public record Options(ParserConfig parser, RuleSettings settings, RuleEnvironment environment,
                          long maxFileBytes, boolean applySuggestedFixes, long cacheBudgetChars, int threads,
                          long reuseBudgetChars) {

        /** {@code reuseBudgetChars}: a share of the maximum heap. */
        public static final long AUTO = -1;
        /**
         * Heap per character of a kept article's raw text: a parsed article holds its raw text,
         * its paragraphs' text and their spans (about 5 bytes per character of Latin text), and
         * the reuse may take an eighth of the heap.
         */
        public static final int HEAP_BYTES_PER_REUSED_CHAR = 40;

        public Options {
            Objects.requireNonNull(parser, "parser");
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(environment, "environment");
            if (threads < 0) {
                throw new IllegalArgumentException("threads must be 0 (all processors) or more, got " + threads);
            }
            if (cacheBudgetChars <= 0) {
                cacheBudgetChars = DEFAULT_IN_FLIGHT;
            }
            if (reuseBudgetChars < 0) {
                reuseBudgetChars = Runtime.getRuntime().maxMemory() / HEAP_BYTES_PER_REUSED_CHAR;
            }
        }

        /** Options with the automatic reuse budget. */
        public Options(ParserConfig parser, RuleSettings settings, RuleEnvironment environment,
                       long maxFileBytes, boolean applySuggestedFixes, long cacheBudgetChars, int threads) {
            this(parser, settings, environment, maxFileBytes, applySuggestedFixes, cacheBudgetChars, threads, AUTO);
        }

        /** Options running on all processors. */
        public Options(ParserConfig parser, RuleSettings settings, RuleEnvironment environment,
                       long maxFileBytes, boolean applySuggestedFixes, long cacheBudgetChars) {
            this(parser, settings, environment, maxFileBytes, applySuggestedFixes, cacheBudgetChars, 0);
        }

        /** Defaults: bundled reference data, every rule, safe fixes only, all processors. */
        public static Options defaults() {
            return new Options(ParserConfig.defaults(), RuleSettings.defaults(), RuleEnvironment.defaults(),
                    DocumentReader.DEFAULT_MAX_BYTES, false, DEFAULT_IN_FLIGHT, 0, AUTO);
        }

        /** A copy running on {@code n} worker threads (0: one per processor). */
        public Options withThreads(int n) {
            return new Options(parser, settings, environment, maxFileBytes, applySuggestedFixes, cacheBudgetChars, n,
                    reuseBudgetChars);
        }

        /** A copy keeping at most {@code chars} of parsed articles from pass 2 for pass 3 (0: none). */
        public Options withReuseBudgetChars(long chars) {
            return new Options(parser, settings, environment, maxFileBytes, applySuggestedFixes, cacheBudgetChars,
                    threads, chars);
        }

        /** The number of worker threads this run uses. */
        public int workerThreads() {
            return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        }
    }

    /** Receives each article's result, in input order. */
    @FunctionalInterface
    public interface ResultSink {
        void accept(ArticleResult result) throws IOException;
    }

    private static final long REJECTED = Long.MIN_VALUE;

    private final Options options;
    private final List<Rule> rules;
    private final ArticleParser parser;
    private final DocumentReader reader;
    private final Normaliser normaliser;
    private final ModelValidator validator = new ModelValidator();
    private volatile CorpusKnowledge lastKnowledge = CorpusKnowledge.empty();

    public Engine(Options options) {
        this(options, Rules.all(options.environment()));
    }

    /** An engine running exactly {@code rules} (tests, embedding). */
    public Engine(Options options, List<Rule> rules) {
        this.options = options;
        List<Rule> enabled = new ArrayList<>();
        for (Rule r : rules) {
            options.settings().catalogue().get(r.id());
            if (options.settings().enabled(r.id())) {
                enabled.add(r);
            }
        }
        this.rules = List.copyOf(enabled);
        this.parser = new ArticleParser(options.parser());
        this.reader = new DocumentReader(options.maxFileBytes());
        this.normaliser = new Normaliser(options.settings(), options.applySuggestedFixes());
    }

    /** The corpus statistics of the last run (for corpus-level tables such as entities). */
    public CorpusKnowledge knowledge() {
        return lastKnowledge;
    }

    /** How this engine runs. */
    public Options options() {
        return options;
    }

    /** The rules this engine runs. */
    public List<Rule> rules() {
        return rules;
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
    public RunSummary run(List<InputFile> files, List<Finding> notes, ResultSink sink) throws IOException {
        return run(CorpusSource.ofTextFiles(files, reader), notes, sink, ProgressListener.NONE);
    }

    /**
     * Runs over every document of {@code source} (article files and corpus records), reporting
     * progress to {@code progress}.
     *
     * @throws IOException only when the sink fails
     */
    public RunSummary run(DocumentSource source, List<Finding> notes, ResultSink sink, ProgressListener progress)
            throws IOException {
        Tally tally = new Tally();
        for (Finding n : notes) {
            Finding f = configured(n);
            if (f != null) {
                tally.add(f);
                sink.accept(ArticleResult.rejected(n.articleId(), n.source(), List.of(f)));
            }
        }
        OrderedPipeline pipeline = new OrderedPipeline(options.workerThreads(), options.cacheBudgetChars());

        Scan scan = scan(source, pipeline, progress);
        Reuse reuse = new Reuse(options.reuseBudgetChars());
        CorpusKnowledge knowledge = gather(source, pipeline, scan, reuse, progress);
        lastKnowledge = knowledge;

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
        return new RunSummary(scan.documents, (int) counts[0], (int) counts[1], tally.bySeverity, tally.byRule,
                (int) counts[2]);
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
        final Map<Long, Rename> renames = new HashMap<>();
        long[] fingerprints = new long[1024];
        int documents;

        Scan(RecurringLines recurring) {
            this.recurring = recurring;
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
        Map<String, String> idOwner = new HashMap<>();
        progress.started(ProgressListener.Pass.READ, source.totalBytes());
        pipeline.run(source, batch -> {
            List<Scanned> out = new ArrayList<>(batch.documents().size());
            for (PendingDocument d : batch.documents()) {
                ReadResult r = d.read();
                if (r.document().isEmpty()) {
                    out.add(new Scanned(null, null, true, null, REJECTED));
                } else {
                    RawDocument doc = r.document().get();
                    out.add(new Scanned(doc.id(), doc.source(), false, scan.recurring.keys(doc.text()),
                            fingerprint(doc)));
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
                String id = uniqueId(s.id(), idOwner, s.source());
                if (!id.equals(s.id())) {
                    scan.renames.put(index, new Rename(id, s.id(), idOwner.get(s.id())));
                }
                scan.recurring.add(s.lineKeys());
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
        List<CorpusStatistic<?, ?>> stats = new ArrayList<>();
        Map<CorpusStatistic<?, ?>, Object> totals = new IdentityHashMap<>();
        for (Rule r : rules) {
            for (CorpusStatistic<?, ?> s : r.statistics()) {
                if (!totals.containsKey(s)) {
                    totals.put(s, s.newAccumulator());
                    stats.add(s);
                }
            }
        }
        if (stats.isEmpty()) {
            return new CorpusKnowledge(Map.of());
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
                if (doc == null) {
                    continue;
                }
                Article article = parser.parse(doc, scan.recurring);
                ArticleMemo memo = new ArticleMemo();
                for (int k = 0; k < stats.size(); k++) {
                    accumulate(stats.get(k), partial.get(k), article, memo);
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
        return new CorpusKnowledge(results);
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
            Article article = kept != null ? kept.article() : parser.parse(doc, scan.recurring);
            ArticleMemo memo = kept != null ? kept.memo() : new ArticleMemo();
            List<Finding> extra = new ArrayList<>(1);
            if (rename != null) {
                extra.add(Finding.fileLevel("duplicate-id", Severity.WARNING, article.id(), article.source(),
                        "Article id '" + rename.originalId() + "' is already used by " + rename.owner()
                                + "; this article is '" + article.id() + "'",
                        "Give every article a unique id (file name, or the record's id field)."));
            }
            if (scan.fingerprint(index) != fingerprint(doc)) {
                extra.add(changed(doc));
            }
            out.add(check(article, doc, extra, knowledge, memo));
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
        Finding c = configured(f);
        return c == null ? List.of() : List.of(c);
    }

    private ArticleResult check(Article article, RawDocument doc, List<Finding> extra, CorpusKnowledge knowledge,
                                ArticleMemo memo) {
        LineIndex lines = LineIndex.of(article.raw());
        ArticleContext ctx = new ArticleContext(article, lines, knowledge, options.settings(), memo);
        for (Rule rule : rules) {
            rule.check(ctx);
        }
        List<Finding> findings = new ArrayList<>();
        for (Finding f : doc.notes()) {
            add(findings, f);
        }
        for (Finding f : extra) {
            add(findings, f);
        }
        for (Finding f : validator.validate(article)) {
            add(findings, f);
        }
        for (Finding f : ctx.findings()) {
            add(findings, f);
        }
        Normalised normalised = normaliser.apply(article, lines, findings);
        for (Finding f : normalised.conflicts()) {
            add(findings, f);
        }
        findings.sort(Finding.ORDER);
        return new ArticleResult(article.id(), article.source(), article, normalised, findings, ctx.annotations());
    }

    private void add(List<Finding> out, Finding f) {
        Finding c = configured(f);
        if (c != null) {
            out.add(c);
        }
    }

    /** Applies the settings to a finding: {@code null} when its rule is off, else at the configured severity. */
    private Finding configured(Finding f) {
        if (!options.settings().enabled(f.ruleId())) {
            return null;
        }
        Severity s = options.settings().severity(f.ruleId());
        return s == f.severity() ? f : f.withSeverity(s);
    }

    private static String uniqueId(String id, Map<String, String> owners, String source) {
        if (!owners.containsKey(id)) {
            owners.put(id, source);
            return id;
        }
        for (int n = 2; ; n++) {
            String candidate = id + "-" + n;
            if (!owners.containsKey(candidate)) {
                owners.put(candidate, source);
                return candidate;
            }
        }
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
