package dev.gazette.beam.internal;

/** The names of the job's counters (Beam metrics), summed over the workers. */
public final class Counters {

    /** The namespace of Gazette's counters. */
    public static final String NAMESPACE = "gazette";
    /** Articles read and checked. */
    public static final String ARTICLES = "articles";
    /** Inputs rejected (unreadable files, malformed records, failed articles). */
    public static final String REJECTED = "rejected";

    private Counters() {
    }
}
