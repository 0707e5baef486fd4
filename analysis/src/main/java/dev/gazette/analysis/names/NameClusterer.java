package dev.gazette.analysis.names;

import dev.gazette.analysis.names.NameIndex.FormInfo;
import dev.gazette.analysis.names.NameIndex.FormRelation;
import dev.gazette.analysis.names.NameKeys.NameKey;
import dev.gazette.analysis.text.Lexicon;
import java.io.Serializable;
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
 * Groups the name forms of a corpus into entities by weighing evidence, in the manner of
 * Fellegi-Sunter record linkage.
 *
 * <ol>
 *   <li>Every form and every registry name and alias becomes a {@link FormNode}; the registry's
 *       names of one entity start out together.</li>
 *   <li>Blocking: forms are bucketed by the consonants of their keys, by their letters and by
 *       their letters without articles, so that only forms that could be spellings of one name
 *       are compared (a bucket compares all pairs up to {@value #PAIRWISE_LIMIT} forms, larger
 *       buckets distinct keys and, beyond that, neighbours in key order); a name is also
 *       paired with the longer names that hold it ("Assad" / "Bashar al-Assad"). Cost grows
 *       about linearly with the number of distinct forms.</li>
 *   <li>Each candidate pair falls into one level of each {@link Comparison} (name, type,
 *       English words, context, titles, period), whose weights the {@link MatchModel} holds;
 *       their sum is the pair's weight in bits. The share of matches among the candidate pairs
 *       is estimated on the corpus by expectation-maximisation (the weights fixed), which turns
 *       each weight into a match probability. Pairs the {@link PairComparer} keeps apart (two
 *       different English words, two places of the gazetteer) are never joined.</li>
 *   <li>Pairs above the model's link probability are joined, the most probable first, unless the
 *       join would put two registry entities, or an entity and a name its registry entry is
 *       {@code distinct_from}, into one entity. A name held in longer names joins the entity it
 *       fits best, only when that fit stays above the link probability against all the others
 *       it fits (a surname two people share stays alone). An acronym joins the entity of its long forms when every definition
 *       in the corpus points at that one entity.</li>
 *   <li>The entity's type is the weight of its forms' cues, never a gate. The canonical name is
 *       the registry's name, else the form with the most mentions, then the most articles, then
 *       the most words, then the first alphabetically, among the forms that do not look like a
 *       typing error of another of its forms ("NEw Technology", "Texas Appelate Court").</li>
 *   <li>Every join is kept as an {@link EntityLink}: the two forms, the probability, the weight,
 *       the levels that fired and a sentence in words.</li>
 * </ol>
 *
 * <p>In phases that a distributed runner can spread over workers: the candidate pairs of one
 * block ({@link #bucketPairs}) and of one containment key ({@link #containmentLookups}); the
 * levels of one pair ({@link #weigh}); the fit, from the count of each packed level code; the
 * resolution of a set of nodes closed under every join that can reach it ({@link #resolve}: the
 * corpus, or one connected group), in the order the whole corpus would join them; ids per slug
 * family ({@link #name}); and the {@link #index}. Resolving each connected group on its own gives
 * the entities of the whole corpus, since every join depends only on the two groups it joins.
 */
final class NameClusterer {

    static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-\u2010\u2011]+");

    static final int FULL = 1;
    static final int SINGLE = 2;
    static final int AMBIGUOUS = 4;
    static final int ACRONYM = 8;

    /** Buckets up to this size compare all pairs. */
    static final int PAIRWISE_LIMIT = 48;
    /** In oversized buckets, each key is compared with this many neighbours in key order. */
    static final int WINDOW = 8;
    /** A name held in more longer names than this is too common a word to attach to any of them. */
    static final int CONTAINMENT_LIMIT = 50;

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
     * @param context  what surrounds it across the corpus, or null when unknown
     */
    record Form(String surface, int kinds, int mentions, int articles, int[] votes, FormContext context) {
    }

    private final NameKeys keys;
    /** The gazetteer's places, folded, of one word or more. */
    private final Set<String> gazetteer;
    private final Registry registry;
    private final MatchModel model;
    private final PairComparer comparer;

    NameClusterer(NameKeys keys, Registry registry) {
        this(keys, registry, MatchModel.standard(), Lexicon.bundled());
    }

    NameClusterer(NameKeys keys, Registry registry, MatchModel model, Lexicon english) {
        this.keys = keys;
        this.registry = registry;
        this.model = model;
        Set<String> places = new HashSet<>();
        for (String p : keys.lexicon().places) {
            places.add(NameKeys.fold(p));
        }
        // one set: the comparer looks up one word, which never equals a place of several words
        this.gazetteer = Set.copyOf(places);
        this.comparer = new PairComparer(keys, english, gazetteer);
    }

    /** Whether the form is written as a place of the gazetteer, of one word or more ("Luxembourg", "New York"). */
    boolean gazetteerPlace(FormNode n) {
        return n.gazetteerPlace;
    }

    MatchModel model() {
        return model;
    }

    PairComparer comparer() {
        return comparer;
    }

    // ------------------------------------------------------------------ nodes

    /** The node of a corpus form. */
    FormNode node(Form f) {
        EntityType t = dominant(f.votes());
        return build(f.surface(), f.kinds(), f.mentions(), f.articles(), f.votes(), t, f.context(), -1, null);
    }

    private FormNode registryNode(String name, EntityType type, int anchor, Registry.Alias alias) {
        int[] votes = new int[4];
        votes[type.ordinal()] = 10;
        NameKey k = keys.key(name, false);
        return build(name, k.acronym() ? ACRONYM : (k.size() >= 2 ? FULL : SINGLE), 0, 0, votes, type, null, anchor,
                alias);
    }

    private FormNode build(String surface, int kinds, int mentions, int articles, int[] votes, EntityType type,
                           FormContext context, int anchor, Registry.Alias alias) {
        NameKey[] all = keys.keys(surface);
        NameKey k = all[0];
        NameKey spelling = all[1];
        NameKey stem = all[2];
        if (spelling.concat().equals(k.concat())) {
            spelling = k;
        }
        if (stem.concat().equals(spelling.concat())) {
            stem = spelling;
        }
        StringBuilder letters = new StringBuilder(surface.length());
        StringBuilder bare = new StringBuilder(surface.length());
        // words as written: an article counts as one only as NameKeys reads it (lower case "al",
        // hyphenated "Al-", or "Al" alone), never "US" or "U.S."
        List<String> written = new ArrayList<>();
        List<Boolean> isArticle = new ArrayList<>();
        int i = 0;
        int n = surface.length();
        while (i < n) {
            while (i < n && (Character.isWhitespace(surface.charAt(i)) || NameKeys.isHyphen(surface.charAt(i)))) {
                i++;
            }
            int s0 = i;
            while (i < n && !Character.isWhitespace(surface.charAt(i)) && !NameKeys.isHyphen(surface.charAt(i))) {
                i++;
            }
            if (i == s0) {
                continue;
            }
            String original = surface.substring(s0, i);
            String w = lettersOf(NameKeys.fold(original));
            if (w.isEmpty()) {
                continue;
            }
            boolean hyphenated = i < n && NameKeys.isHyphen(surface.charAt(i));
            boolean lower = original.equals(original.toLowerCase(Locale.ROOT));
            boolean alone = w.equals("al") || w.equals("el");
            written.add(w);
            isArticle.add(keys.lexicon().articles.contains(w)
                    && (lower || (hyphenated && w.length() > 1) || (alone && !NameKeys.isAcronym(original))));
        }
        boolean allArticles = !isArticle.contains(false);
        int wordCount = 0;
        boolean transliterated = false;
        String only = null;
        for (int w = 0; w < written.size(); w++) {
            String l = written.get(w);
            letters.append(l);
            if (allArticles || !isArticle.get(w)) {
                bare.append(l);
                wordCount++;
                only = l;
            }
            transliterated |= isArticle.get(w) && !allArticles || keys.lexicon().servants.contains(l)
                    || keys.lexicon().normalParticles.containsKey(l) && !keys.lexicon().keepParticles.contains(l)
                    || transliteration(l);
        }
        boolean english = anchor < 0 && !k.acronym() && wordCount == 1 && only.length() >= 2
                && comparer.english().isCommonWord(only);
        String lettersText = letters.toString();
        // the bare letters are the letters less those of articles: as long, they are the same
        String bareText = bare.length() == letters.length() ? lettersText : bare.toString();
        return new FormNode(surface, kinds, mentions, articles, votes, type, k, spelling, stem, lettersText, bareText,
                english, transliterated, comparer.gazetteerPlace(k), comparer.demonym(k), context, anchor, alias);
    }

    /**
     * Spellings English words seldom have and transliterations of Arabic and Persian often do:
     * "q" not followed by "u", "kh", "dh", a doubled "aa", an ending "-eh" (folded words).
     */
    static boolean transliteration(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
            if ((c == 'q' && next != 'u') || (c == 'k' && next == 'h') || (c == 'd' && next == 'h')
                    || (c == 'a' && next == 'a')) {
                return true;
            }
        }
        return w.length() >= 5 && w.endsWith("eh");
    }

    private static String lettersOf(String folded) {
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ clustering

    /**
     * Clusters {@code forms}; {@code definitions} maps an acronym to its long forms and their
     * counts; {@code together} counts the articles that use both forms of a pair (keys from
     * {@link NameStatistic#pair}), so that an entity's articles are not counted twice. Runs the
     * phases on the whole corpus: candidate pairs, their levels, the fit, the resolution of
     * every node, the ids, the index.
     */
    NameIndex cluster(List<Form> forms, Map<String, Map<String, Integer>> definitions, Map<String, Integer> together) {
        List<FormNode> nodes = new ArrayList<>(forms.size() + registry.entries().size() * 3);
        List<Form> sorted = new ArrayList<>(forms);
        sorted.sort(Comparator.comparing(Form::surface));
        for (Form f : sorted) {
            nodes.add(node(f));
        }
        int corpusNodes = nodes.size();
        nodes.addAll(registryNodes());
        if (nodes.size() >= 1 << INDEX_BITS) {
            throw new IllegalStateException("more than " + ((1 << INDEX_BITS) - 1) + " distinct names");
        }
        Candidates c = evaluate(nodes, candidates(nodes), together, corpusNodes);
        MatchModel.Weights weights = model.fit(c.codes, c.size);
        Map<String, Integer> bySurface = bySurface(nodes, corpusNodes);
        List<Draft> drafts = resolve(nodes, corpusNodes, c, weights, definitions, together,
                wordMentions(nodes, corpusNodes), bySurface, false);
        return index(name(drafts), nodes, corpusNodes, weights, Arrays.copyOf(c.pairs, c.size),
                Arrays.copyOf(c.codes, c.size), together, bySurface);
    }

    /** The index of each corpus node by its surface. */
    private static Map<String, Integer> bySurface(List<FormNode> nodes, int corpusNodes) {
        Map<String, Integer> bySurface = new HashMap<>(Math.max(16, corpusNodes * 4 / 3 + 1));
        for (int i = 0; i < corpusNodes; i++) {
            bySurface.put(nodes.get(i).surface, i);
        }
        return bySurface;
    }

    /** Every registry name and alias as a node, entry by entry, in registry order. */
    List<FormNode> registryNodes() {
        List<FormNode> out = new ArrayList<>();
        List<Registry.Entry> entries = registry.entries();
        for (int e = 0; e < entries.size(); e++) {
            Registry.Entry en = entries.get(e);
            out.add(registryNode(en.name(), en.type(), e, null));
            for (Registry.Alias a : en.aliases()) {
                out.add(registryNode(a.name(), en.type(), e, a));
            }
        }
        return out;
    }

    /**
     * Resolves a set of nodes into entity drafts: corpus nodes first (by surface), then registry
     * nodes (in registry order), closed under every join that can reach them (a registry entry's
     * names, the candidate pairs that {@link #decides} keeps, an acronym and its long forms). The
     * corpus, or one connected group of it: every join depends only on the two groups it joins, in
     * an order (weight, then the nodes' order) that a subset keeps, so resolving each connected
     * group on its own gives the entities of the whole.
     *
     * @param c            the candidate pairs among the nodes with their codes (others may be left out,
     *                     but not one that {@link #decides})
     * @param weights      the weights fitted to the whole corpus
     * @param wordMentions how often each word is written in the corpus's names ({@link #wordMentions})
     */
    List<Draft> resolve(List<FormNode> nodes, int corpusNodes, Candidates c, MatchModel.Weights weights,
                        Map<String, Map<String, Integer>> definitions, Map<String, Integer> together,
                        Map<String, Integer> wordMentions) {
        return resolve(nodes, corpusNodes, c, weights, definitions, together, wordMentions,
                bySurface(nodes, corpusNodes), true);
    }

    /**
     * {@link #resolve}, the links of each draft written out now ({@code writtenLinks}: drafts
     * that travel to other workers) or only when first read (the entity links are formatted for
     * the {@code entity_links} table, which not every run writes).
     */
    private List<Draft> resolve(List<FormNode> nodes, int corpusNodes, Candidates c, MatchModel.Weights weights,
                                Map<String, Map<String, Integer>> definitions, Map<String, Integer> together,
                                Map<String, Integer> wordMentions, Map<String, Integer> bySurface,
                                boolean writtenLinks) {
        for (int i = 0; i < c.size; i++) {
            c.weights[i] = weights.weight(c.codes[i]);
        }
        double priorBits = weights.priorBits();
        UnionFind uf = new UnionFind(nodes, distinctNames(registry.entries()), surnames(nodes));
        List<LinkDraft> links = new ArrayList<>();
        for (int i = corpusNodes + 1; i < nodes.size(); i++) {
            if (nodes.get(i).anchor == nodes.get(i - 1).anchor && uf.union(i - 1, i)) {
                links.add(LinkDraft.registry(i - 1, i));
            }
        }
        join(nodes, c, priorBits, uf, links);
        joinAcronyms(nodes, bySurface, definitions, uf, links);
        joinContained(nodes, c, priorBits, uf, links);
        List<Draft> drafts = drafts(nodes, corpusNodes, uf, together, links, weights, bySurface, wordMentions);
        if (!writtenLinks) {
            return drafts;
        }
        List<Draft> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            out.add(new Draft(d.slug(), d.name(), d.type(), d.anchored(), d.first(), d.entity(), d.members(),
                    d.figures(), List.copyOf(d.links())));
        }
        return out;
    }

    /**
     * True when a candidate pair can join two groups: a name held in a longer one (weighed
     * against the other entities it fits when groups are resolved), or a pair whose match
     * probability reaches the link probability.
     */
    boolean decides(int code, MatchModel.Weights weights) {
        return Comparison.containment(MatchModel.level(code, Comparison.NAME))
                || MatchModel.probability(weights.weight(code), weights.priorBits()) >= model.link();
    }

    /**
     * The surname of each corpus node that is a person's full name ({@link PairComparer#personSurname}),
     * else null; a registry's names and aliases are the user's word and are not weighed against each other.
     */
    private String[] surnames(List<FormNode> nodes) {
        String[] out = new String[nodes.size()];
        for (int i = 0; i < out.length; i++) {
            FormNode n = nodes.get(i);
            out[i] = n.multiWord() && !n.registry() ? comparer.personSurname(n) : null;
        }
        return out;
    }

    /** The letters of every name an entry is {@code distinct_from}, by entry; ids of other entries resolved. */
    private static Map<Integer, Set<String>> distinctNames(List<Registry.Entry> entries) {
        Map<String, Integer> byId = new HashMap<>();
        for (int e = 0; e < entries.size(); e++) {
            byId.put(entries.get(e).id(), e);
        }
        Map<Integer, Set<String>> out = new HashMap<>();
        for (int e = 0; e < entries.size(); e++) {
            for (String d : entries.get(e).distinctFrom()) {
                Integer other = byId.get(d);
                List<String> names = new ArrayList<>();
                if (other != null) {
                    names.add(entries.get(other).name());
                    entries.get(other).aliases().forEach(a -> names.add(a.name()));
                    out.computeIfAbsent(other, x -> new HashSet<>()).add("#" + e);
                    out.computeIfAbsent(e, x -> new HashSet<>()).add("#" + other);
                } else {
                    names.add(d);
                }
                for (String n : names) {
                    out.computeIfAbsent(e, x -> new HashSet<>()).add(lettersOf(NameKeys.fold(n)));
                }
            }
        }
        return out;
    }


    /** Candidate pairs (smaller index in the high half), sorted, each once. */
    private long[] candidates(List<FormNode> nodes) {
        long[] entries = new long[nodes.size() * 4];
        int count = 0;
        for (int i = 0; i < nodes.size(); i++) {
            long[] buckets = buckets(nodes.get(i));
            if (entries.length - count < buckets.length) {
                entries = Arrays.copyOf(entries, Math.max(entries.length * 2, count + buckets.length));
            }
            for (long b : buckets) {
                entries[count++] = (b << INDEX_BITS) | i;
            }
        }
        Arrays.sort(entries, 0, count);
        LongList pairs = new LongList();
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
            bucketPairs(nodes, members, pairs::add);
            from = to;
        }
        containmentCandidates(nodes, pairs);
        return pairs.sortedDistinct();
    }

    /**
     * The blocks of a node (40-bit hashes): the consonants of its keys, its letters, and its
     * letters without articles; an acronym's letters. A hash collision only puts two blocks
     * together, which costs comparisons, never a wrong match.
     */
    static long[] buckets(FormNode n) {
        long[] out = new long[6];
        int count = 0;
        if (n.key.acronym()) {
            out[count++] = hash40("a:" + n.key.concat());
        } else {
            out[count++] = hash40("s:" + n.key.skeleton());
            if (!n.stemKey.skeleton().equals(n.key.skeleton())) {
                out[count++] = hash40("s:" + n.stemKey.skeleton());
            }
            if (n.spellingKey != n.stemKey && !n.spellingKey.skeleton().equals(n.key.skeleton())) {
                out[count++] = hash40("s:" + n.spellingKey.skeleton());
            }
        }
        out[count++] = hash40("l:" + n.letters);
        if (!n.bare.equals(n.letters)) {
            out[count++] = hash40("b:" + n.bare);
        }
        if (n.bare.startsWith("al") && n.bare.length() >= 6) {
            out[count++] = hash40("b:" + n.bare.substring(2));
        }
        return Arrays.copyOf(out, count);
    }

    /**
     * The candidate pairs of one block: all pairs of a block of up to {@value #PAIRWISE_LIMIT}
     * entries; in a larger one, equal keys, then each distinct key with its neighbours in key
     * order. Reads the block's nodes only.
     *
     * @param members the block's entries: node indices in ascending order (a node whose blocks
     *                collide appears twice)
     * @param out     receives each pair ({@link #pair})
     */
    static void bucketPairs(List<FormNode> nodes, int[] members, java.util.function.LongConsumer out) {
        int size = members.length;
        if (size >= 2 && size <= PAIRWISE_LIMIT) {
            for (int x = 0; x < size; x++) {
                for (int y = x + 1; y < size; y++) {
                    out.accept(pair(members[x], members[y]));
                }
            }
        } else if (size > PAIRWISE_LIMIT) {
            // oversized bucket: pair equal keys, then compare distinct keys with their neighbours
            Map<String, Integer> firstByKey = new TreeMap<>();
            for (int id : members) {
                Integer first = firstByKey.putIfAbsent(nodes.get(id).key.concat(), id);
                if (first != null) {
                    out.accept(pair(first, id));
                }
            }
            List<Integer> reps = new ArrayList<>(firstByKey.values());
            int window = reps.size() <= PAIRWISE_LIMIT ? reps.size() : WINDOW;
            for (int x = 0; x < reps.size(); x++) {
                for (int y = x + 1; y < reps.size() && y <= x + window; y++) {
                    out.accept(pair(reps.get(x), reps.get(y)));
                }
            }
        }
    }

    /** Pairs of a name and the longer names that hold it: at their end, start, or with inner words left out. */
    private static void containmentCandidates(List<FormNode> nodes, LongList pairs) {
        Map<String, Integer> first = new HashMap<>(nodes.size() * 2);
        int[] next = new int[nodes.size()];
        Arrays.fill(next, -1);
        for (int i = nodes.size() - 1; i >= 0; i--) {
            String k = containmentKey(nodes.get(i));
            if (k == null) {
                continue;
            }
            Integer prev = first.put(k, i);
            next[i] = prev == null ? -1 : prev;
        }
        int[] held = new int[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            for (String concat : containmentLookups(nodes.get(i))) {
                lookUp(concat, i, first, next, held, pairs);
            }
        }
    }

    /**
     * The key under which a name is found in longer names (its key's letters); an acronym's letters
     * in lower case, as a word in capitals inside a longer name is keyed ("CBS" in "CBS Inc").
     */
    static String containmentKey(FormNode n) {
        return n.key.acronym() ? n.key.concat().toLowerCase(Locale.ROOT) : n.key.concat();
    }

    /**
     * The keys of the shorter names a name of two to six words may hold, in the order they are
     * looked up: each ending and each start (shortest first), then the name without one inner word.
     */
    static List<String> containmentLookups(FormNode n) {
        int size = n.key.size();
        if (n.key.acronym() || size < 2 || size > 6) {
            return List.of();
        }
        List<String> w = n.key.words();
        List<String> out = new ArrayList<>();
        for (int len = 1; len < size; len++) {
            out.add(String.join("", w.subList(size - len, size)));
            out.add(String.join("", w.subList(0, len)));
        }
        for (int drop = 1; drop < size - 1; drop++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < size; k++) {
                if (k != drop) {
                    sb.append(w.get(k));
                }
            }
            out.add(sb.toString());
        }
        return out;
    }

    private static void lookUp(String concat, int longer, Map<String, Integer> first, int[] next, int[] held,
                               LongList pairs) {
        Integer s = first.get(concat);
        for (int k = s == null ? -1 : s; k >= 0; k = next[k]) {
            if (k != longer && ++held[k] <= CONTAINMENT_LIMIT) {
                pairs.add(pair(k, longer));
            }
        }
    }

    static long pair(int i, int j) {
        return i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
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

    /** The candidate pairs with their weights, the pairs that can never be one entity left out. */
    static final class Candidates {
        long[] pairs;
        int[] codes;
        double[] weights;
        byte[] nameLevels;
        int size;

        Candidates(int capacity) {
            pairs = new long[capacity];
            codes = new int[capacity];
            weights = new double[capacity];
            nameLevels = new byte[capacity];
        }

        /** Adds a pair ({@link #pair}) with its packed levels. */
        void add(long pair, int code) {
            if (size == pairs.length) {
                int grown = Math.max(4, size * 2);
                pairs = Arrays.copyOf(pairs, grown);
                codes = Arrays.copyOf(codes, grown);
                weights = Arrays.copyOf(weights, grown);
                nameLevels = Arrays.copyOf(nameLevels, grown);
            }
            pairs[size] = pair;
            codes[size] = code;
            nameLevels[size] = (byte) MatchModel.level(code, Comparison.NAME);
            size++;
        }
    }

    private Candidates evaluate(List<FormNode> nodes, long[] pairs, Map<String, Integer> together, int corpusNodes) {
        // a registry name the corpus writes is compared through the corpus form, which has a context
        // (whether the corpus writes a node's letters is read for registry names only)
        Set<String> registryLetters = new HashSet<>();
        for (int i = corpusNodes; i < nodes.size(); i++) {
            registryLetters.add(nodes.get(i).letters);
        }
        Set<String> written = new HashSet<>();
        for (int i = 0; i < corpusNodes; i++) {
            if (registryLetters.contains(nodes.get(i).letters)) {
                written.add(nodes.get(i).letters);
            }
        }
        boolean[] writtenNode = new boolean[nodes.size()];
        for (int i = corpusNodes; i < nodes.size(); i++) {
            writtenNode[i] = written.contains(nodes.get(i).letters);
        }
        Candidates c = new Candidates(pairs.length);
        for (long p : pairs) {
            int ai = (int) (p >>> 32);
            int bi = (int) p;
            FormNode a = nodes.get(ai);
            FormNode b = nodes.get(bi);
            PairComparer.Gamma g = weigh(a, b, togetherOf(together, a, b), writtenNode[ai], writtenNode[bi]);
            if (g != null) {
                c.add(p, MatchModel.code(g));
            }
        }
        return c;
    }

    /**
     * The levels of a candidate pair, or null when it is left out: two registry names, a
     * registry name the corpus writes itself (its corpus form, which has a context, is compared
     * instead) against another spelling, or two names that can never be one entity.
     *
     * @param together  the articles that write both (0 for a registry name)
     * @param aWritten  whether some corpus form has {@code a}'s letters
     * @param bWritten  whether some corpus form has {@code b}'s letters
     */
    PairComparer.Gamma weigh(FormNode a, FormNode b, int together, boolean aWritten, boolean bWritten) {
        if (a.registry() && b.registry()) {
            return null;
        }
        if ((a.registry() && aWritten && !a.letters.equals(b.letters))
                || (b.registry() && bWritten && !b.letters.equals(a.letters))) {
            return null;
        }
        if (comparer.apart(a, b)) {
            return null;
        }
        return comparer.compare(a, b, together);
    }

    /** Joins the pairs above the link probability that are not one name inside another, most probable first. */
    private void join(List<FormNode> nodes, Candidates c, double priorBits, UnionFind uf, List<LinkDraft> links) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < c.size; i++) {
            if (!Comparison.containment(c.nameLevels[i])
                    && MatchModel.probability(c.weights[i], priorBits) >= model.link()) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -c.weights[i]).thenComparingLong(i -> c.pairs[i]));
        for (int i : order) {
            int a = (int) (c.pairs[i] >>> 32);
            int b = (int) c.pairs[i];
            if (uf.unionIfCompatible(a, b, nodes)) {
                links.add(LinkDraft.match(a, b, c.weights[i]));
            }
        }
    }

    /**
     * Whether the fits of a name held in longer names are weighed by how often the corpus writes
     * them ({@link #joinContained}): only for one word that stands for a longer name ("Assad"),
     * not for a name of two or more words, an ordinary English word, a place or a company's legal
     * form or organisation head word.
     */
    boolean commonnessPrior(FormNode n) {
        return !n.english && !comparer.place(n) && n.type != EntityType.PLACE && n.writtenWords() == 1
                && !keys.lexicon().legalForms.contains(n.letters) && !keys.lexicon().orgHeads.contains(n.letters);
    }

    /**
     * Joins a name held in longer names ("Assad", "Boeing") to the entity it fits best, when its
     * probability of being that entity rather than any other it fits (the hypotheses exclude one
     * another: the best's odds over one plus the odds of all) is above the link probability: a
     * surname two people of the corpus share stays alone unless the context or the corpus's use
     * clearly says which.
     *
     * <p>The prior of the hypotheses follows how often the corpus writes each entity (its forms'
     * mentions, plus one), as entity linkers weigh a name's senses by their commonness: each
     * fit's prior odds are the corpus's prior odds times its share of the fits' mentions over an
     * even share. With one fit, or fits written equally often, that is the corpus's prior; a
     * surname written alone 300 times next to a president written in full 140 times and his father
     * twice goes to the president ("Assad"), while two bearers written about equally stay apart.
     * The prior only chooses among the fits: the chosen fit's own match probability must reach
     * the link probability as well ("Warren", a city, is not the senator written most often). An
     * ordinary English word or a place of the gazetteer keeps the even prior: it names itself
     * more often than the longer names that hold it ("Bank", "Mexico" of "New Mexico").
     */
    private void joinContained(List<FormNode> nodes, Candidates c, double priorBits, UnionFind uf,
                               List<LinkDraft> links) {
        Map<Integer, List<Integer>> byShort = new TreeMap<>();
        for (int i = 0; i < c.size; i++) {
            if (Comparison.containment(c.nameLevels[i])) {
                int a = (int) (c.pairs[i] >>> 32);
                int b = (int) c.pairs[i];
                int shorter = nodes.get(a).key.size() < nodes.get(b).key.size() ? a : b;
                byShort.computeIfAbsent(shorter, x -> new ArrayList<>()).add(i);
            }
        }
        // mentions of each entity, kept at its root as entities join
        long[] mass = new long[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            mass[uf.find(i)] += nodes.get(i).mentions;
        }
        for (Map.Entry<Integer, List<Integer>> e : byShort.entrySet()) {
            int s = e.getKey();
            // a place is not the company named after it ("New York" / "New York Inc"): the name
            // with a legal form after it names the company, the name alone the place
            boolean place = gazetteerPlace(nodes.get(s));
            Map<Integer, Integer> bestByRoot = new HashMap<>();
            for (int i : e.getValue()) {
                int a = (int) (c.pairs[i] >>> 32);
                int other = a == s ? (int) c.pairs[i] : a;
                if (place && c.nameLevels[i] == Comparison.CONTAINS_LEGAL && !comparer.formalName(nodes.get(other).key,
                        nodes.get(other).key.size() - nodes.get(s).key.size())) {
                    continue; // (but a state's formal name is the state: "Republic of Valmora")
                }
                int root = uf.find(other);
                Integer best = bestByRoot.get(root);
                if (best == null || c.weights[i] > c.weights[best]) {
                    bestByRoot.put(root, i);
                }
            }
            // the entities the name may belong to exclude one another: the best one's probability
            // is its odds over one plus the odds of all of them
            // (summed in the order of the pairs, which a connected group resolved alone keeps)
            int ownRoot = uf.find(s);
            List<Map.Entry<Integer, Integer>> fits = new ArrayList<>(bestByRoot.entrySet());
            fits.removeIf(r -> r.getKey() == ownRoot);
            if (fits.isEmpty()) {
                continue;
            }
            fits.sort(Comparator.comparingLong(r -> c.pairs[r.getValue()]));
            // the commonness prior is for one word that stands for a longer name ("Assad"): an
            // ordinary word, a place (of the gazetteer, or typed so by its cues) or a company's
            // legal form names itself more often than any longer name that holds it ("Bank",
            // "Mexico" of "New Mexico", "Atlanta" of "Air Atlanta Inc", "Co"), and a name of two
            // or more words is a name of its own ("Chrysler Corp" of "Chrysler Financial Corp",
            // "El Salvador" of "San Salvador"): their fits keep an even prior
            boolean common = commonnessPrior(nodes.get(s));
            double total = 0;
            for (Map.Entry<Integer, Integer> r : fits) {
                total += common ? mass[r.getKey()] + 1 : 1;
            }
            int best = -1;
            double bestOdds = 0;
            double odds = 0;
            for (Map.Entry<Integer, Integer> r : fits) {
                int i = r.getValue();
                double share = (common ? mass[r.getKey()] + 1 : 1) * fits.size() / total;
                double o = Math.pow(2, Math.min(60, c.weights[i] + priorBits)) * share;
                odds += o;
                if (best < 0 || o > bestOdds || (o == bestOdds && c.pairs[i] < c.pairs[best])) {
                    best = i;
                    bestOdds = o;
                }
            }
            // the prior chooses among the fits; it adds no evidence of a match: the best fit's own
            // probability must reach the link probability too
            if (bestOdds / (1 + odds) < model.link()
                    || MatchModel.probability(c.weights[best], priorBits) < model.link()) {
                continue;
            }
            int a = (int) (c.pairs[best] >>> 32);
            int b = (int) c.pairs[best];
            int ra = uf.find(a);
            int rb = uf.find(b);
            if (uf.unionIfCompatible(a, b, nodes)) {
                mass[uf.find(a)] = mass[ra] + mass[rb];
                links.add(LinkDraft.match(a, b, c.weights[best]));
            }
        }
    }

    private void joinAcronyms(List<FormNode> nodes, Map<String, Integer> bySurface,
                              Map<String, Map<String, Integer>> definitions, UnionFind uf, List<LinkDraft> links) {
        for (String acronym : new TreeSet<>(definitions.keySet())) {
            Integer a = bySurface.get(acronym);
            int defs = 0;
            for (int d : definitions.get(acronym).values()) {
                defs += d;
            }
            if (a != null && companyMentions(acronym, bySurface, nodes) > defs) {
                // "NWA Inc" written more often than the letters are spelled out: they are the company's own
                // name, and an article's "Northwest Airlines (NWA)" defines them for itself only ("ICO",
                // spelled out as the coffee organisation far more often than "ICO Inc" is written, keeps it)
                continue;
            }
            Set<Integer> roots = new HashSet<>();
            int target = -1;
            int count = 0;
            for (Map.Entry<String, Integer> d : new TreeMap<>(definitions.get(acronym)).entrySet()) {
                Integer l = bySurface.get(d.getKey());
                if (l != null) {
                    roots.add(uf.find(l));
                    target = l;
                    count += d.getValue();
                }
            }
            if (roots.size() != 1 || a == null) {
                continue; // defined two ways, or never used outside its definition
            }
            if (uf.unionIfCompatible(a, target, nodes)) {
                links.add(LinkDraft.acronym(a, target, count));
            }
        }
    }

    /**
     * How often the corpus writes the acronym as a company's name, followed by a legal form ("NWA
     * Inc"): written more often than spelled out, the letters name that company wherever they stand
     * alone, and an article that spells them out for something else ("Northwest Airlines (NWA)")
     * defines them for itself only.
     */
    private int companyMentions(String acronym, Map<String, Integer> bySurface, List<FormNode> nodes) {
        int mentions = 0;
        for (String legal : keys.lexicon().legalForms) {
            String cap = Character.toUpperCase(legal.charAt(0)) + legal.substring(1);
            for (String form : List.of(acronym + " " + cap, acronym + " " + cap + ".",
                    acronym + " " + legal.toUpperCase(Locale.ROOT))) {
                Integer i = bySurface.get(form);
                if (i != null) {
                    mentions += nodes.get(i).mentions;
                }
            }
        }
        return mentions;
    }

    // ------------------------------------------------------------------ entities

    /**
     * One form of a drafted entity, as the index will hold it.
     *
     * @param surface  the form
     * @param relation how it names the entity
     * @param family   the registry name or alias it spells, or the form itself
     * @param kind     for a registry alias, its kind
     * @param articles articles where it stands for the entity
     * @param mentions mentions counted on it
     */
    record Member(String surface, FormRelation relation, String family, Registry.AliasKind kind, int articles,
                  int mentions) implements Serializable {
    }

    /**
     * An entity resolved from a group of nodes, before its id is given.
     *
     * @param slug     the id it asks for: a registry id, or the slug of its name
     * @param name     its canonical name
     * @param type     its type
     * @param anchored whether it is a registry entity (its id is its own)
     * @param first    its first form in node order (the last tie-break of the ids)
     * @param entity   the entity, with the slug as id
     * @param members  its forms
     * @param figures  its figures
     * @param links    the joins that made it, with an empty entity id
     */
    record Draft(String slug, String name, EntityType type, boolean anchored, String first, Entity entity,
                 List<Member> members, NameIndex.Figures figures, List<EntityLink> links) implements Serializable {
    }

    /** A draft with its id. */
    record Named(String id, Draft draft) implements Serializable {
    }

    private List<Draft> drafts(List<FormNode> nodes, int corpusNodes, UnionFind uf, Map<String, Integer> together,
                               List<LinkDraft> links, MatchModel.Weights weights, Map<String, Integer> bySurface,
                               Map<String, Integer> wordMentions) {
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
                       String slug, Set<Integer> contained) {
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
            // the members held in longer members, read once for the canonical choice and the relations
            Set<Integer> contained = contained(members, nodes);
            if (anchor >= 0) {
                Registry.Entry en = registry.entries().get(anchor);
                clusters.add(new Cluster(root, members, en.name(), en.type(),
                        "the name in the entity registry (" + en.id() + ")", anchor, en.id(), contained));
                continue;
            }
            FormNode best;
            FormNode typo = null;
            FormNode second = null;
            if (members.size() == 1) {
                best = nodes.get(members.get(0)); // the only form: no typing error of another, no second
            } else {
                int level = 0;
                for (int m : members) {
                    level = Math.max(level, preference(m, nodes, contained));
                }
                List<FormNode> ranked = new ArrayList<>();
                for (int m : members) {
                    if (preference(m, nodes, contained) == level) {
                        ranked.add(nodes.get(m));
                    }
                }
                // the most preferred form, when it is no typing error of another (the usual case),
                // is the one that ranking them all would put first
                FormNode top = ranked.get(0);
                for (FormNode n : ranked) {
                    if (better(n, top)) {
                        top = n;
                    }
                }
                best = top;
                if (typoOf(top, ranked, wordMentions) != null) {
                    // else the first, in the order of preference, that is no typing error of another
                    ranked.sort((x, y) -> better(x, y) ? -1 : better(y, x) ? 1 : 0);
                    for (FormNode candidate : ranked) {
                        if (typoOf(candidate, ranked, wordMentions) == null) {
                            typo = top;
                            best = candidate;
                            break;
                        }
                    }
                }
                for (FormNode n : ranked) {
                    if (n != best && (second == null || better(n, second))) {
                        second = n;
                    }
                }
            }
            int total = 0;
            for (int m : members) {
                total += nodes.get(m).mentions;
            }
            String reason;
            if (typo != null) {
                reason = "the most frequent form that is not a typing error of another ('" + typo.surface
                        + "' looks like one)";
            } else if (second == null) {
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
                    slug(best.surface), contained));
        }

        // the joins by cluster root (registry names that no corpus form joined have no cluster)
        boolean[] clustered = new boolean[nodes.size()];
        for (Cluster d : clusters) {
            clustered[d.root] = true;
        }
        Map<Integer, List<LinkDraft>> linksOfRoot = new HashMap<>();
        for (LinkDraft l : links) {
            int root = uf.find(l.a);
            if (clustered[root]) {
                linksOfRoot.computeIfAbsent(root, r -> new ArrayList<>(2)).add(l);
            }
        }
        LinkContext linkContext = new LinkContext(nodes, this, weights, registry, together);
        List<Draft> drafts = new ArrayList<>(clusters.size());
        for (Cluster d : clusters) {
            List<Member> memberForms = new ArrayList<>(d.members.size());
            List<String> surfaces = new ArrayList<>();
            int articles = 0;
            int canonicalArticles = 0;
            int mentions = 0;
            TreeMap<String, FormNode> families = new TreeMap<>();
            Registry.Entry en = d.anchor >= 0 ? registry.entries().get(d.anchor) : null;
            FormNode canonicalNode = en != null ? null : nodes.get(bySurface.get(d.name));
            Set<Integer> contained = d.contained;
            for (int m : d.members) {
                FormNode n = nodes.get(m);
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
                            FormNode name = registryNameNode(en);
                            if (Comparison.containment(comparer.nameLevel(n, name))
                                    || contained.contains(m)) {
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
                } else if (n.key.acronym() && !n.surface.equals(d.name)) {
                    rel = FormRelation.ACRONYM;
                    family = n.surface;
                } else if (contained.contains(m) && canonicalNode != null && n != canonicalNode
                        && Comparison.containment(Math.max(-1, comparer.nameLevel(n, canonicalNode)))) {
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
            Map<String, String> familyForms = families.size() == 1 ? Map.of(families.firstKey(),
                    families.firstEntry().getValue().surface) : new LinkedHashMap<>();
            if (families.size() != 1) {
                families.forEach((label, node) -> familyForms.put(label, node.surface));
            }
            drafts.add(new Draft(d.slug, d.name, d.type, d.anchor >= 0, nodes.get(d.members.get(0)).surface, entity,
                    memberForms, new NameIndex.Figures(articles, canonicalArticles, mentions, familyForms),
                    linksOfRoot.containsKey(d.root) ? new LazyLinks(linksOfRoot.get(d.root), linkContext)
                            : List.of()));
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

    /**
     * The index of named entities (in id order) over the corpus's nodes: corpus nodes first, then
     * the registry's; the candidate pairs (indices into the nodes) are kept for sampling.
     */
    NameIndex index(List<Named> named, List<FormNode> nodes, int corpusNodes, MatchModel.Weights weights,
                    long[] candidatePairs, int[] candidateCodes, Map<String, Integer> together) {
        return index(named, nodes, corpusNodes, weights, candidatePairs, candidateCodes, together,
                bySurface(nodes, corpusNodes));
    }

    private NameIndex index(List<Named> named, List<FormNode> nodes, int corpusNodes, MatchModel.Weights weights,
                            long[] candidatePairs, int[] candidateCodes, Map<String, Integer> together,
                            Map<String, Integer> bySurface) {
        List<Entity> entities = new ArrayList<>(named.size());
        List<NameIndex.Figures> figures = new ArrayList<>(named.size());
        // the forms by node (every corpus form is a member of one entity), any other in a map
        FormInfo[] formInfos = new FormInfo[corpusNodes];
        Map<String, FormInfo> otherForms = new HashMap<>();
        List<String> linkIds = new ArrayList<>();
        List<List<EntityLink>> linkLists = new ArrayList<>();
        for (Named x : named) {
            int e = entities.size();
            Entity d = x.draft().entity();
            entities.add(new Entity(x.id(), d.name(), d.type(), d.source(), d.reason(), d.forms()));
            figures.add(x.draft().figures());
            for (Member m : x.draft().members()) {
                FormInfo info = new FormInfo(e, m.relation(), m.family(), m.kind(), m.articles(), m.mentions());
                Integer i = bySurface.get(m.surface());
                if (i != null) {
                    formInfos[i] = info;
                } else {
                    otherForms.put(m.surface(), info);
                }
            }
            if (!x.draft().links().isEmpty()) {
                linkIds.add(x.id());
                linkLists.add(x.draft().links());
            }
        }
        return new NameIndex(formInfos, otherForms, entities, figures, nodes, corpusNodes, bySurface, this, weights,
                () -> entityLinks(linkIds, linkLists), candidatePairs, candidateCodes, together);
    }

    /** The links of the named entities (ids and links in the same order), each with its entity's id, sorted. */
    static List<EntityLink> entityLinks(List<String> ids, List<List<EntityLink>> links) {
        List<EntityLink> out = new ArrayList<>();
        for (int e = 0; e < ids.size(); e++) {
            for (EntityLink l : links.get(e)) {
                out.add(new EntityLink(ids.get(e), l.form(), l.linkedForm(), l.probability(), l.weight(),
                        l.evidence(), l.explanation()));
            }
        }
        out.sort(Comparator.comparing(EntityLink::entityId).thenComparing(EntityLink::form)
                .thenComparing(EntityLink::linkedForm));
        return out;
    }

    /** The articles that write both forms of a pair of corpus forms. */
    static int togetherOf(Map<String, Integer> together, FormNode a, FormNode b) {
        return a.registry() || b.registry() || together.isEmpty() ? 0
                : together.getOrDefault(NameStatistic.pair(a.surface, b.surface), 0);
    }

    /** A node for an entry's canonical name, for comparisons against it. */
    FormNode registryNameNode(Registry.Entry en) {
        return registryNode(en.name(), en.type(), registry.entries().indexOf(en), null);
    }

    /** How often each word (folded) is written in the corpus's names: mentions of the forms holding it. */
    static Map<String, Integer> wordMentions(List<FormNode> nodes, int corpusNodes) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < corpusNodes; i++) {
            FormNode n = nodes.get(i);
            if (n.key.acronym()) {
                continue;
            }
            for (String w : n.key.spelled()) {
                out.merge(w, Math.max(1, n.mentions), Integer::sum);
            }
        }
        return out;
    }

    /**
     * The form {@code x} looks like a typing error of, among {@code others}, or null: the same
     * words but one, written with stray capitals ("NEw", "UIniversal") or in capitals where the
     * other has small letters, or one or two letters from a word that is an English word or is
     * written far more often in the corpus ("Appelate" / "Appellate", "Marriot" / "Marriott").
     */
    FormNode typoOf(FormNode x, List<FormNode> others, Map<String, Integer> wordMentions) {
        if (x.key.acronym()) {
            return null;
        }
        String[] xw = WORD_BREAK.split(x.surface.strip());
        for (FormNode y : others) {
            if (y == x || y.key.acronym()) {
                continue;
            }
            String[] yw = WORD_BREAK.split(y.surface.strip());
            if (xw.length != yw.length) {
                continue;
            }
            int differing = 0;
            boolean typo = false;
            for (int i = 0; i < xw.length && differing <= 1; i++) {
                if (xw[i].equals(yw[i])) {
                    continue;
                }
                differing++;
                String p = NameKeys.fold(xw[i]);
                String q = NameKeys.fold(yw[i]);
                if (p.equals(q)) {
                    typo = strayCapitals(xw[i]) && !strayCapitals(yw[i])
                            || shouted(xw[i]) && !shouted(yw[i]) && yw.length > 1;
                } else if (Math.abs(p.length() - q.length()) <= 2 && distance(p, q) <= 2 && p.length() >= 4) {
                    boolean englishFix = comparer.english().isWord(q) && !comparer.english().isWord(p);
                    boolean moreUsed = wordMentions.getOrDefault(q, 0) >= 3 * Math.max(1, wordMentions.getOrDefault(p, 0))
                            && distance(p, q) == 1;
                    typo = englishFix || moreUsed;
                }
            }
            if (differing == 1 && typo) {
                return y;
            }
        }
        return null;
    }

    /** Two or more capitals followed by small letters ("NEw", "INc"): a shift key held too long. */
    private static boolean strayCapitals(String w) {
        int caps = 0;
        int i = 0;
        while (i < w.length() && Character.isUpperCase(w.charAt(i))) {
            caps++;
            i++;
        }
        return caps >= 2 && i < w.length() && Character.isLowerCase(w.charAt(i));
    }

    /** A word of three or more letters written all in capitals. */
    private static boolean shouted(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 3;
    }

    /** Optimal string alignment distance (Damerau-Levenshtein without repeated edits of a substring). */
    static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[n][m];
    }

    /** The members whose words lie inside a longer member's ("Assad" beside "Bashar al-Assad"). */
    private Set<Integer> contained(List<Integer> members, List<FormNode> nodes) {
        if (members.size() < 2) {
            return Set.of();
        }
        int longest = 0;
        for (int m : members) {
            if (!nodes.get(m).key.acronym()) {
                longest = Math.max(longest, nodes.get(m).key.size());
            }
        }
        Set<Integer> out = new HashSet<>();
        boolean pairwise = members.size() <= 64;
        for (int m : members) {
            FormNode n = nodes.get(m);
            if (n.key.acronym() || n.key.size() >= longest) {
                continue;
            }
            if (!pairwise) {
                out.add(m);
                continue;
            }
            for (int o : members) {
                FormNode l = nodes.get(o);
                if (!l.key.acronym() && l.key.size() > n.key.size()
                        && Comparison.containment(Math.max(-1, comparer.nameLevel(n, l)))
                        && !comparer.formalName(l.key, l.key.size() - n.key.size())) {
                    out.add(m);
                    break;
                }
            }
        }
        return out.isEmpty() ? Set.of() : out;
    }

    /** Names are preferred as canonical forms to names held in longer ones, and those to acronyms. */
    private static int preference(int m, List<FormNode> nodes, Set<Integer> contained) {
        return nodes.get(m).key.acronym() ? 0 : contained.contains(m) ? 1 : 2;
    }

    /** Articles counted twice because they use two forms of the entity. */
    private static int overlap(List<Integer> members, List<FormNode> nodes, Map<String, Integer> together) {
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
    private Registry.Alias closestAlias(FormNode n, Registry.Entry en) {
        if (matchesName(n, en)) {
            return null;
        }
        for (Registry.Alias a : en.aliases()) {
            FormNode alias = registryNode(a.name(), en.type(), -1, a);
            int level = comparer.nameLevel(n, alias);
            if (level >= 0 && Comparison.baseLevel(level) <= Comparison.NEAR_SHORT) {
                return a;
            }
        }
        return null;
    }

    private boolean matchesName(FormNode n, Registry.Entry en) {
        int level = comparer.nameLevel(n, registryNode(en.name(), en.type(), -1, null));
        return level >= 0 && Comparison.baseLevel(level) <= Comparison.NEAR_SHORT;
    }

    static boolean better(FormNode a, FormNode b) {
        if (a.mentions != b.mentions) {
            return a.mentions > b.mentions;
        }
        if (a.articles != b.articles) {
            return a.articles > b.articles;
        }
        int wa = a.writtenWords();
        int wb = b.writtenWords();
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

    // ------------------------------------------------------------------ links

    /** A join made while clustering, before the entities have ids. */
    private record LinkDraft(int a, int b, int kind, double weight, int count) {
        static final int REGISTRY = 0;
        static final int MATCH = 1;
        static final int ACRONYM = 2;

        static LinkDraft registry(int a, int b) {
            return new LinkDraft(a, b, REGISTRY, Double.NaN, 0);
        }

        static LinkDraft match(int a, int b, double weight) {
            return new LinkDraft(a, b, MATCH, weight, 0);
        }

        static LinkDraft acronym(int a, int b, int count) {
            return new LinkDraft(a, b, ACRONYM, Double.NaN, count);
        }

        EntityLink link(String entityId, List<FormNode> nodes, NameClusterer clusterer, MatchModel.Weights weights,
                        Registry registry, Map<String, Integer> together) {
            FormNode x = nodes.get(a);
            FormNode y = nodes.get(b);
            return switch (kind) {
                case REGISTRY -> {
                    Registry.Entry en = registry.entries().get(x.anchor);
                    yield new EntityLink(entityId, x.surface, y.surface, 1.0, null, "registry:" + en.id(),
                            "'" + x.surface + "' and '" + y.surface + "' are names of one entity in the entity registry ("
                                    + en.id() + ").");
                }
                case ACRONYM -> new EntityLink(entityId, x.surface, y.surface, 1.0, null,
                        "acronym:defined=" + count,
                        "'" + x.surface + "' is defined as '" + y.surface + "' in the corpus (" + count
                                + (count == 1 ? " definition" : " definitions") + ", none pointing elsewhere).");
                default -> {
                    NameComparison c = NameComparison.of(x, y,
                            clusterer.comparer.compare(x, y, togetherOf(together, x, y)), weights);
                    yield new EntityLink(entityId, x.surface, y.surface, c.probability(), c.weight(), c.evidence(),
                            c.explanation());
                }
            };
        }
    }

    /** What a link needs to be written out: the nodes, the comparer, the fitted weights, the registry. */
    private record LinkContext(List<FormNode> nodes, NameClusterer clusterer, MatchModel.Weights weights,
                               Registry registry, Map<String, Integer> together) {
    }

    /**
     * The links of one drafted entity, written out (compared again, put in words) when first read:
     * most runs never read them, and a million forms make hundreds of thousands. Not serializable:
     * drafts that travel are given their links written out ({@link #resolve}).
     */
    private static final class LazyLinks extends java.util.AbstractList<EntityLink> {
        private final List<LinkDraft> drafts;
        private LinkContext context;
        private List<EntityLink> links;

        LazyLinks(List<LinkDraft> drafts, LinkContext context) {
            this.drafts = drafts;
            this.context = drafts.isEmpty() ? null : context;
            this.links = drafts.isEmpty() ? List.of() : null;
        }

        private synchronized List<EntityLink> links() {
            if (links == null) {
                List<EntityLink> out = new ArrayList<>(drafts.size());
                for (LinkDraft l : drafts) {
                    out.add(l.link("", context.nodes(), context.clusterer(), context.weights(), context.registry(),
                            context.together()));
                }
                links = List.copyOf(out);
                context = null;
            }
            return links;
        }

        @Override
        public EntityLink get(int index) {
            return links().get(index);
        }

        @Override
        public int size() {
            return drafts.size();
        }
    }

    /** A growable list of longs. */
    private static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = v;
        }

        long[] sortedDistinct() {
            Arrays.sort(values, 0, size);
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (n == 0 || values[i] != values[n - 1]) {
                    values[n++] = values[i];
                }
            }
            return Arrays.copyOf(values, n);
        }
    }

    // ------------------------------------------------------------------ union-find

    /** Union-find over nodes, keeping each cluster's registry anchor, type evidence and members. */
    private static final class UnionFind {
        private final int[] parent;
        private final int[] anchor;
        private final int[][] votes;
        private final EntityType[] fixedType;
        private final int[] next;
        private final int[] last;
        private final Map<Integer, Set<String>> distinct;
        /** The surname of each node that is a person's full name, else null. */
        private final String[] surname;
        /** By root: the members that are full personal names, or null when there are none. */
        private final List<List<Integer>> persons;

        UnionFind(List<FormNode> nodes, Map<Integer, Set<String>> distinct, String[] surname) {
            int n = nodes.size();
            parent = new int[n];
            anchor = new int[n];
            votes = new int[n][];
            fixedType = new EntityType[n];
            next = new int[n];
            last = new int[n];
            for (int i = 0; i < n; i++) {
                FormNode x = nodes.get(i);
                parent[i] = i;
                anchor[i] = x.anchor;
                votes[i] = x.votes.clone();
                fixedType[i] = x.registry() ? x.type : null;
                next[i] = -1;
                last[i] = i;
            }
            this.distinct = distinct;
            this.surname = surname;
            this.persons = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                persons.add(surname[i] == null ? null : new ArrayList<>(List.of(i)));
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

        EntityType type(int root) {
            return fixedType[root] != null ? fixedType[root] : dominant(votes[root]);
        }

        boolean union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return false;
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
            if (fixedType[keep] == null) {
                fixedType[keep] = fixedType[gone];
            }
            next[last[keep]] = gone;
            last[keep] = last[gone];
            List<Integer> gonePersons = persons.get(gone);
            if (gonePersons != null) {
                List<Integer> kept = persons.get(keep);
                if (kept == null) {
                    persons.set(keep, gonePersons);
                } else {
                    kept.addAll(gonePersons);
                }
                persons.set(gone, null);
            }
            return true;
        }

        /**
         * Joins unless that puts two registry entities together, or an entity and a name (or
         * entity) its registry entry is {@code distinct_from}. Types never keep clusters apart.
         */
        boolean unionIfCompatible(int a, int b, List<FormNode> nodes) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return false;
            }
            if (anchor[ra] >= 0 && anchor[rb] >= 0 && anchor[ra] != anchor[rb]) {
                return false;
            }
            if (!distinct.isEmpty() && (excluded(ra, rb, nodes) || excluded(rb, ra, nodes))) {
                return false;
            }
            if (persons.get(ra) != null && persons.get(rb) != null && twoPeople(ra, rb, nodes)) {
                return false;
            }
            return union(ra, rb);
        }

        /**
         * True when the two entities hold full names of one surname with different given names
         * ("Ebrahim Raisi" and "Alireza Raeesi", "Ronald Reagan" and "Donald Regan"): two people,
         * whatever joins their surnames or spellings.
         */
        private boolean twoPeople(int ra, int rb, List<FormNode> nodes) {
            for (int x : persons.get(ra)) {
                for (int y : persons.get(rb)) {
                    if (surname[x].equals(surname[y]) && PairComparer.differentGivenNames(nodes.get(x), nodes.get(y))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** True when the entry anchoring {@code root} is distinct from a member of {@code other}. */
        private boolean excluded(int root, int other, List<FormNode> nodes) {
            Set<String> not = anchor[root] >= 0 ? distinct.get(anchor[root]) : null;
            if (not == null) {
                return false;
            }
            if (anchor[other] >= 0 && not.contains("#" + anchor[other])) {
                return true;
            }
            for (int m = other; m >= 0; m = next[m]) {
                if (not.contains(nodes.get(m).letters)) {
                    return true;
                }
            }
            return false;
        }
    }
}

