package dev.gazette.analysis.names;

import java.util.Map;

/**
 * The weights of the names decision as fitted to one corpus: for each level of each comparison
 * ({@code "name\tkey"}), the share of matching pairs at that level ({@code m}, from the model), the
 * share of non-matching pairs ({@code u}, estimated on the corpus) and the weight in bits; and
 * the estimated share of matches among the corpus's candidate pairs.
 *
 * @param m      by {@code comparison<TAB>level}
 * @param u      by {@code comparison<TAB>level}
 * @param bits   by {@code comparison<TAB>level}
 * @param lambda the share of matches among the candidate pairs
 * @param pairs  the number of candidate pairs the fit saw
 */
public record MatchWeights(Map<String, Double> m, Map<String, Double> u, Map<String, Double> bits, double lambda,
                           int pairs) {

    public MatchWeights {
        m = Map.copyOf(m);
        u = Map.copyOf(u);
        bits = Map.copyOf(bits);
    }
}
