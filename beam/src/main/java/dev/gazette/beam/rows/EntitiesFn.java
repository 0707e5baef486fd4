package dev.gazette.beam.rows;

import dev.gazette.analysis.CorpusKnowledge;
import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.analysis.names.Entity;
import dev.gazette.analysis.names.EntityLink;
import dev.gazette.analysis.pipeline.CorpusProducts;
import dev.gazette.analysis.roles.RoleTable;
import dev.gazette.beam.internal.Single;
import dev.gazette.beam.step.StepSpec;
import dev.gazette.beam.step.Steps;
import dev.gazette.model.parse.RecurringLines;
import dev.gazette.validate.engine.ArticleStep;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionView;

/** The corpus's entities with the joins that made them and their posts, from the finished statistics, keyed by id. */
public final class EntitiesFn extends DoFn<byte[], KV<String, EntityLinks>> {

    private static final long serialVersionUID = 1L;

    private final StepSpec spec;
    private final PCollectionView<List<KV<Integer, Serializable>>> statistics;
    private final PCollectionView<List<RecurringLines>> recurring;

    public EntitiesFn(StepSpec spec, PCollectionView<List<KV<Integer, Serializable>>> statistics,
                      PCollectionView<List<RecurringLines>> recurring) {
        this.spec = spec;
        this.statistics = statistics;
        this.recurring = recurring;
    }

    @ProcessElement
    public void process(ProcessContext c) {
        ArticleStep step = Steps.of(spec);
        List<CorpusStatistic<?, ?>> stats = step.statistics();
        Map<CorpusStatistic<?, ?>, Object> results = new IdentityHashMap<>();
        c.sideInput(statistics).forEach(kv -> results.put(stats.get(kv.getKey()), Steps.result(spec, kv.getValue())));
        CorpusKnowledge knowledge = CorpusKnowledge.of(Single.of(c.sideInput(recurring), "recurring-line signal"), results);
        CorpusProducts products = step.analyser().products(knowledge);
        Map<String, List<EntityLink>> links = new HashMap<>();
        for (EntityLink l : products.entityLinks()) {
            links.computeIfAbsent(l.entityId(), k -> new ArrayList<>()).add(l);
        }
        Map<String, List<RoleTable.Role>> roles = new HashMap<>();
        for (RoleTable.Role r : products.roles()) {
            roles.computeIfAbsent(r.entityId(), k -> new ArrayList<>()).add(r);
        }
        for (Entity e : products.entities()) {
            c.output(KV.of(e.id(), new EntityLinks(e, links.getOrDefault(e.id(), List.of()),
                    roles.getOrDefault(e.id(), List.of()))));
        }
    }
}
