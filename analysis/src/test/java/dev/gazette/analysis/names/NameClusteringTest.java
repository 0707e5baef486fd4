package dev.gazette.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.analysis.ReferenceData;
import dev.gazette.analysis.names.NameClustering.Definition;
import dev.gazette.analysis.names.NameClustering.FormCounts;
import dev.gazette.analysis.names.NameClustering.Link;
import dev.gazette.analysis.names.NameClustering.NodeId;
import dev.gazette.analysis.names.NameClustering.Together;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The names clustering in parts (links per block, connected groups resolved one by one, ids per
 * slug family) gives exactly the index the statistic's {@code finish} makes of the whole corpus:
 * the recipe a distributed runner follows, run here in memory on the evaluation pool's names
 * (typed, with the bundled registry), one-word surnames, acronyms defined from full names and
 * pairs of forms used together.
 */
class NameClusteringTest {

    @Test
    void resolvingEachConnectedGroupOnItsOwnGivesTheWholeCorpusIndex() throws IOException {
        NameAnalysis names = NameAnalysis.of(ReferenceData.defaults());
        NameStatistic statistic = (NameStatistic) names.statistic();
        NameClustering clustering = NameClustering.of(names);
        NameStatistic.Acc acc = corpus();

        NameIndex whole = statistic.finish(acc);
        NameIndex parts = (NameIndex) inParts(clustering, acc);

        assertThat(whole.entities()).hasSizeGreaterThan(200);
        assertThat(parts.entities()).isEqualTo(whole.entities());
        for (int e = 0; e < whole.entities().size(); e++) {
            assertThat(parts.figures(e)).as(whole.entity(e).id()).isEqualTo(whole.figures(e));
        }
        for (String surface : acc.forms.keySet()) {
            assertThat(parts.form(surface)).as(surface).isEqualTo(whole.form(surface));
        }
    }

    @Test
    void aSplitAccumulatorCombinesBackToTheWhole() throws IOException {
        NameAnalysis names = NameAnalysis.of(ReferenceData.defaults());
        NameStatistic statistic = (NameStatistic) names.statistic();
        NameStatistic.Acc acc = corpus();
        NameStatistic.Acc back = statistic.newAccumulator();
        for (NameStatistic.Acc part : statistic.split(acc, 7).values()) {
            back = statistic.combine(back, part);
        }
        assertThat(statistic.finish(back).entities()).isEqualTo(statistic.finish(acc).entities());
    }

    /** The recipe of a distributed runner, in memory: blocks, links, groups, drafts, ids, index. */
    static Object inParts(NameClustering clustering, NameStatistic.Acc acc) {
        NameClustering.Facts facts = clustering.facts(acc);
        Map<String, FormCounts> forms = new HashMap<>();
        facts.forms().forEach(f -> forms.put(f.surface(), f));
        Map<Long, List<NodeId>> blocks = new TreeMap<>();
        Groups groups = new Groups();
        for (FormCounts f : facts.forms()) {
            groups.add(NodeId.form(f.surface()));
            for (long b : clustering.blocks(f)) {
                blocks.computeIfAbsent(b, k -> new ArrayList<>()).add(NodeId.form(f.surface()));
            }
        }
        Map<String, List<NodeId>> surnames = new HashMap<>();
        Map<String, Boolean> hasSource = new HashMap<>();
        for (FormCounts f : facts.forms()) {
            NameClustering.SurnameWord w = clustering.surnameWord(f);
            if (w != null) {
                surnames.computeIfAbsent(w.word(), k -> new ArrayList<>()).add(NodeId.form(f.surface()));
                hasSource.merge(w.word(), w.source(), Boolean::logicalOr);
            }
        }
        NodeId previous = null;
        int previousEntry = -1;
        for (NameClustering.RegistryName r : clustering.registryNames()) {
            NodeId id = NodeId.registry(r.index());
            groups.add(id);
            for (long b : r.blocks()) {
                blocks.computeIfAbsent(b, k -> new ArrayList<>()).add(id);
            }
            if (r.surnameWord() != null) {
                surnames.computeIfAbsent(r.surnameWord(), k -> new ArrayList<>()).add(id);
            }
            if (r.entry() == previousEntry) {
                groups.join(previous, id);
            }
            previous = id;
            previousEntry = r.entry();
        }
        List<Link> links = new ArrayList<>();
        blocks.forEach((b, members) -> links.addAll(clustering.links(b, members, forms)));
        links.forEach(l -> groups.join(l.a(), l.b()));
        for (Definition d : facts.definitions()) {
            groups.join(NodeId.form(d.acronym()), NodeId.form(d.longForm()));
        }
        surnames.forEach((w, members) -> {
            if (hasSource.getOrDefault(w, false)) {
                members.forEach(m -> groups.join(members.get(0), m));
            }
        });

        Map<NodeId, Group> byGroup = new TreeMap<>();
        facts.forms().forEach(f -> group(byGroup, groups, NodeId.form(f.surface())).forms.add(f));
        clustering.registryNames().forEach(r -> group(byGroup, groups, NodeId.registry(r.index())).registry.add(r.index()));
        links.forEach(l -> group(byGroup, groups, l.a()).links.add(l));
        facts.definitions().forEach(d -> group(byGroup, groups, NodeId.form(d.acronym())).definitions.add(d));
        facts.together().forEach(t -> group(byGroup, groups, NodeId.form(t.first())).together.add(t));

        Map<String, List<NameClustering.Draft>> byFamily = new TreeMap<>();
        for (Group g : byGroup.values()) {
            for (NameClustering.Draft d : clustering.resolve(g.forms, g.registry, g.links, g.definitions, g.together)) {
                byFamily.computeIfAbsent(NameClustering.slugFamily(d.slug()), k -> new ArrayList<>()).add(d);
            }
        }
        List<NameClustering.Named> named = new ArrayList<>();
        byFamily.values().forEach(family -> named.addAll(NameClustering.name(family)));
        return clustering.index(named);
    }

