package dev.gazette.eval.fixes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Seeded random samples per rule and part. Each item gets a random rank from a hash of the seed
 * and its owner key, and a sample is the {@code size} lowest ranks (bottom-k sampling): when the
 * rules change, an item that is still produced keeps its rank, so most of a judged sample stays
 * in the sample and only new items need judging. A change that is the one fix of a finding has
 * that finding's key as owner, so findings and their fixes are drawn together and judged side by side.
 */
final class Sample {

    /** The sampled items of one rule in one part, and how many there were to draw from. */
    record Drawn(String rule, Split.Part part, Item.Kind kind, int population, List<Item> items) {
    }

    private Sample() {
    }

    /** Sets each change's owner: the finding of the same rule whose range holds it, when that finding has one change. */
    static List<Item> withOwners(List<Item> findings, List<Item> changes) {
        Map<String, List<Item>> byArticleRule = new HashMap<>();
        for (Item f : findings) {
            byArticleRule.computeIfAbsent(f.articleId() + '\u0000' + f.rule(), k -> new ArrayList<>()).add(f);
        }
        Map<Item, Item> ownerOf = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (Item c : changes) {
            Item owner = null;
            for (Item f : byArticleRule.getOrDefault(c.articleId() + '\u0000' + c.rule(), List.of())) {
                boolean holds = c.start() >= f.start() && c.end() <= Math.max(f.end(), f.start() + 1)
                        || (f.start() < c.end() && c.start() < f.end());
                if (holds) {
                    owner = f;
                    break;
                }
            }
            if (owner != null) {
                ownerOf.put(c, owner);
                count.merge(owner.key(), 1, Integer::sum);
            }
        }
        List<Item> out = new ArrayList<>(changes.size());
        for (Item c : changes) {
            Item owner = ownerOf.get(c);
            out.add(c.withOwner(owner != null && count.get(owner.key()) == 1 ? owner.key() : c.key()));
        }
        return out;
    }

    /** Draws up to {@code size} items per rule and part. */
    static List<Drawn> draw(List<Item> items, Item.Kind kind, Split split, String seed, int size) {
        Map<String, List<Item>> groups = new TreeMap<>();
        for (Item i : items) {
            groups.computeIfAbsent(i.rule() + '\u0000' + split.partOf(i.articleId()).label(), k -> new ArrayList<>())
                    .add(i);
        }
        List<Drawn> out = new ArrayList<>();
        for (var e : groups.entrySet()) {
            List<Item> g = new ArrayList<>(e.getValue());
            g.sort(Comparator.comparingLong((Item i) -> rank(seed, i)).thenComparing(Item::key));
            String[] rp = e.getKey().split("\u0000");
            out.add(new Drawn(rp[0], Split.Part.parse(rp[1]), kind, g.size(), List.copyOf(g.subList(0, Math.min(size,
                    g.size())))));
        }
        return out;
    }

    static long rank(String seed, Item i) {
        return Split.hash64(seed + "|sample|" + (i.owner() == null ? i.key() : i.owner()));
    }
}
