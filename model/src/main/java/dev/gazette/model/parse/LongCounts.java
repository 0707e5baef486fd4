package dev.gazette.model.parse;

import java.util.Arrays;

/**
 * Counts per 64-bit key in two flat arrays (open addressing, linear probing): about 20 bytes a
 * key instead of the hundred or so a {@code HashMap<String, Integer>} entry takes, so corpus
 * signals stay compact on large corpora. Not thread-safe while written; safe to read from many
 * threads once writing is over.
 */
final class LongCounts implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private long[] keys;
    private int[] counts;
    private int size;
    private int mask;

    LongCounts() {
        this(1 << 10);
    }

    LongCounts(int capacity) {
        int cap = Integer.highestOneBit(Math.max(16, capacity - 1)) << 1;
        keys = new long[cap];
        counts = new int[cap];
        mask = cap - 1;
    }

    int size() {
        return size;
    }

    /** Adds {@code delta} to the count of {@code key}. */
    void add(long key, int delta) {
        long k = key == 0 ? 1 : key;
        int i = slot(k);
        while (true) {
            long here = keys[i];
            if (here == k) {
                counts[i] += delta;
                return;
            }
            if (here == 0) {
                keys[i] = k;
                counts[i] = delta;
                if (++size * 5 > keys.length * 3) {
                    grow();
                }
                return;
            }
            i = (i + 1) & mask;
        }
    }

    /** The count of {@code key}, 0 when absent. */
    int get(long key) {
        long k = key == 0 ? 1 : key;
        int i = slot(k);
        while (true) {
            long here = keys[i];
            if (here == k) {
                return counts[i];
            }
            if (here == 0) {
                return 0;
            }
            i = (i + 1) & mask;
        }
    }

    /** What {@link #forEach} hands each key and count to. */
    interface KeyCount {
        void accept(long key, int count);
    }

    /** Hands every key with its count to {@code action}, in no particular order. */
    void forEach(KeyCount action) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                action.accept(keys[i], counts[i]);
            }
        }
    }

    /** Adds every count of {@code other} to this one. */
    void addAll(LongCounts other) {
        for (int i = 0; i < other.keys.length; i++) {
            if (other.keys[i] != 0) {
                add(other.keys[i], other.counts[i]);
            }
        }
    }

    private int slot(long k) {
        return (int) (k ^ (k >>> 32)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                add(oldKeys[i], oldCounts[i]);
            }
        }
    }

    /** Distinct keys of {@code values}, in no particular order (for one article's lines). */
    static long[] distinct(long[] values, int n) {
        long[] v = Arrays.copyOf(values, n);
        Arrays.sort(v);
        int w = 0;
        for (int i = 0; i < v.length; i++) {
            if (i == 0 || v[i] != v[i - 1]) {
                v[w++] = v[i];
            }
        }
        return Arrays.copyOf(v, w);
    }
}
