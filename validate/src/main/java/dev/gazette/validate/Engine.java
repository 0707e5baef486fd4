package dev.gazette.validate;

import dev.gazette.model.Article;
import dev.gazette.model.Finding;
import dev.gazette.model.LineIndex;
import dev.gazette.model.Severity;
import dev.gazette.model.constraints.ModelValidator;
import dev.gazette.model.io.DocumentReader;
import dev.gazette.model.io.InputFile;
import dev.gazette.model.io.RawDocument;
import dev.gazette.model.io.ReadResult;
import dev.gazette.model.parse.ArticleParser;
import dev.gazette.model.parse.ParserConfig;
import dev.gazette.model.parse.RecurringLines;
import dev.gazette.validate.fix.Normalised;
import dev.gazette.validate.fix.Normaliser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Runs the whole pipeline over a corpus: read and decode every input, gather the corpus
 * signals (recurring lines, rule statistics), then parse, check and normalise each article
 * and hand the result to a sink, in input order. Bad input becomes findings, never an
 * exception; only the sink's own I/O errors stop a run.
 *
 * <p>Passes: (1) read all inputs, count recurring lines; (2) parse and gather the corpus
 * statistics the enabled rules declare; (3) parse, validate, check, normalise, emit. Decoded
 * text and parsed articles are kept between passes while they fit a memory budget, and read
 * again from disk when they do not, so memory stays bounded on large corpora.
 */
public final class Engine {

    /** How the engine runs. */
    public record Options(ParserConfig parser, RuleSettings settings, RuleEnvironment environment,
                          long maxFileBytes, boolean applySuggestedFixes, long cacheBudgetChars) {
        public Options {
            Objects.requireNonNull(parser, "parser");
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(environment, "environment");
        }

        /** Defaults: bundled reference data, every rule, safe fixes only. */
        public static Options defaults() {
            return new Options(ParserConfig.defaults(), RuleSettings.defaults(), RuleEnvironment.defaults(),
                    DocumentReader.DEFAULT_MAX_BYTES, false, 128L * 1024 * 1024);
        }
    }

    /** Receives each article's result, in input order. */
    @FunctionalInterface
    public interface ResultSink {
        void accept(ArticleResult result) throws IOException;
    }

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

    /** The rules this engine runs. */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * Runs over {@code files}; {@code notes} are findings made before reading (e.g. an empty folder).
     *
     * @throws IOException only when the sink fails
     */
    public RunSummary run(List<InputFile> files, List<Finding> notes, ResultSink sink) throws IOException {
        Tally tally = new Tally();
        for (Finding n : notes) {
            Finding f = configured(n);
            if (f != null) {
                tally.add(f);
                sink.accept(ArticleResult.rejected(n.articleId(), n.source(), List.of(f)));
            }
        }

        // Pass 1: read everything once, give each readable file a unique id, count recurring lines.
        List<Entry> entries = new ArrayList<>(files.size());
        Map<String, String> idOwner = new HashMap<>();
        RecurringLines recurring = new RecurringLines(options.parser().recurringMaxWords());
        long cached = 0;
        for (InputFile file : files) {
            ReadResult r = reader.read(file);
            Entry e = new Entry(file);
            if (r.rejection().isPresent()) {
                e.rejection = r.rejection().get();
            } else {
                RawDocument doc = r.document().orElseThrow();
                String id = uniqueId(doc.id(), idOwner, doc.source());
                if (!id.equals(doc.id())) {
                    e.duplicateOf = idOwner.get(doc.id());
                    e.originalId = doc.id();
                    doc = doc.withId(id);
                }
                e.id = id;
                recurring.addArticle(doc.text());
                if (cached + doc.text().length() <= options.cacheBudgetChars()) {
                    e.doc = doc;
                    cached += doc.text().length();
                }
            }
            entries.add(e);
        }

        // Pass 2: corpus statistics for the rules that need them.
        CorpusKnowledge knowledge = gather(entries, recurring);
        lastKnowledge = knowledge;

        // Pass 3: check, normalise, emit in input order.
        int articles = 0;
        int rejected = 0;
        int changes = 0;
        for (Entry e : entries) {
            if (e.rejection != null) {
                rejected++;
                Finding f = configured(e.rejection);
                List<Finding> fs = f == null ? List.of() : List.of(f);
                fs.forEach(tally::add);
                sink.accept(ArticleResult.rejected(e.file.id(), e.file.source(), fs));
                continue;
            }
            RawDocument doc = document(e);
            if (doc == null) {
                rejected++;
                Finding f = configured(Finding.fileLevel("unreadable-file", Severity.ERROR, e.id, e.file.source(),
                        "File cannot be read any more: it changed or vanished while the corpus was processed",
                        "Re-run once the folder has stopped changing."));
                List<Finding> fs = f == null ? List.of() : List.of(f);
                fs.forEach(tally::add);
                sink.accept(ArticleResult.rejected(e.id, e.file.source(), fs));
                continue;
            }
            Article article = e.article != null ? e.article : parser.parse(doc, recurring);
            e.article = null;
            e.doc = null;
            ArticleResult result = check(article, doc, e, knowledge);
            articles++;
            changes += result.normalised().changes().size();
            result.findings().forEach(tally::add);
            sink.accept(result);
        }
        return new RunSummary(files.size(), articles, rejected, tally.bySeverity, tally.byRule, changes);
    }

