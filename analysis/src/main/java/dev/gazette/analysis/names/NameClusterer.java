package dev.gazette.analysis.names;

import dev.gazette.analysis.names.NameIndex.FormInfo;
import dev.gazette.analysis.names.NameIndex.FormRelation;
import dev.gazette.analysis.names.NameKeys.NameKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
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

    private static final class Node {
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
        List<Node> nodes = new ArrayList<>(forms.size() + registry.entries().size() * 3);
        List<Form> sorted = new ArrayList<>(forms);
        sorted.sort(Comparator.comparing(Form::surface));
        Map<String, Integer> bySurface = new HashMap<>();
        for (Form f : sorted) {
            EntityType t = dominant(f.votes());
            NameKey k = keys.key(f.surface(), false);
            boolean orgWord = headedByOrganisationWord(k);
            NameKey ok = k.acronym() || !(t == EntityType.ORGANISATION || (t == null && orgWord))
                    ? k : keys.key(f.surface(), true);
            bySurface.put(f.surface(), nodes.size());
            Node node = new Node(f.surface(), f.kinds(), f.mentions(), f.articles(), f.votes(), t, k, ok, -1, null, false);
            node.orgWord = orgWord;
            nodes.add(node);
        }
        int corpusNodes = nodes.size();
        List<Registry.Entry> entries = registry.entries();
        for (int e = 0; e < entries.size(); e++) {
            Registry.Entry en = entries.get(e);
            boolean org = en.type() == EntityType.ORGANISATION;
            nodes.add(registryNode(en.name(), en.type(), org, e, null));
            for (Registry.Alias a : en.aliases()) {
                nodes.add(registryNode(a.name(), en.type(), org, e, a));
            }
        }

        UnionFind uf = new UnionFind(nodes);
        for (int i = corpusNodes + 1; i < nodes.size(); i++) {
            if (nodes.get(i).anchor == nodes.get(i - 1).anchor) {
                uf.union(i - 1, i);
            }
        }
        joinSimilar(nodes, uf);
        joinAcronyms(nodes, bySurface, definitions, uf);
        joinSurnames(nodes, corpusNodes, uf);
        return index(nodes, corpusNodes, uf, together);
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

    private void joinSimilar(List<Node> nodes, UnionFind uf) {
        if (nodes.size() >= 1 << INDEX_BITS) {
            throw new IllegalStateException("more than " + ((1 << INDEX_BITS) - 1) + " distinct names");
        }
        // buckets: entries (40-bit hash of the bucket key, node index) sorted; a hash collision only
        // puts two buckets together, which costs comparisons, never a wrong match
        long[] entries = new long[nodes.size() * 2];
        int count = 0;
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            String b1 = n.key.acronym() ? n.key.concat() : n.key.skeleton();
            entries[count++] = (hash40(b1) << INDEX_BITS) | i;
            if (!n.key.acronym() && !n.orgKey.skeleton().equals(b1)) {
                entries[count++] = (hash40(n.orgKey.skeleton()) << INDEX_BITS) | i;
            }
        }
        Arrays.sort(entries, 0, count);
        List<long[]> fuzzy = new ArrayList<>();
        List<Double> fuzzyScore = new ArrayList<>();
        long mask = (1L << INDEX_BITS) - 1;
        int from = 0;
        while (from < count) {
            long bucket = entries[from] >>> INDEX_BITS;
            int to = from + 1;
            while (to < count && entries[to] >>> INDEX_BITS == bucket) {
                to++;
            }
            int size = to - from;
            if (size >= 2 && size <= PAIRWISE_LIMIT) {
                for (int x = from; x < to; x++) {
                    for (int y = x + 1; y < to; y++) {
                        compare(nodes, uf, (int) (entries[x] & mask), (int) (entries[y] & mask), fuzzy, fuzzyScore);
                    }
                }
            } else if (size > PAIRWISE_LIMIT) {
                // oversized bucket: join equal keys, then compare distinct keys with their neighbours
                Map<String, Integer> firstByKey = new TreeMap<>();
                for (int x = from; x < to; x++) {
                    int id = (int) (entries[x] & mask);
                    Integer first = firstByKey.putIfAbsent(nodes.get(id).cmp().concat(), id);
                    if (first != null) {
                        compare(nodes, uf, first, id, fuzzy, fuzzyScore);
                    }
                }
                List<Integer> reps = new ArrayList<>(firstByKey.values());
                int window = reps.size() <= PAIRWISE_LIMIT ? reps.size() : WINDOW;
                for (int x = 0; x < reps.size(); x++) {
                    for (int y = x + 1; y < reps.size() && y <= x + window; y++) {
                        compare(nodes, uf, reps.get(x), reps.get(y), fuzzy, fuzzyScore);
                    }
                }
            }
            from = to;
        }
        Integer[] order = new Integer[fuzzy.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> -fuzzyScore.get(i))
                .thenComparingLong(i -> fuzzy.get(i)[0]).thenComparingLong(i -> fuzzy.get(i)[1]));
        for (int i : order) {
            long[] p = fuzzy.get(i);
            uf.unionIfCompatible((int) p[0], (int) p[1]);
        }
    }

    private void compare(List<Node> nodes, UnionFind uf, int i, int j, List<long[]> fuzzy,
                         List<Double> fuzzyScore) {
        Node a = nodes.get(i);
        Node b = nodes.get(j);
        if (a.registry && b.registry) {
            return;
        }
        if (uf.find(i) == uf.find(j)) {
            return;
        }
        boolean org = a.organisation() || b.organisation();
        NameKey ka = org ? orgKey(a) : a.key;
        NameKey kb = org ? orgKey(b) : b.key;
        if (!mayCompare(a, b, ka, kb) || !NameMatcher.matches(ka, kb)) {
            return;
        }
        if (ka.concat().equals(kb.concat())) {
            uf.unionIfCompatible(i, j);
        } else {
            fuzzy.add(new long[] {Math.min(i, j), Math.max(i, j)});
            fuzzyScore.add(NameMatcher.similarity(ka, kb));
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

    private NameIndex index(List<Node> nodes, int corpusNodes, UnionFind uf, Map<String, Integer> together) {
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
        record Draft(int root, List<Integer> members, String name, EntityType type, String reason, int anchor,
                     String slug) {
        }
        List<Draft> drafts = new ArrayList<>();
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
                drafts.add(new Draft(root, members, en.name(), en.type(),
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
            drafts.add(new Draft(root, members, best.surface, type == null ? EntityType.OTHER : type, reason, -1,
                    slug(best.surface)));
        }

        // ids: registry ids as they are; slugs made unique in a stable order
        Set<String> used = new HashSet<>();
        for (Draft d : drafts) {
            if (d.anchor >= 0) {
                used.add(d.slug);
            }
        }
        List<Draft> order = new ArrayList<>(drafts);
        order.sort(Comparator.comparing(Draft::slug).thenComparing(Draft::name).thenComparing(d -> d.type.label())
                .thenComparing(d -> nodes.get(d.members.get(0)).surface));
        Map<Draft, String> ids = new IdentityHashMap<>();
        for (Draft d : order) {
            if (d.anchor >= 0) {
                ids.put(d, d.slug);
                continue;
            }
            String id = d.slug;
            for (int n = 2; used.contains(id); n++) {
                id = d.slug + "-" + n;
            }
            used.add(id);
            ids.put(d, id);
        }
        order.sort(Comparator.comparing(ids::get));

        List<Entity> entities = new ArrayList<>();
        List<NameIndex.Figures> figures = new ArrayList<>();
        Map<String, FormInfo> forms = new HashMap<>();
        for (Draft d : order) {
            int e = entities.size();
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
                forms.put(n.surface, new FormInfo(e, rel, family, kind, n.articles, n.mentions));
            }
            surfaces.sort(null);
            articles -= overlap(d.members, nodes, together);
            for (int m : d.members) {
                articles = Math.max(articles, nodes.get(m).articles);
            }
            entities.add(new Entity(ids.get(d), d.name, d.type, en != null ? "registry" : "corpus", d.reason,
                    surfaces));
            Map<String, String> familyForms = new LinkedHashMap<>();
            families.forEach((label, node) -> familyForms.put(label, node.surface));
            figures.add(new NameIndex.Figures(articles, canonicalArticles, mentions, familyForms));
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
