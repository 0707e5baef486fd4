package dev.gazette.beam.rows;

import dev.gazette.analysis.ArticleMemo;
import dev.gazette.analysis.CorpusKnowledge;
import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.analysis.names.Mention;
import dev.gazette.beam.corpus.Failures;
import dev.gazette.beam.corpus.Rename;
import dev.gazette.beam.corpus.Renamed;
import dev.gazette.beam.internal.Counters;
import dev.gazette.beam.internal.Single;
import dev.gazette.beam.read.CorpusDocument;
import dev.gazette.beam.step.StepSpec;
import dev.gazette.beam.step.Steps;
import dev.gazette.export.dataset.Records;
import dev.gazette.export.table.TableSpec;
import dev.gazette.export.table.Tables;
import dev.gazette.model.Article;
import dev.gazette.model.Finding;
import dev.gazette.model.io.RawDocument;
import dev.gazette.model.parse.RecurringLines;
import dev.gazette.validate.engine.ArticleResult;
import dev.gazette.validate.engine.ArticleStep;
import dev.gazette.validate.engine.UniqueIds;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;

/**
 * The per-article step on a worker: each document, under the id the corpus gave it, through the
 * pure {@link ArticleStep} with the corpus knowledge (recurring lines and finished statistics,
 * side inputs), and out as the rows it adds to the dataset's tables, keyed by its place in
 * corpus order. Rejected documents give their findings' rows, as in the local engine.
 *
 * <p>A failure on one article (an exception, a stack overflow), here or in the statistics pass
 * (a side input of the documents that failed there), costs that article an
 * {@code article-failed} finding, not the job. Entity mentions also go out, keyed by entity,
 * for the entities table's counts.
 */
public final class CheckFn extends DoFn<CorpusDocument, KV<String, DocumentRows>> {

    private static final long serialVersionUID = 1L;

    /**
     * Each article's tally of each entity it mentions (mentions, forms), keyed by entity id, for the
     * entities table: one record per article and entity, so that no record grows with the corpus.
     */
    public static final TupleTag<KV<String, EntityTally>> MENTIONS = new TupleTag<>() {
        private static final long serialVersionUID = 1L;
    };
    /** The rows of each document. */
    public static final TupleTag<KV<String, DocumentRows>> ROWS = new TupleTag<>() {
        private static final long serialVersionUID = 1L;
    };

    private final StepSpec spec;
    private final List<String> tables;
    private final PCollectionView<List<RecurringLines>> recurring;
    private final PCollectionView<List<KV<Integer, Serializable>>> statistics;
    private final PCollectionView<Map<String, Rename>> renames;
    private final PCollectionView<Map<String, String>> failures;
    private final Counter articles = Metrics.counter(Counters.NAMESPACE, Counters.ARTICLES);
    private final Counter rejected = Metrics.counter(Counters.NAMESPACE, Counters.REJECTED);
    private transient ArticleStep step;
    private transient List<TableSpec> tableSpecs;
    private transient Map<String, Rename> renamed;
    private transient Map<String, String> failed;
    private transient CorpusKnowledge knowledge;

    /**
     * @param spec       the step
     * @param tables     the names of the tables to write
     * @param recurring  the recurring-line signal
     * @param statistics each statistic's result by its index in the step's {@code statistics()}
     * @param renames    the renamed documents by position
     * @param failures   the documents whose statistics pass failed, by position: the error in words
     */
    public CheckFn(StepSpec spec, List<String> tables, PCollectionView<List<RecurringLines>> recurring,
                   PCollectionView<List<KV<Integer, Serializable>>> statistics, PCollectionView<Map<String, Rename>> renames,
                   PCollectionView<Map<String, String>> failures) {
        this.spec = spec;
        this.tables = List.copyOf(tables);
        this.recurring = recurring;
        this.statistics = statistics;
        this.renames = renames;
        this.failures = failures;
    }

    @Setup
    public void setup() {
        step = Steps.of(spec);
        tableSpecs = Tables.named(tables);
    }

    @ProcessElement
    public void process(ProcessContext c) {
        CorpusDocument d = c.element();
        if (failed == null) {
            failed = c.sideInput(failures);
        }
        ArticleResult result = check(d, renamed(c), failed, knowledge(c));
        if (result.parsed()) {
            articles.inc();
        } else if (!d.file().isEmpty()) {
            rejected.inc();
        }
        List<Records.TableRows> rows = Records.of(result, tableSpecs, 0);
        List<DocumentRows.Table> out = new ArrayList<>(rows.size());
        for (Records.TableRows t : rows) {
            out.add(new DocumentRows.Table(t.table().name(), t.rows(), t.records()));
        }
        if (!out.isEmpty()) {
            c.output(KV.of(d.position(), new DocumentRows(out)));
        }
        List<Mention> mentions = result.products() == null ? null : result.products().mentions();
        if (mentions != null && !mentions.isEmpty()) {
            Map<String, EntityTally> byEntity = new java.util.TreeMap<>();
            for (Mention m : mentions) {
                byEntity.computeIfAbsent(m.entityId(), b -> new EntityTally()).mention(m.entityId(), m.surface());
            }
            byEntity.forEach((id, t) -> c.output(MENTIONS, KV.of(id, t)));
        }
    }

    /**
     * The knowledge of the side inputs, built once per instance: the job is a batch job in the
     * global window, so a side input has one value, and reading it again would decode it again.
     */
    private CorpusKnowledge knowledge(ProcessContext c) {
        if (knowledge == null) {
            List<KV<Integer, Serializable>> results = c.sideInput(statistics);
            RecurringLines lines = Single.of(c.sideInput(recurring), "recurring-line signal");
            List<CorpusStatistic<?, ?>> stats = step.statistics();
            Map<CorpusStatistic<?, ?>, Object> byStatistic = new IdentityHashMap<>();
            for (KV<Integer, Serializable> e : results) {
                byStatistic.put(stats.get(e.getKey()), Steps.result(spec, e.getValue()));
            }
            knowledge = CorpusKnowledge.of(lines, byStatistic);
        }
        return knowledge;
    }

    private Map<String, Rename> renamed(ProcessContext c) {
        if (renamed == null) {
            renamed = c.sideInput(renames);
        }
        return renamed;
    }

    /** What the local engine's check pass makes of {@code d}. */
    private ArticleResult check(CorpusDocument d, Map<String, Rename> renames, Map<String, String> failed,
                                CorpusKnowledge knowledge) {
        if (d.result().rejection().isPresent()) {
            Finding why = d.result().rejection().get();
            Finding f = step.configured(why);
            return ArticleResult.rejected(why.articleId(), why.source(), f == null ? List.of() : List.of(f));
        }
        RawDocument doc = Renamed.document(d, renames);
        Rename rename = renames.get(d.position());
        String failure = failed.get(d.position());
        if (failure != null) {
            return rejected(doc, failure);
        }
        try {
            Article article = step.parse(doc, knowledge);
            List<Finding> extra = rename == null ? List.of()
                    : List.of(UniqueIds.duplicate(article.id(), article.source(), rename.originalId(), rename.owner()));
            return step.check(article, new ArticleMemo(), doc, extra, knowledge);
        } catch (RuntimeException | StackOverflowError e) {
            return rejected(doc, Failures.describe(e));
        }
    }

    private ArticleResult rejected(RawDocument doc, String failure) {
        Finding f = step.configured(Failures.finding(doc, failure));
        return ArticleResult.rejected(doc.id(), doc.source(), f == null ? List.of() : List.of(f));
    }
}
