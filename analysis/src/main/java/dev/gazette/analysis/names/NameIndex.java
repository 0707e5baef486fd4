package dev.gazette.analysis.names;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The corpus's entities and which entity every name form of the corpus belongs to: the
 * result of the names statistic, read by the name rules while they check each article. It
 * keeps the compared forms, so that any two can be compared again (to weigh a rewrite, to
 * explain a decision), and the joins that made the entities. Thread-safe.
 */
final class NameIndex {

    /** How a corpus form names its entity. */
    enum FormRelation {
        /** A spelling of the entity's name. */
        NAME,
        /** Another name: a registry alias, or a name linked through an acronym definition. */
        ALIAS,
        /** An acronym. */
        ACRONYM,
        /** Part of the entity's name: a surname, a name without its legal form or middle name. */
        PARTIAL
    }

    /**
     * One form of the corpus.
     *
     * @param entity   index into {@link #entities()}
     * @param relation how it names the entity
     * @param family   the registry name or alias it is a spelling of, or the form itself
     * @param kind     for a registry alias, its kind; else {@code null}
     * @param articles articles where it stands for the entity
     * @param mentions mentions counted on it (its own and those of partial mentions resolved to it)
     */
    record FormInfo(int entity, FormRelation relation, String family, Registry.AliasKind kind, int articles,
                    int mentions) {
    }

    /**
     * Figures of one entity.
     *
     * @param articles          articles mentioning it (the sum over its forms; an article writing
     *                          two spellings counts twice)
     * @param canonicalArticles articles writing the canonical name exactly
     * @param mentions          mentions of its name forms
     * @param families          the distinct names (registry name, aliases, unlisted other names)
     *                          the corpus uses for it: family label to the form the corpus
     *                          writes most for it, sorted by label
     */
    record Figures(int articles, int canonicalArticles, int mentions, Map<String, String> families)
            implements java.io.Serializable {
    }

    /** The form of each corpus node, by node index. */
    private final FormInfo[] formInfos;
    /** Forms that are no corpus node (none when the entities were resolved from these nodes). */
    private final Map<String, FormInfo> otherForms;
    private final List<Entity> entities;
    private final List<Figures> figures;
    private final List<FormNode> nodes;
    private final Map<String, Integer> corpusForms;
    private final Map<String, Integer> registryNames;
    private final NameClusterer clusterer;
    private final MatchModel.Weights weights;
    private java.util.function.Supplier<List<EntityLink>> linkSource;
    private List<EntityLink> links;
    private final Map<String, NameComparison> compared = new ConcurrentHashMap<>();
    private final long[] candidatePairs;
    private final int[] candidateCodes;
    private final Map<String, Integer> together;

    NameIndex(FormInfo[] formInfos, Map<String, FormInfo> otherForms, List<Entity> entities, List<Figures> figures,
              List<FormNode> nodes, int corpusNodes, Map<String, Integer> corpusForms, NameClusterer clusterer,
              MatchModel.Weights weights, java.util.function.Supplier<List<EntityLink>> links, long[] candidatePairs,
              int[] candidateCodes, Map<String, Integer> together) {
        this.formInfos = formInfos;
        this.otherForms = otherForms;
        this.entities = List.copyOf(entities);
        this.figures = List.copyOf(figures);
        this.nodes = List.copyOf(nodes);
        this.corpusForms = java.util.Collections.unmodifiableMap(corpusForms);
        Map<String, Integer> reg = new HashMap<>();
        for (int i = corpusNodes; i < nodes.size(); i++) {
            reg.putIfAbsent(nodes.get(i).surface, i);
        }
        this.registryNames = Map.copyOf(reg);
        this.clusterer = clusterer;
        this.weights = weights;
        this.linkSource = links;
        this.candidatePairs = candidatePairs;
        this.candidateCodes = candidateCodes;
        this.together = together;
    }

