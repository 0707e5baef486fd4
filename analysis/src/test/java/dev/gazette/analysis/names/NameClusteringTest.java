package dev.gazette.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.analysis.ReferenceData;
import dev.gazette.analysis.names.NameClustering.Candidate;
import dev.gazette.analysis.names.NameClustering.Definition;
import dev.gazette.analysis.names.NameClustering.FormCounts;
import dev.gazette.analysis.names.NameClustering.NodeId;
import dev.gazette.analysis.names.NameClustering.Pair;
import dev.gazette.analysis.names.NameClustering.RegistryName;
import dev.gazette.analysis.names.NameClustering.Together;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The names clustering in parts (links per block, connected groups resolved one by one, ids per
 * slug family) gives exactly the index the statistic's {@code finish} makes of the whole corpus:
 * the recipe a distributed runner follows, run here in memory on the evaluation pool's names
 * (typed, with the bundled registry, and contexts that one entity's spellings share), one-word
 * surnames, acronyms defined from full names and pairs of forms used together.
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
        assertThat(whole.links()).hasSizeGreaterThan(100);
        assertThat(whole.links()).anyMatch(l -> l.weight() != null && l.evidence().contains("context:"));
        assertThat(whole.links()).anyMatch(l -> l.evidence().startsWith("acronym:"));
        assertThat(parts.links()).isEqualTo(whole.links());
        assertThat(parts.weights().lambda()).isEqualTo(whole.weights().lambda());
        assertThat(parts.weights().pairs()).isEqualTo(whole.weights().pairs());
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

    /**
     * The recipe of a distributed runner, in memory: block pairs and containment pairs (each pair
     * once), their levels, the fit from the count of each code, the groups joined by the pairs
     * that decide, registry entries and acronyms, the drafts of each group, ids per slug family,
     * the outcome and the index made of it.
     */
    static Object inParts(NameClustering clustering, NameStatistic.Acc acc) {
        NameClustering.Facts facts = clustering.facts(acc);
        Map<String, FormCounts> forms = new HashMap<>();
        facts.forms().forEach(f -> forms.put(f.surface(), f));
        List<RegistryName> registry = clustering.registryNames();

        Map<Long, List<NodeId>> blocks = new TreeMap<>();
        Map<String, List<NodeId>> names = new TreeMap<>();
        Map<String, List<NameClustering.Lookup>> lookups = new HashMap<>();
        for (FormCounts f : facts.forms()) {
            NodeId id = NodeId.form(f.surface());
            for (long b : clustering.blocks(f)) {
                blocks.computeIfAbsent(b, k -> new ArrayList<>()).add(id);
            }
            String own = clustering.containmentKey(f);
            if (own != null) {
                names.computeIfAbsent(own, k -> new ArrayList<>()).add(id);
            }
            List<String> l = clustering.containmentLookups(f);
            for (int s = 0; s < l.size(); s++) {
                lookups.computeIfAbsent(l.get(s), k -> new ArrayList<>()).add(new NameClustering.Lookup(id, s));
            }
        }
        for (RegistryName r : registry) {
            NodeId id = NodeId.registry(r.index());
            for (long b : r.blocks()) {
                blocks.computeIfAbsent(b, k -> new ArrayList<>()).add(id);
            }
            if (r.containmentKey() != null) {
                names.computeIfAbsent(r.containmentKey(), k -> new ArrayList<>()).add(id);
            }
            for (int s = 0; s < r.lookups().size(); s++) {
                lookups.computeIfAbsent(r.lookups().get(s), k -> new ArrayList<>()).add(new NameClustering.Lookup(id, s));
            }
        }
        Map<String, Pair> pairs = new TreeMap<>();
        blocks.forEach((b, members) -> clustering.pairs(members, forms).forEach(p -> pairs.putIfAbsent(p.key(), p)));
        names.forEach((key, nodes) -> NameClustering.containmentPairs(nodes, lookups.getOrDefault(key, List.of()))
                .forEach(p -> pairs.putIfAbsent(p.key(), p)));

        Set<String> registryLetters = clustering.registryLetters();
        Set<String> written = new HashSet<>();
        facts.forms().forEach(f -> {
            if (registryLetters.contains(clustering.letters(f))) {
                written.add(clustering.letters(f));
            }
        });
        Map<String, Integer> together = new HashMap<>();
        facts.together().forEach(t -> together.merge(t.pairKey(), t.articles(), Integer::sum));
        List<Candidate> candidates = new ArrayList<>();
        Map<Integer, Long> codes = new TreeMap<>();
        for (Pair p : pairs.values()) {
            Candidate c = clustering.weigh(p, forms, together.getOrDefault(p.key(), 0), written);
            if (c != null) {
                candidates.add(c);
                codes.merge(c.code(), 1L, Long::sum);
            }
        }
        NameClustering.Fit fit = clustering.fit(codes);
        Map<String, Integer> words = new HashMap<>();
        facts.forms().forEach(f -> clustering.words(f).forEach((w, n) -> words.merge(w, n, Integer::sum)));

        Groups groups = new Groups();
        facts.forms().forEach(f -> groups.add(NodeId.form(f.surface())));
        NodeId previous = null;
        int previousEntry = -1;
        for (RegistryName r : registry) {
            NodeId id = NodeId.registry(r.index());
            groups.add(id);
            if (r.entry() == previousEntry) {
                groups.join(previous, id);
            }
            previous = id;
            previousEntry = r.entry();
        }
        List<Candidate> decided = new ArrayList<>();
        for (Candidate c : candidates) {
            if (clustering.decides(c, fit)) {
                decided.add(c);
                groups.join(c.a(), c.b());
            }
        }
        for (Definition d : facts.definitions()) {
            groups.join(NodeId.form(d.acronym()), NodeId.form(d.longForm()));
        }

        Map<NodeId, Group> byGroup = new TreeMap<>();
        facts.forms().forEach(f -> group(byGroup, groups, NodeId.form(f.surface())).forms.add(f));
        registry.forEach(r -> group(byGroup, groups, NodeId.registry(r.index())).registry.add(r.index()));
        decided.forEach(c -> group(byGroup, groups, c.a()).candidates.add(c));
        facts.definitions().forEach(d -> group(byGroup, groups, NodeId.form(d.acronym())).definitions.add(d));
        facts.together().forEach(t -> group(byGroup, groups, NodeId.form(t.first())).together.add(t));

        Map<String, List<NameClustering.Draft>> byFamily = new TreeMap<>();
        for (Group g : byGroup.values()) {
            for (NameClustering.Draft d : clustering.resolve(g.forms, g.registry, g.candidates, g.definitions,
                    g.together, fit, words)) {
                byFamily.computeIfAbsent(NameClustering.slugFamily(d.slug()), k -> new ArrayList<>()).add(d);
            }
        }
        List<NameClustering.Named> named = new ArrayList<>();
        byFamily.values().forEach(family -> named.addAll(NameClustering.name(family)));
        NameClustering.Result result = new NameClustering.Result(named, facts.forms(), facts.together(), fit);
        return clustering.index(roundTrip(result));
    }

    /** The outcome as it travels to the workers: Java-serialised and read back. */
    private static NameClustering.Result roundTrip(NameClustering.Result result) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(result);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (NameClustering.Result) in.readObject();
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new AssertionError("the clustering's outcome does not survive serialization", e);
        }
    }

    private static Group group(Map<NodeId, Group> byGroup, Groups groups, NodeId id) {
        return byGroup.computeIfAbsent(groups.root(id), k -> new Group());
    }

    /** What one connected group holds. */
    private static final class Group {
        final List<FormCounts> forms = new ArrayList<>();
        final List<Integer> registry = new ArrayList<>();
        final List<Candidate> candidates = new ArrayList<>();
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
        for (int f = 0; f < families.size(); f++) {
            List<String> family = families.get(f);
            for (String member : family) {
                FormContext c = acc.counts(member).context;
                for (String other : family) {
                    if (!other.equals(member)) {
                        c.names.add(NameKeys.fold(other));
                    }
                }
                c.names.add("d:place" + f % 7);
                c.words.add("topic" + f);
                c.words.add("subject" + f % 11);
                c.words.add("matter" + f % 13);
                c.addDay(18_000 + f);
            }
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
