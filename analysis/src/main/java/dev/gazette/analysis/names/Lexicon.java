package dev.gazette.analysis.names;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists of {@code lexicon.yaml}: what tells a name from the words around it (titles,
 * particles, demonyms, organisation and place words). Immutable; read once.
 */
final class Lexicon {

    private static final String RESOURCE = "lexicon.yaml";

    final Set<String> articles;
    final Set<String> servants;
    final Map<String, String> normalParticles;
    final Set<String> keepParticles;
    final Phrases titles;
    final Set<String> demonyms;
    final Phrases demonymPhrases;
    final Set<String> commonWords;
    /** Days, months and feasts: a capitalised word that dates what is said of a name, never part of it ("in Valmora Monday"). */
    final Set<String> calendarWords;
    final Set<String> notAcronyms;
    final Set<String> abbreviations;
    final Set<String> contractions;
    final Set<String> prefixes;
    final Set<String> connectors;
    /** Words of direction that make another place of the name after them ("West Virginia"). */
    final Set<String> directions;
    /** Words that qualify a place and leave it the place ("Greater", "Mainland"): no group named after it. */
    final Set<String> placeQualifiers;
    /** Words that end a body's long name after its short name ("Quell Minerals", "Quell Festival"): the short name is it. */
    final Set<String> shortFormEnds;
    /** Nouns that end the name of an event named after a place or a person ("Quell Yatra"): no person's surname. */
    final Set<String> eventNouns;
    /** The words before a state's name in its formal name ("republic of", "kingdom of the"), as written there. */
    final Set<String> stateForms;
    /** Class nouns of named buildings, which are named by their name alone too ("al-Shifa Hospital"). */
    final Set<String> classNouns;
    /** Lower-case class nouns that make an institution of the name before them ("the Smith foundation"). */
    final Set<String> ownerNouns;
    /** What follows a news organisation's name to name its news service ("News", "News Agency"). */
    final Phrases mediaNouns;
    /** Function words written in capitals for emphasis ("it IS"), and the words around that tell it. */
    final Set<String> emphasis;
    final Set<String> emphasisBefore;
    final Set<String> emphasisAfter;
    final Set<String> determiners;
    final Set<String> prepositions;
    final Set<String> joinAfter;
    final Set<String> orgHeads;
    final Set<String> placeWords;
    final Set<String> places;
    /**
     * The places of the gazetteer written as two names coordinated by "and" ("valmora and quell"), as word lists,
     * by their first word: one place, which none of its conjuncts names.
     */
    final Map<String, List<List<String>>> coordinatedPlaces;
    final Set<String> givenNames;
    final Set<String> personVerbs;
    final Set<String> placeBefore;
    /** English endings folded when organisation names are compared, longest first. */
    final List<Map.Entry<String, String>> orgSuffixes;
    /** The endings of {@link #orgSuffixes} that spell one word two ways (British and American), longest first. */
    final List<Map.Entry<String, String>> spellingSuffixes;
    /** Legal forms after a company's name ("co", "inc", "ltd"). */
    final Set<String> legalForms;
    /** A romanised syllable: the lower-case parts of a hyphenated given name ("Lem Tae-un"). */
    final Pattern givenNameSyllable;
    /** English words after a hyphen that pass {@link #givenNameSyllable} but end a name ("Quell-run"). */
    final Set<String> hyphenWords;

    private Lexicon(JsonNode root) {
        JsonNode particles = root.path("particles");
        articles = words(particles.path("article"));
        servants = words(particles.path("servant"));
        Map<String, String> normal = new HashMap<>();
        particles.path("normal").properties().forEach(e -> {
            String canonical = lower(e.getKey());
            normal.put(canonical, canonical);
            for (JsonNode v : e.getValue()) {
                normal.put(lower(v.asText()), canonical);
            }
        });
        normalParticles = Collections.unmodifiableMap(normal);
        keepParticles = words(particles.path("keep"));
        titles = new Phrases(words(root.path("titles")));
        Set<String> dem = words(root.path("demonyms"));
        demonyms = dem;
        demonymPhrases = new Phrases(dem);
        commonWords = words(root.path("commonWords"));
        calendarWords = words(root.path("calendarWords"));
        notAcronyms = words(root.path("notAcronyms"));
        abbreviations = words(root.path("abbreviations"));
        contractions = words(root.path("contractions"));
        prefixes = words(root.path("prefixes"));
        connectors = words(root.path("connectors"));
        directions = words(root.path("directions"));
        placeQualifiers = words(root.path("placeQualifiers"));
        shortFormEnds = words(root.path("shortFormEnds"));
        eventNouns = words(root.path("eventNouns"));
        stateForms = words(root.path("stateForms"));
        classNouns = words(root.path("classNouns"));
        ownerNouns = words(root.path("ownerNouns"));
        mediaNouns = new Phrases(words(root.path("mediaNouns")));
        emphasis = words(root.path("emphasis"));
        emphasisBefore = words(root.path("emphasisBefore"));
        emphasisAfter = words(root.path("emphasisAfter"));
        determiners = words(root.path("determiners"));
        prepositions = words(root.path("prepositions"));
        joinAfter = words(root.path("joinAfter"));
        orgHeads = words(root.path("orgHeads"));
        placeWords = words(root.path("placeWords"));
        places = words(root.path("places"));
        Map<String, List<List<String>>> coordinated = new HashMap<>();
        for (String p : places) {
            List<String> w = List.of(p.split(" "));
            if (w.size() >= 3 && w.contains("and") && !w.get(0).equals("and")) {
                coordinated.computeIfAbsent(w.get(0), k -> new ArrayList<>()).add(w);
            }
        }
        coordinatedPlaces = Map.copyOf(coordinated);
        givenNames = words(root.path("givenNames"));
        personVerbs = words(root.path("personVerbs"));
        placeBefore = words(root.path("placeBefore"));
        orgSuffixes = suffixes(root.path("orgSuffixes"));
        spellingSuffixes = suffixes(root.path("spellingSuffixes"));
        legalForms = words(root.path("legalForms"));
        givenNameSyllable = Pattern.compile(root.path("givenNameSyllable").asText("(?!)"));
        hyphenWords = words(root.path("hyphenWords"));
    }

