package dev.gazette.analysis.roles;

import dev.gazette.analysis.names.Entity;
import java.io.Serializable;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The roles of a corpus: the titles its articles give its people ({@link RoleStatistic}), mapped
 * onto the corpus's entities, with the periods the registry lists for the same posts. Also decides
 * which people of one month share a post one person holds at a time (the role-conflict rule).
 */
public final class RoleTable {

    /**
     * One row of the roles table: a post of a person, as the corpus attests it.
     *
     * @param entityId        the person (entities.id)
     * @param name            the person's canonical name
     * @param title           the post as most often written ("Foreign Minister")
     * @param post            the post as compared ("foreign minister")
     * @param of              the organisation's or country's entity id, or {@code null}
     * @param ofName          its name, or {@code null}
     * @param first           the first publication date of an article giving the title, or {@code null}
     * @param last            the last such date, or {@code null}
     * @param articles        the articles giving it
     * @param datedArticles   how many of them are dated
     * @param registryFrom    the start of the registry's period of the post that is nearest the attested one, or {@code null}
     * @param registryTo      its end, or {@code null} (also while the post is held)
     * @param registryPeriods every registry period of the post, as ISO 8601 intervals ("2013-09-10/2023-05-22",
     *                        "2024-08-21/..") joined by "; ", or {@code null} when the registry has none
     */
    public record Role(String entityId, String name, String title, String post, String of, String ofName,
                       LocalDate first, LocalDate last, int articles, int datedArticles, LocalDate registryFrom,
                       LocalDate registryTo, String registryPeriods) implements Serializable {
    }

    /**
     * Another person given the same post in the same month.
     *
     * @param name     their name, as the other articles give it
     * @param articles how many articles of the month give them the post
     * @param article  the first of those articles, by id
     */
    public record Rival(String name, int articles, String article) {
    }

    private RoleTable() {
    }

    /** The roles rows of {@code attested}, sorted by entity, post and organisation. */
    public static List<Role> rows(RoleStatistic.Attested attested, List<Entity> entities, RoleTimeline timeline) {
        Resolver resolve = new Resolver(entities);
        Map<List<String>, Merged> merged = new LinkedHashMap<>();
        for (RoleStatistic.Attestation a : attested.attestations()) {
            RoleStatistic.Key k = a.key();
            Entity person = resolve.person(k.person());
            if (person == null) {
                continue;
            }
            Entity ofEntity = k.of().isEmpty() ? null : resolve.byId(k.of());
            if (ofEntity == null && !k.ofName().isEmpty()) {
                ofEntity = resolve.byForm(k.ofName());
            }
            String of = ofEntity == null ? null : ofEntity.id();
            String ofName = ofEntity != null ? ofEntity.name() : k.ofName().isEmpty() ? null : k.ofName();
            List<String> key = java.util.Arrays.asList(person.id(), k.post(), of, ofName);
            merged.computeIfAbsent(key, x -> new Merged(person, k.post(), of, ofName)).add(a);
        }
        List<Role> out = new ArrayList<>();
        for (Merged m : merged.values()) {
            List<String> ofs = m.of == null ? List.of() : List.of(m.of);
            List<RolePeriods.Period> periods = timeline.matching(m.person.id(), m.post, m.of, ofs);
            RolePeriods.Period nearest = nearest(periods, m.first, m.last);
            List<String> iso = new ArrayList<>();
            for (RolePeriods.Period p : periods) {
                iso.add((p.from() == null ? ".." : p.from().toString()) + "/" + (p.to() == null ? ".." : p.to().toString()));
            }
            out.add(new Role(m.person.id(), m.person.name(), m.written, m.post, m.of, m.ofName, m.first, m.last,
                    m.articles, m.dated, nearest == null ? null : nearest.from(), nearest == null ? null : nearest.to(),
                    iso.isEmpty() ? null : String.join("; ", iso)));
        }
        out.sort(Comparator.comparing(Role::entityId).thenComparing(Role::post)
                .thenComparing(r -> r.of() == null ? "" : r.of()).thenComparing(r -> r.ofName() == null ? "" : r.ofName()));
        return List.copyOf(out);
    }

