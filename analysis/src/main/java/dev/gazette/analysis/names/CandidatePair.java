package dev.gazette.analysis.names;

/**
 * A pair of name forms the clusterer compared (a candidate pair: alike enough in spelling to be
 * weighed), with the level of its name comparison, the stratum samples of pairs are drawn by.
 *
 * @param form      one form (or registry name)
 * @param other     the other
 * @param nameLevel the name level ({@code exact}, {@code key}, {@code contains-end}, ...)
 * @param probability the pair's match probability
 */
public record CandidatePair(String form, String other, String nameLevel, double probability) {
}
