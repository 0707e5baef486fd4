package dev.gazette.beam.rows;

import dev.gazette.analysis.names.Entity;
import dev.gazette.analysis.roles.RoleTable;
import dev.gazette.beam.internal.Buckets;
import dev.gazette.beam.internal.OnePassJoin;
import dev.gazette.beam.internal.SerialCoder;
import dev.gazette.export.dataset.Records;
import dev.gazette.export.table.Tables;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;

/**
 * The entities, entity_links and roles tables' rows, as the local exporter makes them once the articles
 * are written: for every entity of the corpus that some written mention resolved to, its
 * mentions, the articles mentioning it and the forms written for it, and the joins that made it.
 *
 * <p>The per-article tallies come keyed by entity id and are summed per entity (a combine: one
 * record per entity, as large as that entity's counts and forms, whatever the corpus's size);
 * the sums and the entities are then spread over buckets by entity id and joined bucket by bucket,
 * each value of the join one entity's record. So no record grows with the corpus: a bucket's group
 * holds its share of the entities, one record each (a sum per bucket in one record failed on
 * Flink at 1 GB: "The record exceeds the maximum size of a sort buffer"). Rows are keyed by entity
 * id, which is the table's order.
 */
public final class EntityRows extends PTransform<PCollection<KV<String, EntityTally>>, PCollection<KV<String, DocumentRows>>> {

    private static final long serialVersionUID = 1L;

    private final PCollection<KV<String, EntityLinks>> entities;
    private final int buckets;

    /**
     * @param entities the corpus's entities, keyed by id
     * @param buckets  how many buckets entity ids are spread over for the join
     */
    public EntityRows(PCollection<KV<String, EntityLinks>> entities, int buckets) {
        this.entities = entities;
        this.buckets = buckets;
    }

    @Override
    public PCollection<KV<String, DocumentRows>> expand(PCollection<KV<String, EntityTally>> tallies) {
        PCollection<KV<String, EntityTally>> summed = sum(tallies);
        PCollection<KV<Integer, EntityTally>> tallyBuckets = bucketed("TallyBuckets", summed, EntityTally.class, buckets);
        PCollection<KV<Integer, EntityLinks>> entityBuckets = bucketed("EntityBuckets", entities, EntityLinks.class, buckets);
        // a post's organisation is named in the roles table only when it is itself in the entities table:
        // the side input holds the organisations of the corpus's posts that some mention resolved to
        PCollectionView<List<String>> organisations = entities
                .apply("PostOrganisations", ParDo.of(new OrganisationsFn()))
                .setCoder(StringUtf8Coder.of())
                .apply("PostOrganisationsView", View.asList());
        PCollectionView<List<String>> mentioned = summed
                .apply("MentionedOrganisations", ParDo.of(new MentionedFn(organisations)).withSideInputs(organisations))
                .setCoder(StringUtf8Coder.of())
                .apply("MentionedView", View.asList());
        TupleTag<EntityLinks> entityTag = new TupleTag<>();
        TupleTag<EntityTally> tallyTag = new TupleTag<>();
        return OnePassJoin.of("JoinEntities", entityTag, entityBuckets, tallyTag, tallyBuckets)
                .apply("EntityRow", ParDo.of(new RowFn(entityTag, tallyTag, mentioned)).withSideInputs(mentioned))
                .setCoder(KvCoder.of(StringUtf8Coder.of(), DocumentRowsCoder.of()));
    }

    /** The per-article tallies summed per entity: one element per entity, keyed by its id. */
    static PCollection<KV<String, EntityTally>> sum(PCollection<KV<String, EntityTally>> tallies) {
        return tallies
                .apply("SumTallies", Combine.perKey(new SumFn()))
                .setCoder(KvCoder.of(StringUtf8Coder.of(), SerialCoder.of(EntityTally.class)));
    }

    /** {@code byId}'s elements keyed by the bucket of their id. */
    static <V extends Serializable> PCollection<KV<Integer, V>> bucketed(String name, PCollection<KV<String, V>> byId,
                                                                         Class<V> type, int buckets) {
        return byId.apply(name, ParDo.of(new BucketFn<V>(buckets)))
                .setCoder(KvCoder.of(VarIntCoder.of(), SerialCoder.of(type)));
    }

    /** The organisations of the entities' posts (an id may come more than once). */
    private static final class OrganisationsFn extends DoFn<KV<String, EntityLinks>, String> {
        private static final long serialVersionUID = 1L;

        @ProcessElement
        public void process(@Element KV<String, EntityLinks> e, OutputReceiver<String> out) {
            for (RoleTable.Role role : e.getValue().roles()) {
                if (role.of() != null) {
                    out.output(role.of());
                }
            }
        }
    }

