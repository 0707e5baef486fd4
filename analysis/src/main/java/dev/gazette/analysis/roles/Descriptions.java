package dev.gazette.analysis.roles;

import dev.gazette.analysis.names.EntityType;
import dev.gazette.analysis.names.Mention;
import dev.gazette.model.Article;
import dev.gazette.model.Paragraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the people an article refers to by a description built from a title ("the Iranian
 * minister", "the top Iranian diplomat", "the Iraqi advisor") and resolves each to the person
 * last mentioned before it whose title fits: a title of the same country (the demonym) with the
 * same head word, or any title of that country for "official" and "diplomat". A description
 * directly followed by a name is that name's title, not a description.
 */
final class Descriptions {

    /** Heads that fit any title of the country. */
    private static final Set<String> ANY_TITLE = Set.of("official", "diplomat", "envoy", "delegate", "representative");
    private static final String HEADS = "ministers?|diplomat|officials?|envoy|delegate|representative|advis[eo]r|secretary"
            + "|president|premier|leader|commander|chief|spokes(?:man|woman|person)|general|chairman|head";

    private final RoleLexicon lexicon;
    private final Pattern pattern;

    Descriptions(RoleLexicon lexicon) {
        this.lexicon = lexicon;
        List<String> demonyms = new ArrayList<>(lexicon.demonyms.keySet());
        demonyms.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder alternatives = new StringBuilder();
        for (String d : demonyms) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(d));
        }
        this.pattern = Pattern.compile("\\b[Tt]he\\s+(?:(?:top|senior|visiting|chief|leading)\\s+)?(" + alternatives
                + ")\\s+((?:[a-z]+\\s+){0,2}?)(" + HEADS + ")\\b(?!['\u2019]s)(?!\\s+\\p{Lu})");
    }

    /**
     * The descriptions of an article resolved to people, in text order.
     *
     * @param mentions  the article's mentions
     * @param titles    the titles the article gives them
     * @param countries the entity id of a country by name
     */
    List<TitleFinder.Description> find(Article article, List<Mention> mentions, List<Title> titles,
                                       Function<String, String> countries) {
        Map<String, List<Title>> byPerson = new HashMap<>();
        for (Title t : titles) {
            byPerson.computeIfAbsent(t.person().entityId(), k -> new ArrayList<>()).add(t);
        }
        if (byPerson.isEmpty()) {
            return List.of();
        }
        Set<Integer> starts = new HashSet<>();
        for (Mention m : mentions) {
            starts.add(m.start());
        }
        List<TitleFinder.Description> out = new ArrayList<>();
        for (Paragraph p : article.paragraphs()) {
            Matcher m = pattern.matcher(p.text());
            while (m.find()) {
                int start = p.rawOffset(m.start());
                int end = p.rawOffset(m.end());
                if (starts.contains(end) || starts.contains(end + 1)) {
                    continue; // "the Iranian Foreign Minister Abbas ...": a title before a name
                }
                String country = countries.apply(lexicon.demonyms.get(m.group(1)));
                String head = lexicon.post(m.group(3).replaceAll("s$", ""));
                String modifiers = m.group(2).strip();
                Mention referent = referent(mentions, byPerson, start, country, head, modifiers);
                if (referent != null) {
                    out.add(new TitleFinder.Description(start, end, article.raw().substring(start, end), referent));
                }
            }
        }
        return out;
    }

    /** The person mentioned last before {@code start} with a title of {@code country} that fits {@code head}. */
    private Mention referent(List<Mention> mentions, Map<String, List<Title>> byPerson, int start, String country,
                             String head, String modifiers) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.start() >= start) {
                break;
            }
            if (m.type() != EntityType.PERSON || !byPerson.containsKey(m.entityId())) {
                continue;
            }
            for (Title t : byPerson.get(m.entityId())) {
                if (country != null && t.ofs().contains(country) && fits(t.post(), head, modifiers)) {
                    best = m;
                    break;
                }
            }
        }
        return best;
    }

    private boolean fits(String post, String head, String modifiers) {
        if (ANY_TITLE.contains(head)) {
            return true;
        }
        List<String> words = List.of(post.split(" "));
        if (!words.contains(head)) {
            return false;
        }
        for (String w : modifiers.isEmpty() ? new String[0] : modifiers.split("\\s+")) {
            if (lexicon.portfolios.contains(w) && !words.contains(w)) {
                return false; // "the Iranian foreign minister" is no interior minister
            }
        }
        return true;
    }
}
