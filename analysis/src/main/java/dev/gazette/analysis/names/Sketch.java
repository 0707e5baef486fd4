package dev.gazette.analysis.names;

import java.util.Arrays;

/**
 * A bottom-k sketch of a set of strings (Broder's min-hash in its bottom-k form): the {@code k}
 * smallest 31-bit hashes of the set's members. It takes a few dozen bytes whatever the set's
 * size, two sketches combine into the sketch of the union (associative and commutative, so
 * shards of a corpus can be gathered in any order), and two sketches estimate the Jaccard
 * similarity and the number of shared members of their sets. Exact while a set has at most
 * {@code k} members. Mutable; not thread-safe.
 */
final class Sketch implements java.io.Serializable {

    private static final long serialVersionUID = 1L;


    private int[] values;
    private int size;
    private final int capacity;

    Sketch(int capacity) {
        this.capacity = capacity;
        this.values = new int[Math.min(4, capacity)];
    }

    /** The 31-bit hash of a member: FNV-1a over its characters, then a 64-bit finaliser. */
    static int hash(String member) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < member.length(); i++) {
            h ^= member.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) (h >>> 33);
    }

    /** Adds a member. */
    void add(String member) {
        addHash(hash(member));
    }

    void addHash(int h) {
        if (size == capacity && h >= values[size - 1]) {
            return;
        }
        int at = Arrays.binarySearch(values, 0, size, h);
        if (at >= 0) {
            return;
        }
        at = -at - 1;
        if (size < capacity) {
            if (size == values.length) {
                values = Arrays.copyOf(values, Math.min(capacity, values.length * 2));
            }
            System.arraycopy(values, at, values, at + 1, size - at);
            size++;
        } else {
            System.arraycopy(values, at, values, at + 1, size - 1 - at);
        }
        values[at] = h;
    }

    /** Adds every member of {@code other}'s set (this becomes the sketch of the union). */
    void addAll(Sketch other) {
        for (int i = 0; i < other.size; i++) {
            addHash(other.values[i]);
        }
    }

    /** Hashes kept. */
    int size() {
        return size;
    }

    /** True when the sketch holds every member of its set (fewer than {@code k} were added). */
    boolean exact() {
        return size < capacity;
    }

    /** The estimated number of distinct members of the set. */
    double cardinality() {
        if (exact()) {
            return size;
        }
        return (capacity - 1) / ((values[size - 1] + 1.0) / (1L << 31));
    }

    /**
     * What two sets share, estimated from their sketches: the Jaccard similarity from the
     * {@code k} smallest hashes of the union (each either in both sets or in one), and the
     * number of shared members as that similarity times the union's size.
     */
    static Overlap overlap(Sketch a, Sketch b) {
        if (a.size == 0 || b.size == 0) {
            return Overlap.NONE;
        }
        int k = Math.min(a.capacity, b.capacity);
        int i = 0;
        int j = 0;
        int taken = 0;
        int both = 0;
        int last = 0;
        while (taken < k && (i < a.size || j < b.size)) {
            int x = i < a.size ? a.values[i] : Integer.MAX_VALUE;
            int y = j < b.size ? b.values[j] : Integer.MAX_VALUE;
            if (x == y) {
                both++;
                last = x;
                i++;
                j++;
            } else if (x < y) {
                last = x;
                i++;
            } else {
                last = y;
                j++;
            }
            taken++;
        }
        // a hash of the union's k smallest lies in a set only if it lies in that set's sketch,
        // unless the sketch is full and the hash lies above its largest: then nothing is known
        boolean complete = (a.exact() || last <= a.values[a.size - 1]) && (b.exact() || last <= b.values[b.size - 1]);
        if (!complete) {
            return Overlap.NONE;
        }
        double jaccard = (double) both / taken;
        double union;
        if (a.exact() && b.exact()) {
            union = a.size + b.size - both;
        } else {
            union = taken < k ? taken : (k - 1) / ((last + 1.0) / (1L << 31));
        }
        return new Overlap(jaccard, a.exact() && b.exact() ? both : jaccard * union);
    }

    /**
     * What two sets share.
     *
     * @param jaccard shared members over all members
     * @param shared  the number of shared members (exact when both sets are small, else estimated)
     */
    record Overlap(double jaccard, double shared) {
        static final Overlap NONE = new Overlap(0, 0);
    }
}