    /** The ids of the entities some written mention resolved to, of those that are some post's organisation. */
    private static final class MentionedFn extends DoFn<KV<String, EntityTally>, String> {
        private static final long serialVersionUID = 1L;
        private final PCollectionView<List<String>> organisations;
        private transient Set<String> organisationIds;

        MentionedFn(PCollectionView<List<String>> organisations) {
            this.organisations = organisations;
        }

        @ProcessElement
        public void process(ProcessContext c) {
            if (organisationIds == null) {
                organisationIds = new HashSet<>(c.sideInput(organisations)); // one global window: the same list each time
            }
            if (organisationIds.contains(c.element().getKey())) {
                c.output(c.element().getKey());
            }
        }
    }

    /** Keys each element by the bucket of its id. */
    private static final class BucketFn<V> extends DoFn<KV<String, V>, KV<Integer, V>> {
        private static final long serialVersionUID = 1L;
        private final int buckets;

        BucketFn(int buckets) {
            this.buckets = buckets;
        }

        @ProcessElement
        public void process(@Element KV<String, V> e, OutputReceiver<KV<Integer, V>> out) {
            out.output(KV.of(Buckets.of(e.getKey(), buckets), e.getValue()));
        }
    }

    /** Sums the tallies of one entity. */
    static final class SumFn extends Combine.CombineFn<EntityTally, EntityTally, EntityTally> {
        private static final long serialVersionUID = 1L;

        @Override
        public EntityTally createAccumulator() {
            return new EntityTally();
        }

        @Override
        public EntityTally addInput(EntityTally acc, EntityTally t) {
            return acc.add(t);
        }

        @Override
        public EntityTally mergeAccumulators(Iterable<EntityTally> accs) {
            EntityTally merged = new EntityTally();
            accs.forEach(merged::add);
            return merged;
        }

        @Override
        public EntityTally extractOutput(EntityTally acc) {
            return acc;
        }

        @Override
        public Coder<EntityTally> getAccumulatorCoder(CoderRegistry registry, Coder<EntityTally> inputCoder) {
            return SerialCoder.of(EntityTally.class);
        }
    }

    private static final class RowFn extends DoFn<KV<Integer, CoGbkResult>, KV<String, DocumentRows>> {
        private static final long serialVersionUID = 1L;
        private final TupleTag<EntityLinks> entityTag;
        private final TupleTag<EntityTally> tallyTag;
        private final PCollectionView<List<String>> mentioned;
        private transient Set<String> mentionedIds;

        RowFn(TupleTag<EntityLinks> entityTag, TupleTag<EntityTally> tallyTag, PCollectionView<List<String>> mentioned) {
            this.entityTag = entityTag;
            this.tallyTag = tallyTag;
            this.mentioned = mentioned;
        }

        @ProcessElement
        public void process(ProcessContext c) {
            if (mentionedIds == null) {
                mentionedIds = new HashSet<>(c.sideInput(mentioned)); // one global window: the same list each time
            }
            KV<Integer, CoGbkResult> joined = c.element();
            EntityTally total = new EntityTally();
            joined.getValue().getAll(tallyTag).forEach(total::add);
            for (EntityLinks x : joined.getValue().getAll(entityTag)) {
                Entity e = x.entity();
                EntityTally.Counts t = total.entities().get(e.id());
                if (t == null) {
                    continue; // an entity no written mention resolved to, as in the local export
                }
                Map<String, Object> row = Records.entityRow(e, t.surfaces, t.mentions, t.articles);
                List<DocumentRows.Table> tables = new ArrayList<>(2);
                tables.add(new DocumentRows.Table(Tables.ENTITIES.name(), List.of(row), List.of(row)));
                if (!x.links().isEmpty()) {
                    List<Map<String, Object>> links = new ArrayList<>(x.links().size());
                    x.links().forEach(l -> links.add(Records.entityLinkRow(l)));
                    tables.add(new DocumentRows.Table(Tables.ENTITY_LINKS.name(), links, links));
                }
                List<Map<String, Object>> roles = new ArrayList<>(x.roles().size());
                Set<Object> ids = new HashSet<>();
                for (RoleTable.Role role : x.roles()) {
                    String of = role.of() != null && mentionedIds.contains(role.of()) ? role.of() : null;
                    Map<String, Object> roleRow = Records.roleRow(role, of);
                    if (ids.add(roleRow.get("id"))) { // the same post under an organisation name that folds alike
                        roles.add(roleRow);
                    }
                }
                if (!roles.isEmpty()) {
                    tables.add(new DocumentRows.Table(Tables.ROLES.name(), roles, roles));
                }
                c.output(KV.of(e.id(), new DocumentRows(tables)));
            }
        }
    }
}