    /** Every candidate pair the clusterer weighed, in a stable order. */
    List<CandidatePair> candidates() {
        java.util.List<CandidatePair> out = new java.util.ArrayList<>(candidatePairs.length);
        for (int i = 0; i < candidatePairs.length; i++) {
            FormNode a = nodes.get((int) (candidatePairs[i] >>> 32));
            FormNode b = nodes.get((int) candidatePairs[i]);
            double w = weights.weight(candidateCodes[i]);
            out.add(new CandidatePair(a.surface, b.surface,
                    Comparison.NAME.levels().get(MatchModel.level(candidateCodes[i], Comparison.NAME)),
                    MatchModel.probability(w, weights.priorBits())));
        }
        return out;
    }

    /** The form written {@code surface}, or {@code null} when the corpus has no such form. */
    FormInfo form(String surface) {
        Integer i = corpusForms.get(surface);
        FormInfo info = i == null ? null : formInfos[i];
        return info != null ? info : otherForms.get(surface);
    }

    List<Entity> entities() {
        return entities;
    }

    Entity entity(int index) {
        return entities.get(index);
    }

    Figures figures(int index) {
        return figures.get(index);
    }

    /** Every join that made the entities, sorted by entity and forms; put in words when first asked for. */
    synchronized List<EntityLink> links() {
        if (links == null) {
            links = List.copyOf(linkSource.get());
            linkSource = null;
        }
        return links;
    }

    /** The model the decisions were made with. */
    MatchModel model() {
        return clusterer.model();
    }

    /** The weights fitted to the corpus. */
    MatchModel.Weights weights() {
        return weights;
    }

    /**
     * Compares two names as the clusterer does: corpus forms with their context, registry names
     * without; a name the corpus does not use is compared on its spelling alone. Null when the
     * names are not alike enough to compare, or can never be one entity (two different English
     * words).
     */
    NameComparison compare(String a, String b) {
        String key = a.compareTo(b) <= 0 ? a + '\u0000' + b : b + '\u0000' + a;
        NameComparison c = compared.get(key);
        if (c == null && !compared.containsKey(key)) {
            FormNode x = node(a);
            FormNode y = node(b);
            PairComparer.Gamma g = clusterer.comparer().apart(x, y) ? null
                    : clusterer.comparer().compare(x, y, NameClusterer.togetherOf(together, x, y));
            c = g == null ? null : NameComparison.of(x, y, g, weights);
            if (c != null) {
                compared.put(key, c);
            }
        }
        return c;
    }

    /** The comparer of the index's forms (keys, English words). */
    PairComparer comparer() {
        return clusterer.comparer();
    }

    private FormNode node(String surface) {
        Integer i = corpusForms.get(surface);
        if (i == null) {
            i = registryNames.get(surface);
        }
        return i != null ? nodes.get(i)
                : clusterer.node(new NameClusterer.Form(surface, NameClusterer.FULL, 0, 0, new int[4], null));
    }

    /** For each word that ends a person's form of two or more words, the persons with such a form; built when first asked for. */
    private volatile Map<String, java.util.BitSet> lastWords;

    /**
     * True when a person other than {@code entity} has a form of two or more words that ends with
     * {@code word} ("Sayad" for a "Joao Sayad"): the corpus writes the word as that person's surname.
     */
    boolean lastWordOfAnother(String word, int entity) {
        Map<String, java.util.BitSet> m = lastWords;
        if (m == null) {
            m = new HashMap<>();
            for (int i = 0; i < entities.size(); i++) {
                if (entities.get(i).type() != EntityType.PERSON) {
                    continue; // a surname; a place or a company at the end of a longer name is another matter
                }
                for (String f : entities.get(i).forms()) {
                    int cut = f.lastIndexOf(' ');
                    if (cut > 0) {
                        m.computeIfAbsent(f.substring(cut + 1), k -> new java.util.BitSet()).set(i);
                    }
                }
            }
            lastWords = m;
        }
        java.util.BitSet owners = m.get(word);
        if (owners == null) {
            return false;
        }
        int first = owners.nextSetBit(0);
        return first >= 0 && (first != entity || owners.nextSetBit(first + 1) >= 0);
    }

    /** The articles that write both corpus forms (0 when either is no corpus form). */
    int together(String a, String b) {
        return together.getOrDefault(NameStatistic.pair(a, b), 0);
    }
}