    private static List<Map.Entry<String, String>> suffixes(JsonNode s) {
        Map<String, String> suffixes = new LinkedHashMap<>();
        if (s.isArray()) {
            for (JsonNode v : s) {
                suffixes.put(lower(v.asText()), "");
            }
        } else {
            s.properties().forEach(e -> suffixes.put(lower(e.getKey()), lower(e.getValue().asText(""))));
        }
        List<Map.Entry<String, String>> list = new ArrayList<>(suffixes.entrySet());
        list.sort((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()));
        return List.copyOf(list);
    }

    /** The bundled lexicon. */
    static Lexicon standard() {
        return Holder.STANDARD;
    }

    static Lexicon parse(InputStream in) throws IOException {
        return new Lexicon(new ObjectMapper(new YAMLFactory()).readTree(in));
    }

    /**
     * True when {@code surface} is one word of four letters or more in capitals that is a place of
     * the gazetteer ("WASHINGTON", "TEHRAN" in a dateline): the place written in capitals, not an
     * acronym.
     */
    boolean placeInCapitals(String surface) {
        if (surface.length() < 4) {
            return false;
        }
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (!Character.isUpperCase(c) && !(i > 0 && NameKeys.isHyphen(c))) {
                return false;
            }
        }
        return places.contains(surface.toLowerCase(Locale.ROOT));
    }

    /**
     * True when a name is written as a nasab: a first word that is no particle, then a word that is an article
     * joined to a name ("Al-Idris", "el-Dawud", or "Al Idris" written apart) or a kinship word ("bin", "ibn"):
     * a given name followed by the chain of its father's names.
     */
    boolean nasab(String surface) {
        String[] w = surface.strip().split("\\s+");
        if (w.length < 2) {
            return false;
        }
        String first = NameKeys.fold(w[0]);
        if (articles.contains(first.split("[-\u2010\u2011]")[0]) || keepParticles.contains(first)
                || normalParticles.containsKey(first)) {
            return false;
        }
        String second = NameKeys.fold(w[1]);
        int hy = second.indexOf('-');
        if (hy > 0 && articles.contains(second.substring(0, hy)) && hy + 1 < second.length()) {
            return true;
        }
        return w.length >= 3 && articles.contains(second) || normalParticles.containsKey(second);
    }

    /** True when {@code lower} is any kind of name particle. */
    boolean isParticle(String lower) {
        return articles.contains(lower) || servants.contains(lower) || normalParticles.containsKey(lower)
                || keepParticles.contains(lower);
    }

    /** The organisation-comparison form of a folded word: a known English ending replaced. */
    String orgStem(String folded) {
        return stem(folded, orgSuffixes, 4);
    }

    /** A folded word with a British or American spelling ending replaced by one spelling ("defence" to "defense"). */
    String spellingStem(String folded) {
        return stem(folded, spellingSuffixes, 3);
    }

    private static String stem(String folded, List<Map.Entry<String, String>> suffixList, int minStem) {
        for (Map.Entry<String, String> e : suffixList) {
            String suffix = e.getKey();
            if (folded.length() >= suffix.length() + minStem && folded.endsWith(suffix)
                    && !(suffix.equals("s") && folded.endsWith("ss"))) {
                return folded.substring(0, folded.length() - suffix.length()) + e.getValue();
            }
        }
        return folded;
    }

    private static Set<String> words(JsonNode list) {
        Set<String> out = new HashSet<>();
        for (JsonNode v : list) {
            out.add(lower(v.asText()));
        }
        return Collections.unmodifiableSet(out);
    }

    static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    /** A set of one- or multi-word phrases, matched longest first against lower-case words. */
    static final class Phrases {
        private final Set<String> phrases;
        private final int maxWords;

        Phrases(Set<String> phrases) {
            Set<String> normalised = new HashSet<>();
            int max = 1;
            for (String p : phrases) {
                String n = p.replace('.', ' ').replace('-', ' ').trim().replaceAll("\\s+", " ");
                normalised.add(n);
                max = Math.max(max, n.split(" ").length);
            }
            this.phrases = Collections.unmodifiableSet(normalised);
            this.maxWords = max;
        }

        /**
         * The number of words of the longest phrase starting at {@code from} in {@code words}
         * (lower-case, without dots), at most {@code limit} words; 0 when none matches.
         */
        int match(List<String> words, int from, int limit) {
            int best = 0;
            StringBuilder sb = new StringBuilder();
            int n = Math.min(limit, Math.min(maxWords, words.size() - from));
            for (int k = 0; k < n; k++) {
                if (k > 0) {
                    sb.append(' ');
                }
                sb.append(words.get(from + k).replace('.', ' ').replace('-', ' ').trim());
                if (phrases.contains(sb.toString())) {
                    best = k + 1;
                }
            }
            return best;
        }

        boolean contains(String phrase) {
            return phrases.contains(phrase);
        }
    }

    private static final class Holder {
        static final Lexicon STANDARD = load();

        private static Lexicon load() {
            try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing bundled " + RESOURCE);
                }
                return parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled " + RESOURCE, e);
            }
        }
    }
}
