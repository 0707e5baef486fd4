package dev.gazette.analysis.names;

import dev.gazette.analysis.names.NameIndex.FormInfo;
import dev.gazette.analysis.names.NameIndex.FormRelation;
import dev.gazette.analysis.names.NameKeys.NameKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Groups the name forms of a corpus into entities.
 *
 * <ol>
 *   <li>Every form and every registry name and alias gets a key ({@link NameKeys}); the
 *       registry's names of one entity start out together.</li>
 *   <li>Blocking: forms are bucketed by the consonants of their key, so only forms that
 *       could match are compared; a bucket compares all pairs up to {@value #PAIRWISE_LIMIT}
 *       forms, larger buckets compare distinct keys and, beyond that, neighbours in key
 *       order. Cost grows about linearly with the number of distinct forms.</li>
 *   <li>Pairs that {@link NameMatcher} accepts are joined, exact keys first, then the closer
 *       pairs first, unless the join would put two registry entities, or a person and a place
 *       (or organisation), into one entity.</li>
 *   <li>An acronym joins the entity of its long forms when every definition in the corpus
 *       points at that one entity; a one-word name joins the one person entity whose surname
 *       it is, never a second one and never as a bridge between two.</li>
 *   <li>The canonical name is the registry's name, else the form with the most mentions,
 *       then the most articles, then the most words, then the first alphabetically.</li>
 * </ol>
 *
 * <p>In phases that a distributed runner can spread over workers: {@link #compareBucket} makes a
 * bucket's candidate links (pure: it reads the bucket's nodes only); {@link #resolve} applies the
 * links of a set of nodes closed under every link that can join them (the corpus, or one
 * connected group: links, a registry entity's names, an acronym and its long forms, a one-word
 * name and the full names ending in it) in the order the whole corpus would, and drafts its
 * entities; {@link #name} gives the drafts their ids (unique per slug family); {@link #index}
 * builds the result. Resolving each connected group on its own gives the same entities as
 * resolving the corpus at once, since every join depends only on the two groups it joins.
 */
final class NameClusterer {

    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-\u2010\u2011]+");

    static final int FULL = 1;
    static final int SINGLE = 2;
    static final int AMBIGUOUS = 4;
    static final int ACRONYM = 8;

    /** Buckets up to this size compare all pairs. */
    static final int PAIRWISE_LIMIT = 48;
    /** In oversized buckets, each key is compared with this many neighbours in key order. */
    static final int WINDOW = 8;

    /** Bits of a bucket entry that hold the node index (up to 16.7 million distinct names). */
    private static final int INDEX_BITS = 24;

    /**
     * A distinct name form of the corpus.
     *
     * @param surface  as written
     * @param kinds    how it was used: {@link #FULL}, {@link #SINGLE}, {@link #AMBIGUOUS}, {@link #ACRONYM} bits
     * @param mentions mentions counted on it
     * @param articles articles where it stands for itself
     * @param votes    type evidence: person, organisation, place, other
     */
    record Form(String surface, int kinds, int mentions, int articles, int[] votes) {
    }

    static final class Node {
        final String surface;
        final int kinds;
        final int mentions;
        final int articles;
        final int[] votes;
        final EntityType type;
        final NameKey key;
        final NameKey orgKey;
        final int anchor;
        final Registry.Alias alias;
        final boolean registry;
        boolean orgWord;

        Node(String surface, int kinds, int mentions, int articles, int[] votes, EntityType type, NameKey key,
             NameKey orgKey, int anchor, Registry.Alias alias, boolean registry) {
            this.surface = surface;
            this.kinds = kinds;
            this.mentions = mentions;
            this.articles = articles;
            this.votes = votes;
            this.type = type;
            this.key = key;
            this.orgKey = orgKey;
            this.anchor = anchor;
            this.alias = alias;
            this.registry = registry;
        }

        NameKey cmp() {
            return organisation() ? orgKey : key;
        }

        /** Typed as an organisation, or untyped and headed by an organisation word ("... Corps"). */
        boolean organisation() {
            return type == EntityType.ORGANISATION || (type == null && orgWord);
        }

        boolean multiWord() {
            return !key.acronym() && key.size() >= 2;
        }
    }

    private final NameKeys keys;
    private final Registry registry;
    private final Set<String> gazetteer;

    NameClusterer(NameKeys keys, Registry registry) {
        this.keys = keys;
        this.registry = registry;
        Set<String> places = new HashSet<>();
        for (String p : keys.lexicon().places) {
            if (p.indexOf(' ') < 0) {
                places.add(NameKeys.fold(p));
            }
        }
        this.gazetteer = Set.copyOf(places);
    }

    /**
     * Clusters {@code forms}; {@code definitions} maps an acronym to its long forms and their
     * counts; {@code together} counts the articles that use both forms of a pair (keys from
     * {@link NameStatistic#pair}), so that an entity's articles are not counted twice.
     */
    NameIndex cluster(List<Form> forms, Map<String, Map<String, Integer>> definitions, Map<String, Integer> together) {
        List<Form> sorted = new ArrayList<>(forms);
        sorted.sort(Comparator.comparing(Form::surface));
        List<Node> nodes = new ArrayList<>(forms.size() + registry.entries().size() * 3);
        for (Form f : sorted) {
            nodes.add(node(f));
        }
        int corpusNodes = nodes.size();
        nodes.addAll(registryNodes());
        return index(name(resolve(nodes, corpusNodes, links(nodes), definitions, together)));
    }

    /** The node of a corpus form: its keys and the type its cues support. */
    Node node(Form f) {
        EntityType t = dominant(f.votes());
        NameKey k = keys.key(f.surface(), false);
        boolean orgWord = headedByOrganisationWord(k);
        NameKey ok = k.acronym() || !(t == EntityType.ORGANISATION || (t == null && orgWord))
                ? k : keys.key(f.surface(), true);
        Node node = new Node(f.surface(), f.kinds(), f.mentions(), f.articles(), f.votes(), t, k, ok, -1, null, false);
        node.orgWord = orgWord;
        return node;
    }

    /** Every registry name and alias as a node, entry by entry, in registry order. */
    List<Node> registryNodes() {
        List<Node> out = new ArrayList<>();
        List<Registry.Entry> entries = registry.entries();
        for (int e = 0; e < entries.size(); e++) {
            Registry.Entry en = entries.get(e);
            boolean org = en.type() == EntityType.ORGANISATION;
            out.add(registryNode(en.name(), en.type(), org, e, null));
            for (Registry.Alias a : en.aliases()) {
                out.add(registryNode(a.name(), en.type(), org, e, a));
            }
        }
        return out;
    }

    private boolean headedByOrganisationWord(NameKey k) {
        List<String> words = k.spelled();
        Lexicon lex = keys.lexicon();
        return !k.acronym() && words.size() > 1
                && (lex.orgHeads.contains(words.get(words.size() - 1)) || lex.orgHeads.contains(words.get(0)));
    }

    private Node registryNode(String name, EntityType type, boolean org, int anchor, Registry.Alias alias) {
        NameKey k = keys.key(name, false);
        NameKey ok = k.acronym() ? k : keys.key(name, true);
        int[] votes = new int[4];
        votes[type.ordinal()] = 10;
        return new Node(name, k.acronym() ? ACRONYM : (k.size() >= 2 ? FULL : SINGLE), 0, 0, votes,
                type, k, org ? ok : k, anchor, alias, true);
    }

    // ------------------------------------------------------------------ similarity

    /**
     * A candidate link between two nodes, found in a bucket: {@code exact} when their keys are
     * equal (joined at once, in bucket order), else joined later, the more similar first.
     *
     * @param i      the first node (index in the node list, the lower of the two)
     * @param j      the second node
     * @param exact  whether the keys are equal
     * @param score  the keys' similarity (fuzzy links)
     * @param bucket the bucket it was found in
     * @param seq    its place among the bucket's comparisons
     */
    record Link(int i, int j, boolean exact, double score, long bucket, int seq) {
    }

    /** The buckets of a node: its key's consonant skeleton (an acronym: its letters), and its organisation key's. */
    static long[] buckets(Node n) {
        String b1 = n.key.acronym() ? n.key.concat() : n.key.skeleton();
        if (!n.key.acronym() && !n.orgKey.skeleton().equals(b1)) {
            return new long[] {hash40(b1), hash40(n.orgKey.skeleton())};
        }
        return new long[] {hash40(b1)};
    }

    /** The candidate links of every bucket of {@code nodes}, in bucket order. */
    List<Link> links(List<Node> nodes) {
        if (nodes.size() >= 1 << INDEX_BITS) {
            throw new IllegalStateException("more than " + ((1 << INDEX_BITS) - 1) + " distinct names");
        }
        // buckets: entries (40-bit hash of the bucket key, node index) sorted; a hash collision only
        // puts two buckets together, which costs comparisons, never a wrong match
        long[] entries = new long[nodes.size() * 2];
        int count = 0;
        for (int i = 0; i < nodes.size(); i++) {
            for (long b : buckets(nodes.get(i))) {
                entries[count++] = (b << INDEX_BITS) | i;
            }
        }
        Arrays.sort(entries, 0, count);
        List<Link> out = new ArrayList<>();
        long mask = (1L << INDEX_BITS) - 1;
        int from = 0;
        while (from < count) {
            long bucket = entries[from] >>> INDEX_BITS;
            int to = from + 1;
            while (to < count && entries[to] >>> INDEX_BITS == bucket) {
                to++;
            }
            int[] members = new int[to - from];
            for (int x = from; x < to; x++) {
                members[x - from] = (int) (entries[x] & mask);
            }
            compareBucket(nodes, bucket, members, out);
            from = to;
        }
        return out;
    }

    /**
     * The comparisons of one bucket, as candidate links: all pairs of a bucket of up to
     * {@value #PAIRWISE_LIMIT} entries; in a larger one, equal keys, then each distinct key with
     * its neighbours in key order. Reads the bucket's nodes only.
     *
     * @param members the bucket's entries: node indices in ascending order (a node whose two
     *                buckets collide appears twice)
     */
    void compareBucket(List<Node> nodes, long bucket, int[] members, List<Link> out) {
        int size = members.length;
        int[] seq = {0};
        if (size >= 2 && size <= PAIRWISE_LIMIT) {
            for (int x = 0; x < size; x++) {
                for (int y = x + 1; y < size; y++) {
                    compare(nodes, members[x], members[y], bucket, seq, out);
                }
            }
        } else if (size > PAIRWISE_LIMIT) {
            // oversized bucket: join equal keys, then compare distinct keys with their neighbours
            Map<String, Integer> firstByKey = new TreeMap<>();
            for (int id : members) {
                Integer first = firstByKey.putIfAbsent(nodes.get(id).cmp().concat(), id);
                if (first != null) {
                    compare(nodes, first, id, bucket, seq, out);
                }
            }
            List<Integer> reps = new ArrayList<>(firstByKey.values());
            int window = reps.size() <= PAIRWISE_LIMIT ? reps.size() : WINDOW;
            for (int x = 0; x < reps.size(); x++) {
                for (int y = x + 1; y < reps.size() && y <= x + window; y++) {
                    compare(nodes, reps.get(x), reps.get(y), bucket, seq, out);
                }
            }
        }
    }

    /**
     * Compares two nodes; a match becomes a link. (Two nodes already joined when the comparison
     * comes would be joined again for nothing: comparing them anyway changes no entity.)
     */
    private void compare(List<Node> nodes, int i, int j, long bucket, int[] seq, List<Link> out) {
        int n = seq[0]++;
        Node a = nodes.get(i);
        Node b = nodes.get(j);
        if (i == j || (a.registry && b.registry)) {
            return;
        }
        boolean org = a.organisation() || b.organisation();
        NameKey ka = org ? orgKey(a) : a.key;
        NameKey kb = org ? orgKey(b) : b.key;
        if (!mayCompare(a, b, ka, kb) || !NameMatcher.matches(ka, kb)) {
            return;
        }
        boolean exact = ka.concat().equals(kb.concat());
        out.add(new Link(Math.min(i, j), Math.max(i, j), exact, exact ? 0 : NameMatcher.similarity(ka, kb), bucket, n));
    }

    /** Applies links as the whole corpus would: exact ones in bucket order, then fuzzy ones, the closest first. */
    private static void join(List<Link> links, UnionFind uf) {
        List<Link> exact = new ArrayList<>();
        List<Link> fuzzy = new ArrayList<>();
        for (Link l : links) {
            (l.exact() ? exact : fuzzy).add(l);
        }
        exact.sort(Comparator.comparingLong(Link::bucket).thenComparingInt(Link::seq));
        for (Link l : exact) {
            uf.unionIfCompatible(l.i(), l.j());
        }
        fuzzy.sort(Comparator.comparingDouble((Link l) -> -l.score()).thenComparingInt(Link::i).thenComparingInt(Link::j));
        for (Link l : fuzzy) {
            uf.unionIfCompatible(l.i(), l.j());
        }
    }

    /** 40 bits of the 64-bit FNV-1a hash of {@code s}. */
    static long hash40(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h >>> 24;
    }

    /** The organisation key, computed here for a node that is not an organisation itself. */
    private NameKey orgKey(Node n) {
        if (n.orgKey != n.key || n.key.acronym() || n.organisation()) {
            return n.orgKey;
        }
        return keys.key(n.surface, true);
    }

    /**
     * One-word names carry little evidence: two of them are compared only when one is a
     * registry name, or both are organisations or both places by the cues (never two people's
     * surnames: those only attach to a full name). Two different places of the gazetteer
     * ("Ghana", "Kenya") are never spellings of each other, alone or inside longer names.
     */
    private boolean mayCompare(Node a, Node b, NameKey ka, NameKey kb) {
        if (!ka.acronym() && !kb.acronym() && ka.size() == 1 && kb.size() == 1 && !a.registry && !b.registry) {
            if (a.type == null || a.type != b.type || a.type == EntityType.PERSON || a.type == EntityType.OTHER
                    || ka.concat().length() < 3) {
                return false;
            }
        }
        if (ka.size() == kb.size() && !ka.acronym()) {
            for (int w = 0; w < ka.size(); w++) {
                String p = ka.spelled().get(w);
                String q = kb.spelled().get(w);
                if (!p.equals(q) && gazetteer.contains(p) && gazetteer.contains(q)) {
                    return false;
                }
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ acronyms and surnames

    private static void joinAcronyms(List<Node> nodes, Map<String, Integer> bySurface,
                                     Map<String, Map<String, Integer>> definitions, UnionFind uf) {
        for (String acronym : new TreeSet<>(definitions.keySet())) {
            Integer a = bySurface.get(acronym);
            Set<Integer> roots = new HashSet<>();
            int target = -1;
            for (String longForm : new TreeSet<>(definitions.get(acronym).keySet())) {
                Integer l = bySurface.get(longForm);
                if (l != null) {
                    roots.add(uf.find(l));
                    target = l;
                }
            }
            if (roots.size() != 1) {
                continue;
            }
            if (a == null) {
                continue; // defined but never used outside its definition: nothing to join
            }
            uf.unionIfCompatible(a, target);
        }
    }

    private static void joinSurnames(List<Node> nodes, int corpusNodes, UnionFind uf) {
        Map<String, Set<Integer>> bySurname = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            if (n.multiWord() && uf.type(uf.find(i)) == EntityType.PERSON) {
                bySurname.computeIfAbsent(n.key.lastSpelled(), x -> new HashSet<>()).add(uf.find(i));
            }
        }
        for (int i = 0; i < corpusNodes; i++) {
            Node n = nodes.get(i);
            if ((n.kinds & SINGLE) == 0 || (n.kinds & (AMBIGUOUS | FULL)) != 0 || n.key.acronym() || n.key.size() != 1) {
                continue;
            }
            int root = uf.find(i);
            if (uf.hasMultiWord(root) || uf.anchor(root) >= 0) {
                continue;
            }
            EntityType t = uf.type(root);
            if (t == EntityType.ORGANISATION || t == EntityType.PLACE || n.votes[0] == 0) {
                continue; // only a one-word name with some person cue ("Gul said") attaches to a person
            }
            Set<Integer> people = bySurname.get(n.key.lastSpelled());
            if (people != null && people.size() == 1) {
                uf.unionIfCompatible(i, people.iterator().next());
            }
        }
    }

    // ------------------------------------------------------------------ entities

    /**
     * One entity before its id is given.
     *
     * @param slug      the id it asks for: the registry id, or a slug of its name
     * @param name      the canonical name
     * @param type      its type
     * @param anchored  whether it is a registry entity (its slug is its id)
     * @param first     its first form in order, which orders drafts with equal slugs
     * @param entity    the entity, with its slug as id
     * @param members   how each of its corpus forms names it
     * @param figures   its figures
     */
    record Draft(String slug, String name, EntityType type, boolean anchored, String first, Entity entity,
                 List<Member> members, NameIndex.Figures figures) implements java.io.Serializable {
    }

    /**
     * One corpus form of a drafted entity.
     *
     * @param surface  as written
     * @param relation how it names the entity
     * @param family   the registry name or alias it spells, or the form itself
     * @param kind     for a registry alias, its kind
     * @param articles articles where it stands for the entity
     * @param mentions mentions counted on it
     */
    record Member(String surface, FormRelation relation, String family, Registry.AliasKind kind, int articles,
                  int mentions) implements java.io.Serializable {
    }

    /** A drafted entity and the id it got. */
    record Named(String id, Draft draft) {
    }

    /**
     * Resolves {@code nodes} into entity drafts: the registry's names of one entity together, the
     * links in the whole corpus's order, acronyms and surnames, then per entity its canonical name,
     * forms and figures.
     *
     * @param nodes       corpus nodes sorted by surface, then registry nodes in registry order
     *                    (all of them, or a group closed under every link that can join them)
     * @param corpusNodes how many of the nodes are corpus nodes
     * @param links       the candidate links among the nodes (indices into {@code nodes})
     * @param definitions acronym to its long forms and their counts
     * @param together    articles per pair of forms used together (keys from {@link NameStatistic#pair})
     */
    List<Draft> resolve(List<Node> nodes, int corpusNodes, List<Link> links,
                        Map<String, Map<String, Integer>> definitions, Map<String, Integer> together) {
        UnionFind uf = new UnionFind(nodes);
        for (int i = corpusNodes + 1; i < nodes.size(); i++) {
            if (nodes.get(i).anchor == nodes.get(i - 1).anchor) {
                uf.union(i - 1, i);
            }
        }
        join(links, uf);
        Map<String, Integer> bySurface = new HashMap<>();
        for (int i = 0; i < corpusNodes; i++) {
            bySurface.put(nodes.get(i).surface, i);
        }
        joinAcronyms(nodes, bySurface, definitions, uf);
        joinSurnames(nodes, corpusNodes, uf);
        return drafts(nodes, corpusNodes, uf, together);
    }

    private List<Draft> drafts(List<Node> nodes, int corpusNodes, UnionFind uf, Map<String, Integer> together) {
        // group the corpus nodes by cluster root: a counting sort, no boxed maps
        int[] rootOf = new int[corpusNodes];
        int[] sizes = new int[nodes.size()];
        for (int i = 0; i < corpusNodes; i++) {
            rootOf[i] = uf.find(i);
            sizes[rootOf[i]]++;
        }
        int[] offset = new int[nodes.size() + 1];
        for (int r = 0; r < nodes.size(); r++) {
            offset[r + 1] = offset[r] + sizes[r];
        }
        int[] byRoot = new int[corpusNodes];
        int[] fill = offset.clone();
        for (int i = 0; i < corpusNodes; i++) {
            byRoot[fill[rootOf[i]]++] = i;
        }
        record Cluster(int root, List<Integer> members, String name, EntityType type, String reason, int anchor,
                       String slug) {
        }
        List<Cluster> clusters = new ArrayList<>();
        for (int root = 0; root < nodes.size(); root++) {
            if (sizes[root] == 0) {
                continue;
            }
            List<Integer> members = new ArrayList<>(sizes[root]);
            for (int k = offset[root]; k < offset[root + 1]; k++) {
                members.add(byRoot[k]);
            }
            int anchor = uf.anchor(root);
            if (anchor >= 0) {
                Registry.Entry en = registry.entries().get(anchor);
                clusters.add(new Cluster(root, members, en.name(), en.type(),
                        "the name in the entity registry (" + en.id() + ")", anchor, en.id()));
                continue;
            }
            Node best = null;
            Node second = null;
            Set<String> surnames = memberSurnames(members, nodes);
            int level = 0;
            for (int m : members) {
                level = Math.max(level, preference(nodes.get(m), surnames));
            }
            for (int m : members) {
                Node n = nodes.get(m);
                if (preference(n, surnames) < level) {
                    continue;
                }
                if (best == null || better(n, best)) {
                    second = best;
                    best = n;
                } else if (second == null || better(n, second)) {
                    second = n;
                }
            }
            int total = 0;
            for (int m : members) {
                total += nodes.get(m).mentions;
            }
            String reason;
            if (second == null) {
                reason = "the only full form of this name in the corpus";
            } else if (best.mentions > second.mentions) {
                reason = "the most frequent form of this name in the corpus (" + best.mentions + " of " + total
                        + " mentions)";
            } else if (best.articles > second.articles) {
                reason = "as frequent as '" + second.surface + "' but in more articles (" + best.articles + ")";
            } else {
                reason = "tied with '" + second.surface + "' on mentions and articles; the longer form, then the "
                        + "alphabetically first, is chosen";
            }
            EntityType type = uf.type(root);
            clusters.add(new Cluster(root, members, best.surface, type == null ? EntityType.OTHER : type, reason, -1,
                    slug(best.surface)));
        }

        List<Draft> drafts = new ArrayList<>(clusters.size());
        for (Cluster d : clusters) {
            List<Member> memberForms = new ArrayList<>(d.members.size());
            List<String> surfaces = new ArrayList<>();
            int articles = 0;
            int canonicalArticles = 0;
            int mentions = 0;
            Map<String, Node> families = new TreeMap<>();
            Registry.Entry en = d.anchor >= 0 ? registry.entries().get(d.anchor) : null;
            Set<String> draftSurnames = memberSurnames(d.members, nodes);
            for (int m : d.members) {
                Node n = nodes.get(m);
                surfaces.add(n.surface);
                articles += n.articles;
                mentions += n.mentions;
                if (n.surface.equals(d.name)) {
                    canonicalArticles += n.articles;
                }
                FormRelation rel;
                String family;
                Registry.AliasKind kind = null;
                if (en != null) {
                    Registry.Alias alias = closestAlias(n, en);
                    if (alias == null) {
                        rel = n.key.acronym() ? FormRelation.ACRONYM : FormRelation.NAME;
                        family = n.key.acronym() ? n.surface : en.name();
                        if (!n.key.acronym() && !matchesName(n, en)) {
                            NameKey nameKey = keys.key(en.name(), false);
                            if (n.key.size() == 1 && nameKey.size() > 1
                                    && (nameKey.lastSpelled().equals(n.key.lastSpelled())
                                    || isSurname(n, draftSurnames))) {
                                rel = FormRelation.PARTIAL;
                                family = en.name();
                            } else {
                                rel = FormRelation.ALIAS;
                                family = n.surface;
                            }
                        }
                    } else {
                        rel = FormRelation.ALIAS;
                        family = alias.name();
                        kind = alias.kind();
                    }
                } else if (n.key.acronym()) {
                    rel = FormRelation.ACRONYM;
                    family = n.surface;
                } else if (isSurname(n, draftSurnames)) {
                    rel = FormRelation.PARTIAL;
                    family = d.name;
                } else {
                    rel = FormRelation.NAME;
                    family = d.name;
                }
                if (n.articles > 0 || n.mentions > 0) {
                    families.merge(family, n, (x, y) -> better(y, x) ? y : x);
                }
                memberForms.add(new Member(n.surface, rel, family, kind, n.articles, n.mentions));
            }
            surfaces.sort(null);
            articles -= overlap(d.members, nodes, together);
            for (int m : d.members) {
                articles = Math.max(articles, nodes.get(m).articles);
            }
            Entity entity = new Entity(d.slug, d.name, d.type, en != null ? "registry" : "corpus", d.reason, surfaces);
            Map<String, String> familyForms = new LinkedHashMap<>();
            families.forEach((label, node) -> familyForms.put(label, node.surface));
            drafts.add(new Draft(d.slug, d.name, d.type, d.anchor >= 0, nodes.get(d.members.get(0)).surface, entity,
                    memberForms, new NameIndex.Figures(articles, canonicalArticles, mentions, familyForms)));
        }
        return drafts;
    }

    /**
     * Gives every draft its id: a registry entity its registry id, another its slug, made unique
     * with {@code -2}, {@code -3}, ... in the order of slug, name, type and first form. Only drafts
     * of one slug family (the slug without trailing {@code -digits} parts) can compete for an id,
     * so a distributed runner names each family on its own. Sorted by id.
     */
    static List<Named> name(List<Draft> drafts) {
        Set<String> used = new HashSet<>();
        for (Draft d : drafts) {
            if (d.anchored()) {
                used.add(d.slug());
            }
        }
        List<Draft> order = new ArrayList<>(drafts);
        order.sort(Comparator.comparing(Draft::slug).thenComparing(Draft::name).thenComparing(d -> d.type().label())
                .thenComparing(Draft::first));
        List<Named> out = new ArrayList<>(order.size());
        for (Draft d : order) {
            if (d.anchored()) {
                out.add(new Named(d.slug(), d));
                continue;
            }
            String id = d.slug();
            for (int n = 2; used.contains(id); n++) {
                id = d.slug() + "-" + n;
            }
            used.add(id);
            out.add(new Named(id, d));
        }
        out.sort(Comparator.comparing(Named::id));
        return out;
    }

    /** The index of named entities, in id order. */
    static NameIndex index(List<Named> named) {
        List<Entity> entities = new ArrayList<>(named.size());
        List<NameIndex.Figures> figures = new ArrayList<>(named.size());
        Map<String, FormInfo> forms = new HashMap<>();
        for (Named x : named) {
            int e = entities.size();
            Entity d = x.draft().entity();
            entities.add(new Entity(x.id(), d.name(), d.type(), d.source(), d.reason(), d.forms()));
            figures.add(x.draft().figures());
            for (Member m : x.draft().members()) {
                forms.put(m.surface(), new FormInfo(e, m.relation(), m.family(), m.kind(), m.articles(), m.mentions()));
            }
        }
        return new NameIndex(forms, entities, figures);
    }


    private static Set<String> memberSurnames(List<Integer> members, List<Node> nodes) {
        if (members.size() < 2) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (int m : members) {
            if (nodes.get(m).multiWord()) {
                out.add(nodes.get(m).key.lastSpelled());
            }
        }
        return out;
    }

    /** Articles counted twice because they use two forms of the entity. */
    private static int overlap(List<Integer> members, List<Node> nodes, Map<String, Integer> together) {
        if (together.isEmpty() || members.size() < 2) {
            return 0;
        }
        int twice = 0;
        if ((long) members.size() * members.size() < together.size()) {
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    twice += together.getOrDefault(
                            NameStatistic.pair(nodes.get(members.get(i)).surface, nodes.get(members.get(j)).surface), 0);
                }
            }
            return twice;
        }
        Set<String> in = new HashSet<>();
        for (int m : members) {
            in.add(nodes.get(m).surface);
        }
        for (Map.Entry<String, Integer> e : together.entrySet()) {
            int cut = e.getKey().indexOf('\u0000');
            if (in.contains(e.getKey().substring(0, cut)) && in.contains(e.getKey().substring(cut + 1))) {
                twice += e.getValue();
            }
        }
        return twice;
    }

    /** The registry alias a form spells, or {@code null} when it spells the name (or nothing listed). */
    private Registry.Alias closestAlias(Node n, Registry.Entry en) {
        if (matchesName(n, en)) {
            return null;
        }
        boolean org = en.type() == EntityType.ORGANISATION;
        for (Registry.Alias a : en.aliases()) {
            NameKey k = keys.key(a.name(), org);
            if (NameMatcher.matches(org ? orgKey(n) : n.key, k)) {
                return a;
            }
        }
        return null;
    }

    private boolean matchesName(Node n, Registry.Entry en) {
        boolean org = en.type() == EntityType.ORGANISATION;
        return NameMatcher.matches(org ? orgKey(n) : n.key, keys.key(en.name(), org));
    }

    /** Names are preferred as canonical forms to surnames of the entity's full names, and those to acronyms. */
    private static int preference(Node n, Set<String> surnames) {
        return n.key.acronym() ? 0 : isSurname(n, surnames) ? 1 : 2;
    }

    /** A one-word form written like the last word of one of the entity's full names. */
    private static boolean isSurname(Node n, Set<String> surnames) {
        return !n.key.acronym() && n.key.size() == 1 && surnames.contains(n.key.lastSpelled());
    }

    private static boolean better(Node a, Node b) {
        if (a.mentions != b.mentions) {
            return a.mentions > b.mentions;
        }
        if (a.articles != b.articles) {
            return a.articles > b.articles;
        }
        int wa = WORD_BREAK.split(a.surface).length;
        int wb = WORD_BREAK.split(b.surface).length;
        if (wa != wb) {
            return wa > wb;
        }
        return a.surface.compareTo(b.surface) < 0;
    }

    /** The id of an entity the registry does not know: its canonical name, folded, words joined by '-'. */
    static String slug(String name) {
        String f = NameKeys.fold(name).replace('-', ' ').strip();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            } else if (c == ' ' && sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            } else if (Character.isLetterOrDigit(c)) {
                sb.append(String.format(Locale.ROOT, "u%04x", (int) c));
            }
        }
        String s = sb.toString();
        return s.isEmpty() ? "entity" : s;
    }

    /** The strongest type the votes support: at least 2 points and more than any other type. */
    static EntityType dominant(int[] votes) {
        int best = -1;
        int bestVotes = 0;
        boolean tie = false;
        for (int t = 0; t < 3; t++) {
            if (votes[t] > bestVotes) {
                best = t;
                bestVotes = votes[t];
                tie = false;
            } else if (votes[t] == bestVotes && bestVotes > 0) {
                tie = true;
            }
        }
        return best < 0 || tie || bestVotes < 2 ? null : EntityType.values()[best];
    }

    /** Union-find over nodes, keeping each cluster's registry anchor and type evidence. */
    private static final class UnionFind {
        private final int[] parent;
        private final int[] anchor;
        private final int[][] votes;
        private final boolean[] multi;
        private final EntityType[] fixedType;

        UnionFind(List<Node> nodes) {
            int n = nodes.size();
            parent = new int[n];
            anchor = new int[n];
            votes = new int[n][];
            multi = new boolean[n];
            fixedType = new EntityType[n];
            for (int i = 0; i < n; i++) {
                Node x = nodes.get(i);
                parent[i] = i;
                anchor[i] = x.anchor;
                votes[i] = x.votes.clone();
                multi[i] = x.multiWord();
                fixedType[i] = x.registry ? x.type : null;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        int anchor(int root) {
            return anchor[root];
        }

        boolean hasMultiWord(int root) {
            return multi[root];
        }

        EntityType type(int root) {
            return fixedType[root] != null ? fixedType[root] : dominant(votes[root]);
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return;
            }
            int keep = Math.min(ra, rb);
            int gone = Math.max(ra, rb);
            parent[gone] = keep;
            if (anchor[keep] < 0) {
                anchor[keep] = anchor[gone];
            }
            for (int t = 0; t < 4; t++) {
                votes[keep][t] += votes[gone][t];
            }
            multi[keep] |= multi[gone];
            if (fixedType[keep] == null) {
                fixedType[keep] = fixedType[gone];
            }
        }

        /** Joins unless that puts two registry entities, or two different strong types, together. */
        boolean unionIfCompatible(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return true;
            }
            if (anchor[ra] >= 0 && anchor[rb] >= 0 && anchor[ra] != anchor[rb]) {
                return false;
            }
            EntityType ta = type(ra);
            EntityType tb = type(rb);
            if (ta != null && tb != null && ta != tb) {
                return false;
            }
            union(ra, rb);
            return true;
        }
    }
}
