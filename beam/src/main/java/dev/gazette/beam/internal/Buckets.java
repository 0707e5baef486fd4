package dev.gazette.beam.internal;

/**
 * Spreads keys over a fixed number of buckets. The keyed steps of the pipeline (counting line
 * keys, renaming ids, tallying entities, clustering name blocks) group by bucket and handle the
 * keys of a bucket together on one worker: far fewer, larger groups than one per key, which the
 * runners handle better (the DirectRunner's cost is per group), while a bucket still holds only
 * its share of the keys. A key's bucket is the same on every worker and every run.
 */
public final class Buckets {

    private Buckets() {
    }

    /** The bucket of {@code key} among {@code buckets}. */
    public static int of(long key, int buckets) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) Math.floorMod(h, (long) buckets);
    }

    /** The bucket of {@code key} among {@code buckets}. */
    public static int of(String key, int buckets) {
        long h = 1125899906842597L;
        for (int i = 0; i < key.length(); i++) {
            h = 31 * h + key.charAt(i);
        }
        return of(h, buckets);
    }
}