    private ArticleResult check(Article article, RawDocument doc, Entry e, CorpusKnowledge knowledge) {
        LineIndex lines = LineIndex.of(article.raw());
        ArticleContext ctx = new ArticleContext(article, lines, knowledge, options.settings());
        for (Rule rule : rules) {
            rule.check(ctx);
        }
        List<Finding> findings = new ArrayList<>();
        for (Finding f : doc.notes()) {
            add(findings, f);
        }
        if (e.duplicateOf != null) {
            add(findings, Finding.fileLevel("duplicate-id", Severity.WARNING, article.id(), article.source(),
                    "Article id '" + e.originalId + "' is already used by " + e.duplicateOf
                            + "; this article is '" + article.id() + "'",
                    "Rename one of the files so that every file name is unique."));
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

    private CorpusKnowledge gather(List<Entry> entries, RecurringLines recurring) {
        Map<CorpusStatistic<?, ?>, Object> accumulators = new IdentityHashMap<>();
        for (Rule r : rules) {
            for (CorpusStatistic<?, ?> s : r.statistics()) {
                accumulators.computeIfAbsent(s, CorpusStatistic::newAccumulator);
            }
        }
        if (accumulators.isEmpty()) {
            return new CorpusKnowledge(Map.of());
        }
        long cachedChars = 0;
        for (Entry e : entries) {
            if (e.rejection != null) {
                continue;
            }
            RawDocument doc = document(e);
            if (doc == null) {
                continue;
            }
            Article article = parser.parse(doc, recurring);
            if (e.doc != null && cachedChars + doc.text().length() <= options.cacheBudgetChars()) {
                e.article = article; // parsed articles kept while the budget allows
                cachedChars += doc.text().length();
            }
            for (Map.Entry<CorpusStatistic<?, ?>, Object> a : accumulators.entrySet()) {
                accumulate(a.getKey(), a.getValue(), article);
            }
        }
        Map<CorpusStatistic<?, ?>, Object> results = new LinkedHashMap<>();
        for (Map.Entry<CorpusStatistic<?, ?>, Object> a : accumulators.entrySet()) {
            results.put(a.getKey(), finish(a.getKey(), a.getValue()));
        }
        return new CorpusKnowledge(results);
    }

    @SuppressWarnings("unchecked")
    private static <A> void accumulate(CorpusStatistic<A, ?> s, Object acc, Article article) {
        s.accumulate((A) acc, article);
    }

    @SuppressWarnings("unchecked")
    private static <A, R> R finish(CorpusStatistic<A, R> s, Object acc) {
        return s.finish((A) acc);
    }

    private RawDocument document(Entry e) {
        if (e.doc != null) {
            return e.doc;
        }
        ReadResult again = reader.read(e.file);
        return again.document().map(d -> d.id().equals(e.id) ? d : d.withId(e.id)).orElse(null);
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

    /** Per-input state kept between passes. */
    private static final class Entry {
        final InputFile file;
        Finding rejection;
        String id;
        String originalId;
        String duplicateOf;
        RawDocument doc;
        Article article;

        Entry(InputFile file) {
            this.file = file;
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
