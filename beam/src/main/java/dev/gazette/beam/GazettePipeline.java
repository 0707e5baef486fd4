package dev.gazette.beam;

import dev.gazette.beam.corpus.DocumentIds;
import dev.gazette.beam.corpus.FinishStatisticFn;
import dev.gazette.beam.corpus.RecurringLinesSignal;
import dev.gazette.beam.corpus.Rename;
import dev.gazette.beam.corpus.StatisticCombineFn;
import dev.gazette.beam.corpus.StatisticsFn;
import dev.gazette.beam.internal.SerialCoder;
import dev.gazette.beam.names.NamesClustering;
import dev.gazette.beam.read.CorpusDocument;
import dev.gazette.beam.read.InputSpec;
import dev.gazette.beam.read.ReadCorpus;
import dev.gazette.beam.rows.CheckFn;
import dev.gazette.beam.rows.DocumentRows;
import dev.gazette.beam.rows.DocumentRowsCoder;
import dev.gazette.beam.rows.EntitiesFn;
import dev.gazette.beam.rows.EntityLinks;
import dev.gazette.beam.rows.EntityRows;
import dev.gazette.beam.rows.EntityTally;
import dev.gazette.beam.step.StepSpec;
import dev.gazette.beam.step.Steps;
import dev.gazette.beam.write.DatasetSpec;
import dev.gazette.beam.write.WriteDataset;
import dev.gazette.export.table.TableSpec;
import dev.gazette.export.table.Tables;
import dev.gazette.model.parse.ParserConfig;
import dev.gazette.model.parse.RecurringLines;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.Impulse;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * {@code gazette export} as a Beam pipeline. The local engine's three passes become:
 * <ol>
 *   <li>read: the inputs expanded and read with the CLI's readers ({@link ReadCorpus});</li>
 *   <li>corpus knowledge, each a combine: the recurring-line signal
 *       ({@link RecurringLinesSignal}), the unique ids ({@link DocumentIds}), and every corpus
 *       statistic of the step on its own accumulators ({@link StatisticsFn},
 *       {@link StatisticCombineFn});</li>
 *   <li>the per-article step ({@link CheckFn}) with that knowledge as side inputs, giving each
 *       document's rows; the entities' rows from the statistics and the mentions;</li>
 *   <li>write: sharded parts in the export's own formats, then the descriptors and the manifest
 *       ({@link WriteDataset}).</li>
 * </ol>
 */
public final class GazettePipeline {

    /** Tables written per document; the rest are corpus tables. */
    static final List<String> CORPUS_TABLES = List.of(Tables.ENTITIES.name(), Tables.ENTITY_LINKS.name(),
            Tables.ROLES.name());

    private GazettePipeline() {
    }

    /**
     * How the job is cut: about how many documents go into one part of a table file, and the
     * most parts per file.
     *
     * @param perPart  documents (or entities) per part
     * @param maxParts parts per table file, at most
     * @param buckets  how many buckets the keyed steps (line counts, ids, entity tallies, name
     *                 blocks) and the documents are spread over: the most workers a keyed step uses
     * @param componentRounds rounds of the names' connected components (the job says when to raise it)
     */
    public record Sharding(long perPart, int maxParts, int buckets, int componentRounds) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** Rounds of the names' connected components unless told otherwise. */
        public static final int ROUNDS = 10;

        public Sharding {
            if (buckets < 1) {
                throw new IllegalArgumentException("--buckets must be at least 1, got " + buckets);
            }
            if (componentRounds < 1) {
                throw new IllegalArgumentException("--componentRounds must be at least 1, got " + componentRounds);
            }
        }

