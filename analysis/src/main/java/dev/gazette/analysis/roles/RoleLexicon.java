package dev.gazette.analysis.roles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of titles, read from {@code titles.tsv}: the cores that make a phrase a title, rank
 * and portfolio words, qualifiers of time ("former", "then", "newly appointed"), demonyms, the
 * posts one person holds at a time, and synonyms. It also turns a title as written into the post
 * it names ({@link #post}), the form in which titles of the text and of registries are compared.
 */
final class RoleLexicon {

    private static final RoleLexicon STANDARD = parse(bundled(), "titles.tsv");

    /** Cores, as lists of lower-case words, longest first. */
    final List<List<String>> cores;
    final Set<String> ranks;
    final Set<String> portfolios;
    final Set<String> generic;
    final Set<String> unique;
    final Set<String> uniqueCores;
    final Map<String, String> synonyms;
    /** Qualifier (lower-case words joined by a space) to its tense. */
    final Map<String, Title.Tense> qualifiers;
    /** Demonym (as written) to country name. */
    final Map<String, String> demonyms;
    /** One-word organisation names too vague to tell two organisations apart ("committee"). */
    final Set<String> vagueOrganisations;
    /** What, written just before a title, puts it at the time told ("the regime of"), or {@code null}. */
    final java.util.regex.Pattern thenCue;
    /** The words of multi-word qualifiers ("newly", "appointed"). */
    final Set<String> qualifierWords;
    /** What, anywhere in a sentence, sets it in a past time ("then-", "at the time", "the 1990s"), or {@code null}. */
    final java.util.regex.Pattern pastCue;
    /** What, anywhere in a sentence, sets it in the article's own days ("on Monday", "this week", "now"), or {@code null}. */
    final java.util.regex.Pattern presentCue;
    /** A sentence opening that sets the following sentences of its paragraph in its time ("In 1993, "), or {@code null}. */
    final java.util.regex.Pattern pastFrame;
    /** A sentence that says the rest of the article looks back ("Below is a timeline of ..."), or {@code null}. */
    final java.util.regex.Pattern lookBack;

    private RoleLexicon(List<List<String>> cores, Set<String> ranks, Set<String> portfolios, Set<String> generic,
                        Set<String> unique, Set<String> uniqueCores, Map<String, String> synonyms,
                        Map<String, Title.Tense> qualifiers, Map<String, String> demonyms, Set<String> vagueOrganisations,
                        java.util.regex.Pattern thenCue, java.util.regex.Pattern pastCue,
                        java.util.regex.Pattern presentCue, java.util.regex.Pattern pastFrame,
                        java.util.regex.Pattern lookBack) {
        this.pastFrame = pastFrame;
        this.lookBack = lookBack;
        this.pastCue = pastCue;
        this.presentCue = presentCue;
        this.cores = cores;
        this.ranks = ranks;
        this.portfolios = portfolios;
        this.generic = generic;
        this.unique = unique;
        this.uniqueCores = uniqueCores;
        this.synonyms = synonyms;
        this.qualifiers = qualifiers;
        this.demonyms = demonyms;
        this.vagueOrganisations = vagueOrganisations;
        this.thenCue = thenCue;
        Set<String> words = new HashSet<>();
        for (String q : qualifiers.keySet()) {
            if (q.contains(" ")) {
                words.addAll(List.of(q.split(" ")));
            }
        }
        this.qualifierWords = Set.copyOf(words);
    }

    static RoleLexicon standard() {
        return STANDARD;
    }

    /** True when {@code word} (any case) is a core by itself or begins a multi-word core. */
    boolean isCoreWord(String word) {
        String w = lower(word);
        for (List<String> c : cores) {
            if (c.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The post a title names, in the form compared across texts and registries: lower case,
     * hyphens as spaces, synonyms replaced, "CORE of [the] PORTFOLIO" turned into "PORTFOLIO
     * CORE" ("Secretary of the Treasury" is "treasury secretary", "National Security Advisor"
     * is "national security adviser").
     */
    String post(String title) {
        String t = lower(title).replace('\u2019', '\'').replaceAll("[-\u2010\u2011\u2013]", " ")
                .replaceAll("[^\\p{L}\\p{N}' ]+", " ").replaceAll("\\s+", " ").strip();
        t = applySynonyms(t);
        String[] w = t.split(" ");
        int of = -1;
        for (int i = 1; i < w.length - 1; i++) {
            if (w[i].equals("of")) {
                of = i;
                break;
            }
        }
        if (of > 0) {
            int from = w[of + 1].equals("the") ? of + 2 : of + 1;
            boolean allPortfolio = from < w.length;
            for (int i = from; i < w.length; i++) {
                allPortfolio &= portfolios.contains(w[i]) || w[i].equals("and");
            }
            if (allPortfolio && isCoreWord(w[of - 1])) {
                List<String> out = new ArrayList<>();
                for (int i = from; i < w.length; i++) {
                    out.add(w[i]);
                }
                for (int i = 0; i < of; i++) {
                    out.add(w[i]);
                }
                t = applySynonyms(String.join(" ", out));
            }
        }
        return t;
    }

    private String applySynonyms(String t) {
        String whole = synonyms.get(t);
        if (whole != null) {
            return whole;
        }
        String[] w = t.split(" ");
        StringBuilder b = new StringBuilder();
        for (String x : w) {
            b.append(b.isEmpty() ? "" : " ").append(synonyms.getOrDefault(x, x));
        }
        String out = b.toString();
        return synonyms.getOrDefault(out, out);
    }

    /** True when the post (as {@link #post} gives it) is held by one person at a time. */
    boolean isUnique(String post) {
        if (unique.contains(post)) {
            return true;
        }
        String[] w = post.split(" ");
        if (w.length < 2 || ranks.contains(w[0])) {
            return false;
        }
        return uniqueCores.contains(w[w.length - 1]) && portfolios.contains(w[w.length - 2]);
    }

    /** True when the post is a generic top post ("head"). */
    boolean isGeneric(String post) {
        return generic.contains(post);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static List<String> bundled() {
        try (InputStream in = RoleLexicon.class.getResourceAsStream("titles.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing bundled titles.tsv");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled titles.tsv", e);
        }
    }

    static RoleLexicon parse(List<String> lines, String origin) {
        List<List<String>> cores = new ArrayList<>();
        Set<String> ranks = new HashSet<>();
        Set<String> portfolios = new HashSet<>();
        Set<String> generic = new HashSet<>();
        Set<String> unique = new HashSet<>();
        Set<String> uniqueCores = new HashSet<>();
        Map<String, String> synonyms = new HashMap<>();
        Map<String, Title.Tense> qualifiers = new HashMap<>();
        Map<String, String> demonyms = new HashMap<>();
        Set<String> vague = new HashSet<>();
        List<String> cues = new ArrayList<>();
        List<String> pastCues = new ArrayList<>();
        List<String> presentCues = new ArrayList<>();
        List<String> frames = new ArrayList<>();
        List<String> lookBacks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            String where = origin + ":" + (i + 1) + ": ";
            if (f.length < 2) {
                throw new IllegalArgumentException(where + "expected KIND<TAB>WORDS");
            }
            String kind = f[0].strip();
            String words = f[1].strip();
            String low = lower(words).replace('-', ' ');
            switch (kind) {
                case "core" -> cores.add(List.of(low.split(" ")));
                case "rank" -> ranks.add(low);
                case "portfolio" -> portfolios.add(low);
                case "generic" -> generic.add(low);
                case "unique" -> {
                    if (low.startsWith("* ")) {
                        uniqueCores.add(low.substring(2));
                    } else {
                        unique.add(low);
                    }
                }
                case "synonym" -> {
                    if (f.length != 3) {
                        throw new IllegalArgumentException(where + "expected synonym<TAB>WORDS<TAB>SAME");
                    }
                    synonyms.put(low, lower(f[2].strip()).replace('-', ' '));
                }
                case "former" -> qualifiers.put(low, Title.Tense.FORMER);
                case "then" -> qualifiers.put(low, Title.Tense.THEN);
                case "late" -> qualifiers.put(low, Title.Tense.LATE);
                case "new" -> qualifiers.put(low, Title.Tense.NEW);
                case "designate" -> qualifiers.put(low, Title.Tense.DESIGNATE);
                case "vague-organisation" -> vague.add(low);
                case "then-cue", "past-cue", "present-cue", "past-frame", "look-back" -> {
                    try {
                        java.util.regex.Pattern.compile(words);
                    } catch (java.util.regex.PatternSyntaxException e) {
                        throw new IllegalArgumentException(where + "bad pattern: " + e.getDescription());
                    }
                    List<String> into = switch (kind) {
                        case "then-cue" -> cues;
                        case "past-cue" -> pastCues;
                        case "present-cue" -> presentCues;
                        case "past-frame" -> frames;
                        default -> lookBacks;
                    };
                    into.add(words);
                }
                case "current" -> qualifiers.put(low, Title.Tense.CURRENT);
                case "demonym" -> {
                    if (f.length != 3) {
                        throw new IllegalArgumentException(where + "expected demonym<TAB>ADJECTIVE<TAB>COUNTRY");
                    }
                    demonyms.put(words, f[2].strip());
                }
                default -> throw new IllegalArgumentException(where + "unknown kind '" + kind + "'; use core, rank, "
                        + "portfolio, generic, unique, synonym, former, then, late, new, designate, current, demonym, "
                        + "vague-organisation, "
                        + "then-cue, past-cue, present-cue, past-frame or look-back");
            }
        }
        cores.sort((a, b) -> Integer.compare(b.size(), a.size()));
        return new RoleLexicon(List.copyOf(cores), Set.copyOf(ranks), Set.copyOf(portfolios), Set.copyOf(generic),
                Set.copyOf(unique), Set.copyOf(uniqueCores), Map.copyOf(synonyms), Map.copyOf(qualifiers),
                Map.copyOf(demonyms), Set.copyOf(vague), alternatives(cues), alternatives(pastCues),
                alternatives(presentCues), alternatives(frames), alternatives(lookBacks));
    }

    /** One case-insensitive pattern matching any of {@code patterns}, or {@code null} when there are none. */
    private static java.util.regex.Pattern alternatives(List<String> patterns) {
        return patterns.isEmpty() ? null : java.util.regex.Pattern.compile("(?:" + String.join(")|(?:", patterns) + ")",
                java.util.regex.Pattern.CASE_INSENSITIVE);
    }
}
