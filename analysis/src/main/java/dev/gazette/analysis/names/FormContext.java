package dev.gazette.analysis.names;

/**
 * What surrounds one name form across the corpus, kept compact so that the names statistic
 * stays small and combinable: sketches of the other names of its articles (and their
 * datelines), of the content words of its paragraphs, and of the titles written before it,
 * and the dates of its articles. Two forms of one entity are used in like contexts ("Tabqa"
 * and "Tabaqa" next to Raqqa, the Euphrates, the dam); two entities that merely share a key
 * are not ("Sarah" next to a girlfriend and a campus, "Syria" next to Damascus). Combining two
 * contexts gives the context of both (associative and commutative). Mutable; not thread-safe.
 */
final class FormContext implements java.io.Serializable {

    private static final long serialVersionUID = 1L;


    /** Hashes kept per sketch of names and of words. */
    static final int K = 16;
    /** Hashes kept for the titles. */
    static final int ROLES = 4;

    final Sketch names = new Sketch(K);
    final Sketch words = new Sketch(K);
    final Sketch roles = new Sketch(ROLES);
    /** Earliest and latest publication day (epoch days) of the form's dated articles. */
    int firstDay = Integer.MAX_VALUE;
    int lastDay = Integer.MIN_VALUE;

    void addDay(int epochDay) {
        firstDay = Math.min(firstDay, epochDay);
        lastDay = Math.max(lastDay, epochDay);
    }

    boolean dated() {
        return firstDay <= lastDay;
    }

    void addAll(FormContext o) {
        names.addAll(o.names);
        words.addAll(o.words);
        roles.addAll(o.roles);
        firstDay = Math.min(firstDay, o.firstDay);
        lastDay = Math.max(lastDay, o.lastDay);
    }
}
