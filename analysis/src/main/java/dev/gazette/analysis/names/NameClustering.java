package dev.gazette.analysis.names;

import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.analysis.names.NameKeys.NameKey;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names clustering in parts that a distributed runner spreads over workers, so that no
 * worker needs every distinct form of the corpus: the names statistic's accumulator split by
 * key (the statistic's {@code split}); the blocking keys of a form ({@link #blocks}); the candidate links of
 * one block, the pair decisions ({@link #links}); the links that can join groups across blocks
 * (a registry entity's names, an acronym and its long forms, a one-word name and the full names
 * ending in it: {@link #surnameWord}, {@link #registryNames}); the resolution of one connected
 * group of nodes into entity drafts ({@link #resolve}); ids per slug family ({@link #name}); and
 * the finished result ({@link #index}), the names statistic's result, as
 * {@link CorpusStatistic#finish} makes it on one machine. Resolving every connected group on its
 * own gives the entities the whole corpus gives at once (see {@link NameClusterer}).
 */
public final class NameClustering {

    private final NameStatistic statistic;
    private final NameClusterer clusterer;
    private final List<NameClusterer.Node> registry;

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
     */
    public record FormCounts(String surface, int kinds, int mentions, int articles, int[] votes)
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
            return new NameClusterer.Form(surface, kinds, mentions, articles, votes.clone());
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
        acc.forms.forEach((s, c) -> forms.add(new FormCounts(s, c.kinds, c.mentions, c.articles, c.votes)));
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

    /**
     * A name of the entity registry, as a node.
     *
     * @param index       its place among the registry's names
     * @param entry       the registry entry it names
     * @param blocks      its blocking keys
     * @param surnameWord the last word of a full name, or {@code null}
     */
    public record RegistryName(int index, int entry, long[] blocks, String surnameWord) implements Serializable {
    }

    /** Every name of the registry, in order; the names of one entry follow one another. */
    public List<RegistryName> registryNames() {
        List<RegistryName> out = new ArrayList<>(registry.size());
        for (int i = 0; i < registry.size(); i++) {
            NameClusterer.Node n = registry.get(i);
            out.add(new RegistryName(i, n.anchor, NameClusterer.buckets(n), n.multiWord() ? n.key.lastSpelled() : null));
        }
        return out;
    }

    /** The blocking keys of a corpus form: the buckets in which it is compared (one or two). */
    public long[] blocks(FormCounts form) {
        return NameClusterer.buckets(clusterer.node(form.form()));
    }

    /**
     * The surname word of a form, for the joins of a one-word name to the one person whose full
     * name ends in it: for a one-word name used alone, the word, marked {@code source}; for a full
     * name, its last word. {@code null} for other forms.
     */
    public SurnameWord surnameWord(FormCounts form) {
        NameClusterer.Node n = clusterer.node(form.form());
        if (n.multiWord()) {
            return new SurnameWord(n.key.lastSpelled(), false);
        }
        NameKey k = n.key;
        if ((n.kinds & NameClusterer.SINGLE) != 0 && (n.kinds & (NameClusterer.AMBIGUOUS | NameClusterer.FULL)) == 0
                && !k.acronym() && k.size() == 1) {
            return new SurnameWord(k.lastSpelled(), true);
        }
        return null;
    }

    /**
     * A word by which a one-word name may join a full name.
     *
     * @param word   the word
     * @param source whether the form is the one-word name (else a full name ending in it)
     */
    public record SurnameWord(String word, boolean source) implements Serializable {
    }

    // ------------------------------------------------------------------ links

    /**
     * A candidate link between two nodes, found in a block.
     *
     * @param a      the lower node
     * @param b      the higher node
     * @param exact  whether their keys are equal
     * @param score  the similarity of their keys (a fuzzy link)
     * @param bucket the block
     * @param seq    its place among the block's comparisons
     */
    public record Link(NodeId a, NodeId b, boolean exact, double score, long bucket, int seq) implements Serializable {
    }

    /**
     * The candidate links of one block: the pair decisions among its members.
     *
     * @param block   the block
     * @param members one entry per time a node is in the block (a node whose two blocks collide is
     *                in it twice), in any order
     * @param forms   the counts of the corpus forms among the members, by surface
     */
    public List<Link> links(long block, List<NodeId> members, Map<String, FormCounts> forms) {
        List<NodeId> sorted = new ArrayList<>(members);
        sorted.sort(null);
        List<NodeId> distinct = new ArrayList<>();
        for (NodeId n : sorted) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(n)) {
                distinct.add(n);
            }
        }
        List<NameClusterer.Node> nodes = new ArrayList<>(distinct.size());
        Map<NodeId, Integer> index = new HashMap<>();
        for (NodeId n : distinct) {
            index.put(n, nodes.size());
            nodes.add(node(n, forms));
        }
        int[] entries = new int[sorted.size()];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = index.get(sorted.get(i));
        }
        List<NameClusterer.Link> found = new ArrayList<>();
        clusterer.compareBucket(nodes, block, entries, found);
        List<Link> out = new ArrayList<>(found.size());
        for (NameClusterer.Link l : found) {
            out.add(new Link(distinct.get(l.i()), distinct.get(l.j()), l.exact(), l.score(), l.bucket(), l.seq()));
        }
        return out;
    }

    private NameClusterer.Node node(NodeId id, Map<String, FormCounts> forms) {
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
     * Resolves one group of nodes into entity drafts. The group must be closed under every link
     * that can join its nodes to others: {@link #links}, a registry entry's names, a defined
     * acronym and its long forms, a one-word name and the full names of its {@link #surnameWord}.
     *
     * @param forms       the group's corpus forms
     * @param registryIds the group's registry names (indices)
     * @param links       the links among them
     * @param definitions the definitions of the group's acronyms
     * @param together    the pairs whose first form is in the group
     */
    public List<Draft> resolve(List<FormCounts> forms, List<Integer> registryIds, List<Link> links,
                               List<Definition> definitions, List<Together> together) {
        List<FormCounts> sorted = new ArrayList<>(forms);
        sorted.sort(Comparator.comparing(FormCounts::surface));
        List<NameClusterer.Node> nodes = new ArrayList<>(sorted.size() + registryIds.size());
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
        List<NameClusterer.Link> local = new ArrayList<>(links.size());
        for (Link l : links) {
            Integer i = index.get(l.a());
            Integer j = index.get(l.b());
            if (i == null || j == null) {
                throw new IllegalArgumentException("a link leaves its group: " + l.a().key() + " - " + l.b().key());
            }
            local.add(new NameClusterer.Link(Math.min(i, j), Math.max(i, j), l.exact(), l.score(), l.bucket(), l.seq()));
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
        for (NameClusterer.Draft d : clusterer.resolve(nodes, corpusNodes, local, defs, pairs)) {
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
     * The names statistic's result from every named entity of the corpus, as its
     * {@code finish} makes it on one machine.
     */
    public Serializable index(List<Named> named) {
        List<NameClusterer.Named> inner = new ArrayList<>(named.size());
        for (Named n : named) {
            inner.add(new NameClusterer.Named(n.id, n.draft));
        }
        inner.sort(Comparator.comparing(NameClusterer.Named::id));
        return NameClusterer.index(inner);
    }
}