    /** The period that overlaps {@code [first, last]} most, else the nearest to it, else the last listed. */
    private static RolePeriods.Period nearest(List<RolePeriods.Period> periods, LocalDate first, LocalDate last) {
        if (periods.isEmpty()) {
            return null;
        }
        if (first == null) {
            return periods.get(periods.size() - 1);
        }
        RolePeriods.Period best = null;
        long bestDistance = Long.MAX_VALUE;
        for (RolePeriods.Period p : periods) {
            long distance = p.overlaps(first, last) ? 0
                    : p.to() != null && p.to().isBefore(first) ? first.toEpochDay() - p.to().toEpochDay()
                    : p.from().toEpochDay() - last.toEpochDay();
            if (distance < bestDistance) {
                best = p;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * The other people the corpus gives {@code t}'s post in the article's month, when one person
     * holds it at a time; empty when none or when the post is not such a post. People given the
     * post only before or only after the days this person is given it are left out: the post
     * changed hands that month. So are people fewer articles of the month give the post than give it
     * to this person: the title in doubt is the rarer one, and the finding is reported in its articles
     * (both, when as many articles give each).
     *
     * @param self the corpus entity of the title's person, or {@code null} when unknown
     */
    public static List<Rival> rivals(RoleStatistic.Attested attested, Title t, Entity self, LocalDate published) {
        if (published == null || !t.unique() || t.of() == null || !RoleStatistic.counts(t)
                || words(t.person().canonical()).stream().noneMatch(w -> w.length() >= 3)) {
            return List.of();
        }
        List<RoleStatistic.Holder> holders = attested.holders(t.post(), t.of(), YearMonth.from(published));
        LocalDate first = published;
        LocalDate last = published;
        int own = 0;
        for (RoleStatistic.Holder h : holders) {
            if (samePerson(h.person(), t, self)) {
                first = h.first().isBefore(first) ? h.first() : first;
                last = h.last().isAfter(last) ? h.last() : last;
                own += h.articles();
            }
        }
        List<Rival> out = new ArrayList<>();
        for (RoleStatistic.Holder h : holders) {
            if (words(h.person().form()).stream().noneMatch(w -> w.length() >= 3)) {
                continue; // "H.": no name to compare
            }
            if (h.last().isBefore(first) || h.first().isAfter(last)) {
                continue; // one after the other in the month: the post changed hands
            }
            if (h.articles() < own) {
                continue; // fewer articles give the other person the post: that title is the one in doubt, reported there
            }
            if (!samePerson(h.person(), t, self)) {
                out.add(new Rival(h.person().canonical(), h.articles(), h.article()));
            }
        }
        return out;
    }

    private static boolean samePerson(RoleStatistic.Person p, Title t, Entity self) {
        if (p.id().equals(t.person().entityId())) {
            return true;
        }
        List<String> names = new ArrayList<>(List.of(t.person().canonical(), t.person().surface()));
        if (self != null) {
            names.add(self.name());
            names.addAll(self.forms());
        }
        for (String n : names) {
            if (alike(n, p.form()) || alike(n, p.canonical())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when two names may well be one person's, as one post in one month suggests they are:
     * one's words are among the other's ("Dilson" and "Dilson Funaro", "George Shultz" and a name
     * the names analysis ran on into the next word), the same surname ("Bob Dole", "Robert Dole"), or
     * a misspelling (at most two edits in a name of six letters or more: "Miyazwa" for "Miyazawa"; one
     * in a surname of six letters or more: "Herington" for "Herrington").
     */
    static boolean alike(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = x.size() <= y.size() ? y : x;
        String sx = x.get(x.size() - 1);
        String sy = y.get(y.size() - 1);
        if (longer.containsAll(shorter) || sx.equals(sy)
                || Math.min(sx.length(), sy.length()) >= 6 && EDITS.apply(sx, sy) <= 1) {
            return true;
        }
        String p = String.join(" ", x);
        String q = String.join(" ", y);
        return Math.min(p.length(), q.length()) >= 6 && EDITS.apply(p, q) <= 2;
    }

    private static final LevenshteinDistance EDITS = LevenshteinDistance.getDefaultInstance();

    /** The words of a name, folded (no accents, lower case), initials left out. */
    private static List<String> words(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        List<String> out = new ArrayList<>();
        for (String w : folded.split(" ")) {
            if (w.length() > 1) {
                out.add(w);
            }
        }
        return out;
    }

    /** The entity of {@code id} in a list sorted by id, or {@code null}. */
    public static Entity find(List<Entity> sortedById, String id) {
        int lo = 0;
        int hi = sortedById.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = sortedById.get(mid).id().compareTo(id);
            if (c == 0) {
                return sortedById.get(mid);
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return null;
    }

    /** One row in the making: attestations of one person, post and organisation merged. */
    private static final class Merged {
        final Entity person;
        final String post;
        final String of;
        final String ofName;
        String written;
        int writtenArticles = -1;
        LocalDate first;
        LocalDate last;
        int articles;
        int dated;

        Merged(Entity person, String post, String of, String ofName) {
            this.person = person;
            this.post = post;
            this.of = of;
            this.ofName = ofName;
        }

        void add(RoleStatistic.Attestation a) {
            if (a.articles() > writtenArticles) {
                written = a.written();
                writtenArticles = a.articles();
            }
            first = first == null || a.first() != null && a.first().isBefore(first) ? a.first() : first;
            last = last == null || a.last() != null && a.last().isAfter(last) ? a.last() : last;
            articles += a.articles();
            dated += a.dated();
        }
    }

    /** Finds the corpus entity of a person or organisation as one article's names gave it. */
    private static final class Resolver {
        private final Map<String, Entity> byId = new HashMap<>();
        private final Map<String, Entity> byForm = new HashMap<>();

        Resolver(List<Entity> entities) {
            for (Entity e : entities) {
                byId.put(e.id(), e);
            }
            for (Entity e : entities) {
                byForm.putIfAbsent(e.name(), e);
                for (String f : e.forms()) {
                    byForm.putIfAbsent(f, e);
                }
            }
        }

        Entity byId(String id) {
            return byId.get(id);
        }

        Entity byForm(String form) {
            return byForm.get(form);
        }

        Entity person(RoleStatistic.Person p) {
            Entity e = byId.get(p.id());
            if (e != null && e.known()) {
                return e;
            }
            Entity f = byForm.get(p.form());
            if (f == null) {
                f = byForm.get(p.canonical());
            }
            return f != null ? f : e;
        }
    }

}
