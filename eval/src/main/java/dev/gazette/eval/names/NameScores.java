package dev.gazette.eval.names;

import dev.gazette.eval.names.ExportedNames.Mention;
import dev.gazette.eval.names.LabelledSet.Negative;
import dev.gazette.eval.names.LabelledSet.Occurrence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Clustering scores of one part of a labelled set against an export.
 *
 * <p>Pairs are pairs of labelled occurrences with different surfaces: gold-positive when both belong
 * to one family, predicted-positive when both resolve to one exported entity. A pair with identical
 * surfaces is left out (it says nothing about variants; when the two belong to different families it
 * is a homonym, counted apart), and so is a pair of one family with an optional occurrence. An
 * occurrence the export has no mention for is predicted apart from everything.
 *
 * <p>A hard negative is a homonym when its two families share a surface string ("Columbia" the
 * university and "Columbia" the town): a clusterer of surface forms can only tell them apart
 * through the article's own longer names, so homonyms are counted apart from the other negatives.
 *
 * @param split            tune, heldout or all
 * @param occurrences      labelled occurrences counted
 * @param unmatched        of these, occurrences with no exported mention
 * @param truePositives    pairs of one family resolved to one entity
 * @param falsePositives   pairs of two families resolved to one entity
 * @param falseNegatives   pairs of one family resolved to two entities (or unmatched)
 * @param families         families with two or more distinct required surfaces
 * @param familiesMerged   of these, families whose required occurrences all resolve to one entity
 * @param negatives        hard negatives whose two families both occur, homonyms left out
 * @param falseMerges      of these, negatives with an occurrence of each family in one entity
 * @param homonyms         hard negatives whose families share a surface string
 * @param homonymMerges    of these, negatives with an occurrence of each family in one entity
 * @param homonymPairs     pairs of occurrences of two families with identical surfaces resolved to one entity
 * @param missedFamilies   families not fully merged, each with the entities its forms went to
 * @param mergedNegatives  negatives merged (homonyms marked), with their note
 * @param falsePairs       pairs of families merged wrongly, with the number of occurrence pairs, most first
 */
public record NameScores(String split, int occurrences, int unmatched, long truePositives, long falsePositives,
                         long falseNegatives, int families, int familiesMerged, int negatives, int falseMerges,
                         int homonyms, int homonymMerges, long homonymPairs, List<String> missedFamilies,
                         List<String> mergedNegatives, List<String> falsePairs) {

    /** Pairwise precision; 1 when nothing was merged. */
    public double precision() {
        return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
    }

    /** Pairwise recall; 1 when there is no pair to merge. */
    public double recall() {
        return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
    }

    /** Scores the occurrences and negatives of {@code split} ("all" for both parts). */
    public static NameScores score(LabelledSet set, ExportedNames export, String split) {
        List<Occurrence> occ = new ArrayList<>();
        for (Occurrence o : set.occurrences()) {
            if (split.equals("all") || o.split().equals(split)) {
                occ.add(o);
            }
        }
        String[] entity = new String[occ.size()];
        int unmatched = 0;
        for (int i = 0; i < occ.size(); i++) {
            Occurrence o = occ.get(i);
            Mention m = export.match(o.articleId(), o.start(), o.end());
            if (m == null) {
                unmatched++;
                entity[i] = "\u0000unmatched-" + i;
            } else {
                entity[i] = m.entityId();
            }
        }
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long homonymPairs = 0;
        Map<String, Long> wrongPairs = new TreeMap<>();
        for (int i = 0; i < occ.size(); i++) {
            Occurrence a = occ.get(i);
            for (int j = i + 1; j < occ.size(); j++) {
                Occurrence b = occ.get(j);
                boolean gold = a.family().equals(b.family());
                boolean predicted = entity[i].equals(entity[j]);
                if (a.surface().equals(b.surface())) {
                    if (!gold && predicted) {
                        homonymPairs++;
                    }
                    continue;
                }
                if (gold && (a.optional() || b.optional())) {
                    continue;
                }
                if (gold && predicted) {
                    tp++;
                } else if (gold) {
                    fn++;
                } else if (predicted) {
                    fp++;
                    String key = a.family().compareTo(b.family()) < 0 ? a.family() + " + " + b.family()
                            : b.family() + " + " + a.family();
                    wrongPairs.merge(key, 1L, Long::sum);
                }
            }
        }
        List<String> falsePairs = new ArrayList<>();
        wrongPairs.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> falsePairs.add(e.getKey() + " (" + e.getValue() + ")"));
        Map<String, Set<String>> requiredSurfaces = new LinkedHashMap<>();
        Map<String, Map<String, Set<String>>> entitiesOf = new HashMap<>();
        Map<String, Set<String>> anyEntity = new HashMap<>();
        Map<String, Set<String>> surfacesOf = new HashMap<>();
        for (int i = 0; i < occ.size(); i++) {
            Occurrence o = occ.get(i);
            anyEntity.computeIfAbsent(o.family(), k -> new HashSet<>()).add(entity[i]);
            surfacesOf.computeIfAbsent(o.family(), k -> new HashSet<>()).add(o.surface());
            if (!o.optional()) {
                requiredSurfaces.computeIfAbsent(o.family(), k -> new TreeSet<>()).add(o.surface());
                entitiesOf.computeIfAbsent(o.family(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(entity[i].startsWith("\u0000") ? "(no mention)" : entity[i], k -> new TreeSet<>())
                        .add(o.surface());
            }
        }
        int families = 0;
        int merged = 0;
        List<String> missed = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : requiredSurfaces.entrySet()) {
            if (e.getValue().size() < 2) {
                continue;
            }
            families++;
            Map<String, Set<String>> ents = entitiesOf.get(e.getKey());
            if (ents.size() == 1 && !ents.containsKey("(no mention)")) {
                merged++;
            } else {
                missed.add(e.getKey() + ": " + ents);
            }
        }
        int negatives = 0;
        int falseMerges = 0;
        int homonyms = 0;
        int homonymMerges = 0;
        List<String> mergedNegatives = new ArrayList<>();
        for (Negative n : set.negatives()) {
            if (!(split.equals("all") || n.split().equals(split))) {
                continue;
            }
            Set<String> a = anyEntity.get(n.familyA());
            Set<String> b = anyEntity.get(n.familyB());
            if (a == null || b == null) {
                continue;
            }
            Set<String> shared = new TreeSet<>(surfacesOf.get(n.familyA()));
            shared.retainAll(surfacesOf.get(n.familyB()));
            boolean homonym = !shared.isEmpty();
            if (homonym) {
                homonyms++;
            } else {
                negatives++;
            }
            Set<String> both = new TreeSet<>(a);
            both.retainAll(b);
            if (!both.isEmpty()) {
                if (homonym) {
                    homonymMerges++;
                } else {
                    falseMerges++;
                }
                mergedNegatives.add(n.familyA() + " + " + n.familyB() + " in " + both + " (" + n.note() + ")"
                        + (homonym ? " [homonym: " + String.join(", ", shared) + "]" : ""));
            }
        }
        return new NameScores(split, occ.size(), unmatched, tp, fp, fn, families, merged, negatives, falseMerges,
                homonyms, homonymMerges, homonymPairs, List.copyOf(missed), List.copyOf(mergedNegatives),
                List.copyOf(falsePairs));
    }
}
