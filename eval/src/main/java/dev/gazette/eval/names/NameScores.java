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
import java.util.TreeSet;

/**
 * Clustering scores of one part of a labelled set against an export.
 *
 * <p>Pairs are pairs of labelled occurrences: gold-positive when both belong to one family,
 * predicted-positive when both resolve to one exported entity. A pair of one family whose
 * surfaces are identical is left out (it says nothing about variants), and so is a pair of one
 * family with an optional occurrence. An occurrence the export has no mention for is predicted
 * apart from everything.
 *
 * @param split            tune, heldout or all
 * @param occurrences      labelled occurrences counted
 * @param unmatched        of these, occurrences with no exported mention
 * @param truePositives    pairs of one family resolved to one entity
 * @param falsePositives   pairs of two families resolved to one entity
 * @param falseNegatives   pairs of one family resolved to two entities (or unmatched)
 * @param families         families with two or more distinct required surfaces
 * @param familiesMerged   of these, families whose required occurrences all resolve to one entity
 * @param negatives        hard negatives whose two families both occur
 * @param falseMerges      of these, negatives with an occurrence of each family in one entity
 * @param missedFamilies   families not fully merged, each with the entities its forms went to
 * @param mergedNegatives  negatives merged, with their note
 */
public record NameScores(String split, int occurrences, int unmatched, long truePositives, long falsePositives,
                         long falseNegatives, int families, int familiesMerged, int negatives, int falseMerges,
                         List<String> missedFamilies, List<String> mergedNegatives) {

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
        long tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < occ.size(); i++) {
            Occurrence a = occ.get(i);
            for (int j = i + 1; j < occ.size(); j++) {
                Occurrence b = occ.get(j);
                boolean gold = a.family().equals(b.family());
                if (gold && (a.optional() || b.optional() || a.surface().equals(b.surface()))) {
                    continue;
                }
                boolean predicted = entity[i].equals(entity[j]);
                if (gold && predicted) {
                    tp++;
                } else if (gold) {
                    fn++;
                } else if (predicted) {
                    fp++;
                }
            }
        }
        Map<String, Set<String>> requiredSurfaces = new LinkedHashMap<>();
        Map<String, Map<String, Set<String>>> entitiesOf = new HashMap<>();
        Map<String, Set<String>> anyEntity = new HashMap<>();
        for (int i = 0; i < occ.size(); i++) {
            Occurrence o = occ.get(i);
            anyEntity.computeIfAbsent(o.family(), k -> new HashSet<>()).add(entity[i]);
            if (!o.optional()) {
                requiredSurfaces.computeIfAbsent(o.family(), k -> new TreeSet<>()).add(o.surface());
                entitiesOf.computeIfAbsent(o.family(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(entity[i].startsWith("\u0000") ? "(no mention)" : entity[i], k -> new TreeSet<>())
                        .add(o.surface());
            }
        }
        int families = 0, merged = 0;
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
        int negatives = 0, falseMerges = 0;
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
            negatives++;
            Set<String> both = new TreeSet<>(a);
            both.retainAll(b);
            if (!both.isEmpty()) {
                falseMerges++;
                mergedNegatives.add(n.familyA() + " + " + n.familyB() + " in " + both + " (" + n.note() + ")");
            }
        }
        return new NameScores(split, occ.size(), unmatched, tp, fp, fn, families, merged, negatives, falseMerges,
                List.copyOf(missed), List.copyOf(mergedNegatives));
    }
}
