package dev.gazette.analysis.names;

import dev.gazette.analysis.CorpusStatistic;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The names clustering in parts that a distributed runner spreads over workers, so that no
 * worker needs every distinct form of the corpus to decide: the names statistic's accumulator
 * split by key (the statistic's {@code split}), read as {@link #facts}; the blocks of a form
 * ({@link #blocks}) and the candidate pairs of one block ({@link #pairs}); the containment keys
 * of a form ({@link #containmentKey}, {@link #containmentLookups}) and the pairs of one key
 * ({@link #containmentPairs}); the levels of one pair ({@link #weigh}); the fit of the match
 * model from the count of each level code ({@link #fit}), and the pairs that can join groups
 * ({@link #decides}); the resolution of one connected group of nodes into entity drafts
 * ({@link #resolve}); ids per slug family ({@link #name}); and the finished result
 * ({@link #result}, turned into the names statistic's result on each worker by {@link #index}),
 * as {@link CorpusStatistic#finish} makes it on one machine. Resolving every connected group on
 * its own gives the entities the whole corpus gives at once (see {@link NameClusterer}).
 */
public final class NameClustering {

    private final NameStatistic statistic;
    private final NameClusterer clusterer;
    private final List<FormNode> registry;

    private NameClustering(NameStatistic statistic) {
        this.statistic = statistic;
        this.clusterer = statistic.clusterer();
        this.registry = clusterer.registryNodes();
    }

    /** The clustering of {@code names}' statistic. */
    public static NameClustering of(NameAnalysis names) {
        return new NameClustering((NameStatistic) names.statistic());
    }

    // ------------------------------------------------------------------ the statistic's accumulator

    /**
     * The counts of one corpus form.
     *
     * @param surface  as written
     * @param kinds    how it was used (bits: full name, one-word name, ambiguous, acronym)
     * @param mentions mentions counted on it
     * @param articles articles where it stands for itself
     * @param votes    type evidence: person, organisation, place, other
     * @param context  what surrounds it across the corpus (the statistic's compact sketches)
     */
    public record FormCounts(String surface, int kinds, int mentions, int articles, int[] votes, Serializable context)
            implements Serializable {
        public FormCounts {
            votes = votes.clone();
        }

        @Override
        public int[] votes() {
            return votes.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FormCounts f && f.surface.equals(surface) && f.kinds == kinds && f.mentions == mentions
                    && f.articles == articles && Arrays.equals(f.votes, votes);
        }

        @Override
        public int hashCode() {
            return surface.hashCode();
        }

        NameClusterer.Form form() {
            return new NameClusterer.Form(surface, kinds, mentions, articles, votes.clone(), (FormContext) context);
        }
    }

    /**
     * An acronym defined in the corpus ("the Islamic State (IS)").
     *
     * @param acronym  the acronym
     * @param longForm a long form it was defined with
     * @param count    how often
     */
    public record Definition(String acronym, String longForm, int count) implements Serializable {
    }

    /**
     * Two forms that may name one entity, used in the same articles.
     *
     * @param first    one form
     * @param second   the other
     * @param articles how many articles use both
     */
    public record Together(String first, String second, int articles) implements Serializable {

        /** The key of the pair of the two forms' nodes ({@link #pairKey}). */
        public String pairKey() {
            return NameClustering.pairKey(NodeId.form(first), NodeId.form(second));
        }
    }

    /**
     * What a names accumulator holds.
     *
     * @param forms       the forms and their counts
     * @param definitions the acronym definitions
     * @param together    the pairs of forms used together
     */
    public record Facts(List<FormCounts> forms, List<Definition> definitions, List<Together> together)
            implements Serializable {
        public Facts {
            forms = List.copyOf(forms);
            definitions = List.copyOf(definitions);
            together = List.copyOf(together);
        }
    }

    /** The names statistic, whose accumulators (and their parts: its {@code split}) {@link #facts} reads. */
    public CorpusStatistic<?, ?> statistic() {
        return statistic;
    }

    /** The forms, definitions and pairs of a names accumulator. */
    public Facts facts(Object accumulator) {
        NameStatistic.Acc acc = (NameStatistic.Acc) accumulator;
        List<FormCounts> forms = new ArrayList<>(acc.forms.size());
        acc.forms.forEach((s, c) -> forms.add(new FormCounts(s, c.kinds, c.mentions, c.articles, c.votes, c.context)));
        List<Definition> definitions = new ArrayList<>();
        acc.definitions.forEach((a, longForms) -> longForms.forEach((l, n) -> definitions.add(new Definition(a, l, n))));
        List<Together> together = new ArrayList<>(acc.together.size());
        acc.together.forEach((pair, n) -> {
            int cut = pair.indexOf('\u0000');
            together.add(new Together(pair.substring(0, cut), pair.substring(cut + 1), n));
        });
        return new Facts(forms, definitions, together);
    }

    // ------------------------------------------------------------------ nodes and blocks

    /**
     * A node of the clustering graph: a corpus form, or a registry name (by its place among
     * {@link #registryNames()}). Nodes sort corpus forms first, by surface, then registry names in
     * registry order: the order every resolution uses.
     *
     * @param key {@code c} and the surface, or {@code r} and the registry index in 9 digits
     */
    public record NodeId(String key) implements Comparable<NodeId>, Serializable {

        /** The node of a corpus form. */
        public static NodeId form(String surface) {
            return new NodeId("c" + surface);
        }

        /** The node of registry name {@code index}. */
        public static NodeId registry(int index) {
            return new NodeId(String.format("r%09d", index));
        }

        /** True for a registry name. */
        public boolean isRegistry() {
            return key.charAt(0) == 'r';
        }

        /** The surface of a corpus form. */
        public String surface() {
            return key.substring(1);
        }

        /** The index of a registry name. */
        public int index() {
            return Integer.parseInt(key.substring(1));
        }

        @Override
        public int compareTo(NodeId o) {
            return key.compareTo(o.key);
        }
    }

    /** The key of the pair of two nodes: the lower node's key, a NUL, the higher's. */
    public static String pairKey(NodeId a, NodeId b) {
        return a.compareTo(b) <= 0 ? a.key() + '\u0000' + b.key() : b.key() + '\u0000' + a.key();
    }

    /**
     * A name of the entity registry, as a node.
     *
     * @param index          its place among the registry's names
     * @param entry          the registry entry it names
     * @param blocks         its blocks
     * @param containmentKey its containment key, or {@code null}
     * @param lookups        the containment keys of the shorter names it may hold, in order
     * @param letters        its letters
     */
    public record RegistryName(int index, int entry, long[] blocks, String containmentKey, List<String> lookups,
                               String letters) implements Serializable {
    }

    /** Every name of the registry, in order; the names of one entry follow one another. */
    public List<RegistryName> registryNames() {
        List<RegistryName> out = new ArrayList<>(registry.size());
        for (int i = 0; i < registry.size(); i++) {
            FormNode n = registry.get(i);
            out.add(new RegistryName(i, n.anchor, NameClusterer.buckets(n), NameClusterer.containmentKey(n),
                    List.copyOf(NameClusterer.containmentLookups(n)), n.letters));
        }
        return out;
    }

    /** The blocks of a corpus form: the blocks in which it is compared. */
    public long[] blocks(FormCounts form) {
        return NameClusterer.buckets(clusterer.node(form.form()));
    }

    /** The key under which a corpus form is found in longer names, or {@code null} (an acronym). */
    public String containmentKey(FormCounts form) {
        return NameClusterer.containmentKey(clusterer.node(form.form()));
    }

    /** The containment keys of the shorter names a corpus form may hold, in the order they are looked up. */
    public List<String> containmentLookups(FormCounts form) {
        return NameClusterer.containmentLookups(clusterer.node(form.form()));
    }

    /** The letters of a corpus form (lower case, unaccented), which a registry name may share. */
    public String letters(FormCounts form) {
        return clusterer.node(form.form()).letters;
    }

    /** The letters of every registry name: the corpus forms with these letters are {@link #weigh}'s {@code written}. */
    public Set<String> registryLetters() {
        Set<String> out = new HashSet<>();
        registry.forEach(n -> out.add(n.letters));
        return out;
    }

    /** The words of a corpus form's name, each with the mentions it adds to the word's count (see {@link #resolve}). */
    public Map<String, Integer> words(FormCounts form) {
        FormNode n = clusterer.node(form.form());
        return NameClusterer.wordMentions(List.of(n), 1);
    }

    // ------------------------------------------------------------------ candidate pairs

    /**
     * Two nodes to compare.
     *
     * @param a the lower node
     * @param b the higher node
     */
    public record Pair(NodeId a, NodeId b) implements Serializable {

        /** Its key ({@link #pairKey}). */
        public String key() {
            return pairKey(a, b);
        }
    }

    /**
     * The candidate pairs of one block.
     *
     * @param members one entry per time a node is in the block (a node whose blocks collide is in
     *                it twice), in any order
     * @param forms   the counts of the corpus forms among the members, by surface
     */
    public List<Pair> pairs(List<NodeId> members, Map<String, FormCounts> forms) {
        List<NodeId> sorted = new ArrayList<>(members);
        sorted.sort(null);
        List<NodeId> distinct = new ArrayList<>();
        for (NodeId n : sorted) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(n)) {
                distinct.add(n);
            }
        }
        List<FormNode> nodes = new ArrayList<>(distinct.size());
        Map<NodeId, Integer> index = new HashMap<>();
        for (NodeId n : distinct) {
            index.put(n, nodes.size());
            nodes.add(node(n, forms));
        }
        int[] entries = new int[sorted.size()];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = index.get(sorted.get(i));
        }
        List<Pair> out = new ArrayList<>();
        NameClusterer.bucketPairs(nodes, entries, p -> out.add(new Pair(distinct.get((int) (p >>> 32)),
                distinct.get((int) p))));
        return out;
    }

    /**
     * A longer name looking up a containment key.
     *
     * @param longer the longer name
     * @param seq    the place of the key among its {@link #containmentLookups}
     */
    public record Lookup(NodeId longer, int seq) implements Serializable {
    }

    /**
     * The candidate pairs of one containment key: each name with that key and the longer names
     * that look it up, in node order, the first {@value NameClusterer#CONTAINMENT_LIMIT} per name.
     *
     * @param names   the nodes whose containment key it is
     * @param lookups every look-up of the key
     */
    public static List<Pair> containmentPairs(List<NodeId> names, List<Lookup> lookups) {
        List<Lookup> order = new ArrayList<>(lookups);
        order.sort(Comparator.comparing(Lookup::longer).thenComparingInt(Lookup::seq));
        List<Pair> out = new ArrayList<>();
        for (NodeId k : names) {
            int held = 0;
            for (Lookup l : order) {
                if (!l.longer().equals(k) && ++held <= NameClusterer.CONTAINMENT_LIMIT) {
                    out.add(k.compareTo(l.longer()) < 0 ? new Pair(k, l.longer()) : new Pair(l.longer(), k));
                }
            }
        }
        return out;
    }

    /**
     * A candidate pair with its comparison levels.
     *
     * @param a    the lower node
     * @param b    the higher node
     * @param code the packed levels
     */
    public record Candidate(NodeId a, NodeId b, int code) implements Serializable {
    }

    /**
     * The levels of a candidate pair, or {@code null} when the pair is left out.
     *
     * @param forms    the counts of the pair's corpus forms, by surface
     * @param together the articles that write both
     * @param written  the letters of registry names that some corpus form has ({@link #registryLetters})
     */
    public Candidate weigh(Pair p, Map<String, FormCounts> forms, int together, Set<String> written) {
        FormNode a = node(p.a(), forms);
        FormNode b = node(p.b(), forms);
        PairComparer.Gamma g = clusterer.weigh(a, b, a.registry() || b.registry() ? 0 : together,
                written.contains(a.letters), written.contains(b.letters));
        return g == null ? null : new Candidate(p.a(), p.b(), MatchModel.code(g));
    }

    /** The match model's weights fitted to one corpus. Opaque. */
    public static final class Fit implements Serializable {
        private static final long serialVersionUID = 1L;
        private final MatchModel.Weights weights;

        private Fit(MatchModel.Weights weights) {
            this.weights = weights;
        }
    }

    /** Fits the match model to the corpus's candidate pairs: how many pairs have each level code. */
    public Fit fit(Map<Integer, Long> codes) {
        return new Fit(clusterer.model().fit(codes));
    }

    /** True when a candidate pair can join two groups (see {@link NameClusterer#decides}). */
    public boolean decides(Candidate c, Fit fit) {
        return clusterer.decides(c.code(), fit.weights);
    }

    private FormNode node(NodeId id, Map<String, FormCounts> forms) {
        if (id.isRegistry()) {
            return registry.get(id.index());
        }
        FormCounts f = forms.get(id.surface());
        if (f == null) {
            throw new IllegalArgumentException("no counts for the form '" + id.surface() + "'");
        }
        return clusterer.node(f.form());
    }

    // ------------------------------------------------------------------ groups, drafts, ids

    /** An entity drafted from one group, before its id is given. Opaque but for its slug. */
    public static final class Draft implements Serializable {
        private static final long serialVersionUID = 1L;
        private final NameClusterer.Draft draft;

        private Draft(NameClusterer.Draft draft) {
            this.draft = draft;
        }

        /** The id it asks for; drafts of one slug family (trailing {@code -digits} parts removed) compete. */
        public String slug() {
            return draft.slug();
        }
    }

    /** An entity with its id. Opaque but for the id. */
    public static final class Named implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String id;
        private final NameClusterer.Draft draft;

        private Named(String id, NameClusterer.Draft draft) {
            this.id = id;
            this.draft = draft;
        }

        /** The entity's id. */
        public String id() {
            return id;
        }
    }

    /**
     * Resolves one group of nodes into entity drafts. The group must be closed under every join
     * that can reach its nodes: a registry entry's names, the candidate pairs that {@link #decides}
     * keeps, a defined acronym and its long forms.
     *
     * @param forms        the group's corpus forms
     * @param registryIds  the group's registry names (indices)
     * @param candidates   the candidate pairs among them that {@link #decides} keeps (others may be given)
     * @param definitions  the definitions of the group's acronyms
     * @param together     the pairs whose first form is in the group
     * @param fit          the model fitted to the corpus
     * @param wordMentions how often each word of the group's forms is written in the corpus's names
     *                     (the sum of {@link #words} over the corpus)
     */
    public List<Draft> resolve(List<FormCounts> forms, List<Integer> registryIds, List<Candidate> candidates,
                               List<Definition> definitions, List<Together> together, Fit fit,
                               Map<String, Integer> wordMentions) {
        List<FormCounts> sorted = new ArrayList<>(forms);
        sorted.sort(Comparator.comparing(FormCounts::surface));
        List<FormNode> nodes = new ArrayList<>(sorted.size() + registryIds.size());
        Map<NodeId, Integer> index = new HashMap<>();
        for (FormCounts f : sorted) {
            index.put(NodeId.form(f.surface()), nodes.size());
            nodes.add(clusterer.node(f.form()));
        }
        int corpusNodes = nodes.size();
        List<Integer> reg = new ArrayList<>(registryIds);
        reg.sort(null);
        for (int r : reg) {
            index.put(NodeId.registry(r), nodes.size());
            nodes.add(registry.get(r));
        }
        // the candidates in pair order, as the whole corpus holds them
        long[][] local = new long[candidates.size()][];
        for (int k = 0; k < candidates.size(); k++) {
            Candidate c = candidates.get(k);
            Integer i = index.get(c.a());
            Integer j = index.get(c.b());
            if (i == null || j == null) {
                throw new IllegalArgumentException("a candidate pair leaves its group: " + c.a().key() + " - "
                        + c.b().key());
            }
            local[k] = new long[] {NameClusterer.pair(i, j), c.code()};
        }
        Arrays.sort(local, Comparator.comparingLong((long[] x) -> x[0]));
        NameClusterer.Candidates c = new NameClusterer.Candidates(local.length);
        for (int k = 0; k < local.length; k++) {
            if (k == 0 || local[k][0] != local[k - 1][0]) {
                c.add(local[k][0], (int) local[k][1]);
            }
        }
        Map<String, Map<String, Integer>> defs = new HashMap<>();
        for (Definition d : definitions) {
            defs.computeIfAbsent(d.acronym(), k -> new HashMap<>()).merge(d.longForm(), d.count(), Integer::sum);
        }
        Map<String, Integer> pairs = new HashMap<>();
        for (Together t : together) {
            pairs.merge(NameStatistic.pair(t.first(), t.second()), t.articles(), Integer::sum);
        }
        List<Draft> out = new ArrayList<>();
        for (NameClusterer.Draft d : clusterer.resolve(nodes, corpusNodes, c, fit.weights, defs, pairs, wordMentions)) {
            out.add(new Draft(d));
        }
        return out;
    }

    /** The family of a slug (or an id): without its trailing {@code -digits} parts. */
    public static String slugFamily(String slug) {
        int end = slug.length();
        while (true) {
            int dash = slug.lastIndexOf('-', end - 1);
            if (dash < 0 || dash == end - 1) {
                return slug.substring(0, end);
            }
            boolean digits = true;
            for (int i = dash + 1; i < end; i++) {
                char c = slug.charAt(i);
                digits &= c >= '0' && c <= '9';
            }
            if (!digits) {
                return slug.substring(0, end);
            }
            end = dash;
        }
    }

    /** Gives ids to drafts that hold every draft of their slug families; sorted by id. */
    public static List<Named> name(List<Draft> drafts) {
        List<NameClusterer.Draft> inner = new ArrayList<>(drafts.size());
        drafts.forEach(d -> inner.add(d.draft));
        List<Named> out = new ArrayList<>(drafts.size());
        for (NameClusterer.Named n : NameClusterer.name(inner)) {
            out.add(new Named(n.id(), n.draft()));
        }
        return out;
    }

    /**
     * The clustering's outcome, as it travels to the workers: every named entity, every form with
     * its counts and context (so that the rules can compare any two names again), the pairs of
     * forms used together and the fitted model. {@link #index} makes the statistic's result of it.
     *
     * @param named    every named entity
     * @param forms    every corpus form
     * @param together every pair of forms used together
     * @param fit      the fitted model
     */
    public record Result(List<Named> named, List<FormCounts> forms, List<Together> together, Fit fit)
            implements Serializable {
        public Result {
            named = List.copyOf(named);
            forms = List.copyOf(forms);
            together = List.copyOf(together);
        }
    }

    /**
     * The names statistic's result from the clustering's outcome, as its {@code finish} makes it
     * on one machine (the candidate pairs, kept for sampling, are left out).
     */
    public Object index(Result result) {
        List<NameClusterer.Named> inner = new ArrayList<>(result.named().size());
        for (Named n : result.named()) {
            inner.add(new NameClusterer.Named(n.id, n.draft));
        }
        inner.sort(Comparator.comparing(NameClusterer.Named::id));
        List<FormCounts> sorted = new ArrayList<>(result.forms());
        sorted.sort(Comparator.comparing(FormCounts::surface));
        List<FormNode> nodes = new ArrayList<>(sorted.size() + registry.size());
        for (FormCounts f : sorted) {
            nodes.add(clusterer.node(f.form()));
        }
        int corpusNodes = nodes.size();
        nodes.addAll(registry);
        Map<String, Integer> together = new TreeMap<>();
        for (Together t : result.together()) {
            together.merge(NameStatistic.pair(t.first(), t.second()), t.articles(), Integer::sum);
        }
        return clusterer.index(inner, nodes, corpusNodes, result.fit().weights, new long[0], new int[0],
                new HashMap<>(together));
    }
}