        /** With {@value #ROUNDS} rounds of connected components. */
        public Sharding(long perPart, int maxParts, int buckets) {
            this(perPart, maxParts, buckets, ROUNDS);
        }
    }

    /**
     * Adds the job to {@code p}. Builds the step once here, so that a malformed reference file
     * fails before anything runs.
     *
     * @return the location of the written dataset's manifest (one element)
     */
    public static PCollection<String> build(Pipeline p, InputSpec input, StepSpec spec, DatasetSpec dataset,
                                            String output, Sharding sharding) {
        int statistics = Steps.of(spec).statistics().size();
        ParserConfig parser = Steps.options(spec).parser();

        int buckets = sharding.buckets();
        PCollection<CorpusDocument> documents = p.apply("Read", ReadCorpus.of(input, buckets));
        PCollectionView<List<RecurringLines>> recurring = documents.apply("RecurringLines",
                new RecurringLinesSignal(parser.recurringMaxWords(), parser.recurringMinArticles(), buckets));
        PCollectionView<Map<String, Rename>> renames = documents.apply("UniqueIds", new DocumentIds(buckets));
        KvCoder<Integer, Serializable> part = KvCoder.of(VarIntCoder.of(), SerialCoder.of(Serializable.class));
        PCollectionTuple accumulated = documents
                .apply("Accumulate", ParDo.of(new StatisticsFn(spec, recurring, renames, sharding.buckets()))
                        .withSideInputs(recurring, renames)
                        .withOutputTags(StatisticsFn.PARTS, TupleTagList.of(StatisticsFn.FAILED)));
        PCollection<KV<Integer, KV<Integer, Serializable>>> parts = accumulated.get(StatisticsFn.PARTS)
                .setCoder(KvCoder.of(VarIntCoder.of(), part));
        PCollectionView<Map<String, String>> failures = accumulated.get(StatisticsFn.FAILED)
                .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
                .apply("FailuresView", View.asMap());
        PCollectionView<List<KV<Integer, Serializable>>> results = statistics(p, parts, spec, statistics, sharding);

        List<String> documentTables = new ArrayList<>();
        for (TableSpec t : DatasetSpec.tables()) {
            if (!CORPUS_TABLES.contains(t.name())) {
                documentTables.add(t.name());
            }
        }
        PCollectionTuple checked = documents.apply("Check", ParDo.of(
                        new CheckFn(spec, documentTables, recurring, results, renames, failures))
                .withSideInputs(recurring, results, renames, failures)
                .withOutputTags(CheckFn.ROWS, TupleTagList.of(CheckFn.MENTIONS)));
        PCollection<KV<String, DocumentRows>> rows = checked.get(CheckFn.ROWS)
                .setCoder(KvCoder.of(StringUtf8Coder.of(), DocumentRowsCoder.of()));
        PCollection<KV<String, EntityTally>> mentions = checked.get(CheckFn.MENTIONS)
                .setCoder(KvCoder.of(StringUtf8Coder.of(), SerialCoder.of(EntityTally.class)));
        PCollection<KV<String, EntityLinks>> entities = p.apply("EntitiesStart", Impulse.create())
                .apply("Entities", ParDo.of(new EntitiesFn(spec, results, recurring)).withSideInputs(results, recurring))
                .setCoder(KvCoder.of(StringUtf8Coder.of(), SerialCoder.of(EntityLinks.class)));
        PCollection<KV<String, DocumentRows>> entityRows = mentions.apply("EntityRows", new EntityRows(entities, buckets));

        return rows.apply("Write", new WriteDataset(output, dataset, documentTables, CORPUS_TABLES, entityRows,
                sharding.perPart(), sharding.maxParts()));
    }

    /**
     * Every corpus statistic of the step, combined on its own accumulators bucket by bucket, then
     * finished (the names statistic clustered), as (index, result) pairs.
     *
     * @param parts the accumulators' parts of the statistics pass ({@link StatisticsFn#PARTS})
     */
    private static PCollectionView<List<KV<Integer, Serializable>>> statistics(
            Pipeline p, PCollection<KV<Integer, KV<Integer, Serializable>>> parts, StepSpec spec, int count,
            Sharding sharding) {
        int names = Steps.of(spec).statistics().indexOf(Steps.of(spec).analyser().names().statistic());
        KvCoder<Integer, Serializable> part = KvCoder.of(VarIntCoder.of(), SerialCoder.of(Serializable.class));
        PCollectionList<KV<Integer, Serializable>> finished = PCollectionList.empty(p);
        for (int k = 0; k < count; k++) {
            int index = k;
            PCollection<KV<Integer, Serializable>> mine = parts
                    .apply("Statistic" + k, Filter.by((KV<Integer, KV<Integer, Serializable>> kv) -> kv.getKey() == index))
                    .apply("Parts" + k, Values.create())
                    .setCoder(part);
            PCollection<Serializable> result;
            if (k == names) {
                result = mine.apply("Names", new NamesClustering(spec, names, sharding.buckets(),
                        sharding.componentRounds()));
            } else {
                PCollectionView<List<Serializable>> buckets = mine
                        .apply("CombinePerBucket" + k, Combine.perKey(new StatisticCombineFn(spec, index, false)))
                        .apply("Buckets" + k, Values.create())
                        .apply("BucketsView" + k, View.asList());
                result = p
                        .apply("FinishStart" + k, Impulse.create())
                        .apply("Finish" + k, ParDo.of(new FinishStatisticFn(spec, index, buckets)).withSideInputs(buckets))
                        .setCoder(SerialCoder.of(Serializable.class));
            }
            finished = finished.and(result
                    .apply("Key" + k, MapElements.into(new TypeDescriptor<KV<Integer, Serializable>>() { })
                            .via((Serializable r) -> KV.of(index, r)))
                    .setCoder(part));
        }
        return finished.apply("Results", Flatten.pCollections()).apply("ResultsView", View.asList());
    }
}