    private static Group group(Map<NodeId, Group> byGroup, Groups groups, NodeId id) {
        return byGroup.computeIfAbsent(groups.root(id), k -> new Group());
    }

    /** What one connected group holds. */
    private static final class Group {
        final List<FormCounts> forms = new ArrayList<>();
        final List<Integer> registry = new ArrayList<>();
        final List<Link> links = new ArrayList<>();
        final List<Definition> definitions = new ArrayList<>();
        final List<Together> together = new ArrayList<>();
    }

    /** Connected groups of nodes (union-find); nodes never added (a long form not in the corpus) count too. */
    private static final class Groups {
        final Map<NodeId, NodeId> parent = new HashMap<>();

        void add(NodeId id) {
            parent.putIfAbsent(id, id);
        }

        NodeId root(NodeId id) {
            add(id);
            NodeId p = parent.get(id);
            if (p.equals(id)) {
                return id;
            }
            NodeId r = root(p);
            parent.put(id, r);
            return r;
        }

        void join(NodeId a, NodeId b) {
            NodeId ra = root(a);
            NodeId rb = root(b);
            if (!ra.equals(rb)) {
                parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
            }
        }
    }

    /**
     * A corpus of names: every name of the evaluation pool as a typed full name, the last word of
     * each person's name as a one-word name with a person cue, an acronym of each multi-word
     * organisation defined by its name, and pairs of one entity's spellings used together.
     */
    static NameStatistic.Acc corpus() throws IOException {
        NameStatistic.Acc acc = new NameStatistic.Acc();
        Map<String, EntityType> types = new LinkedHashMap<>();
        List<List<String>> families = new ArrayList<>();
        for (String line : lines("variants.tsv")) {
            String[] f = line.split("\t");
            List<String> family = new ArrayList<>();
            for (String n : f[2].split("\\|")) {
                types.putIfAbsent(n.strip(), EntityType.parse(f[0]));
                family.add(n.strip());
            }
            families.add(family);
        }
        for (String line : lines("negatives.tsv")) {
            String[] f = line.split("\t");
            types.putIfAbsent(f[1], EntityType.parse(f[0]));
            types.putIfAbsent(f[3], EntityType.parse(f[2]));
        }
        int i = 0;
        for (Map.Entry<String, EntityType> e : types.entrySet()) {
            NameStatistic.Counts c = acc.counts(e.getKey());
            c.kinds |= NameClusterer.FULL;
            c.mentions += 1 + i % 5;
            c.articles += 1 + i % 3;
            c.votes[e.getValue().ordinal()] += 3;
            String[] words = e.getKey().split(" ");
            if (words.length > 1 && e.getValue() == EntityType.PERSON && i % 2 == 0) {
                NameStatistic.Counts s = acc.counts(words[words.length - 1]);
                s.kinds |= NameClusterer.SINGLE;
                s.mentions++;
                s.articles++;
                s.votes[0]++;
            }
            if (words.length > 2 && e.getValue() == EntityType.ORGANISATION) {
                StringBuilder acronym = new StringBuilder();
                for (String w : words) {
                    if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                        acronym.append(w.charAt(0));
                    }
                }
                if (acronym.length() >= 2) {
                    acc.counts(acronym.toString()).kinds |= NameClusterer.ACRONYM;
                    acc.counts(acronym.toString()).mentions++;
                    acc.definitions.computeIfAbsent(acronym.toString(), k -> new HashMap<>()).merge(e.getKey(), 1,
                            Integer::sum);
                }
            }
            i++;
        }
        for (List<String> family : families) {
            for (int a = 0; a + 1 < family.size(); a += 2) {
                acc.together.merge(NameStatistic.pair(family.get(a), family.get(a + 1)), 1, Integer::sum);
            }
        }
        return acc;
    }

    private static List<String> lines(String file) throws IOException {
        try (InputStream in = NameClusteringTest.class.getResourceAsStream("/names/eval/" + file)) {
            List<String> out = new ArrayList<>();
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    out.add(l);
                }
            }
            return out;
        }
    }
}
