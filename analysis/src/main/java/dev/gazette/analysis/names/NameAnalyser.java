package dev.gazette.analysis.names;

import dev.gazette.analysis.names.MentionExtractor.Candidate;
import dev.gazette.analysis.names.MentionExtractor.Definition;
import dev.gazette.analysis.names.NameKeys.NameKey;
import dev.gazette.analysis.text.ArticleText;
import dev.gazette.model.Dateline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names of one article: the extracted candidates, filtered (a capital that only opens a
 * sentence is not a name unless the article or the registry knows it as one), with
 * in-article coreference: a partial mention ("al-Maliki", "Gaddafi", "Ahmadi-Nejad")
 * resolves to the one full name of the article it ends, and an acronym to the long form
 * the article defines for it. Deterministic, so the statistics pass and the check pass see
 * the same names.
 */
final class NameAnalyser {

    private static final Pattern WORD_BREAK = Pattern.compile("[ -]+");
    private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.)+");

    /** How a mention relates to the article's names. */
    enum Relation {
        /** A name of two or more words, standing for itself. */
        FULL,
        /** A one-word name with no full name in the article that it could be part of. */
        SINGLE,
        /** A one-word name that ends several different full names of the article. */
        AMBIGUOUS,
        /** Part of one full name of the article, resolved to it. */
        PARTIAL,
        /** An acronym; resolved to its long form when the article defines it. */
        ACRONYM
    }

    /**
     * One name in the article.
     *
     * @param candidate the extracted candidate
     * @param key       its comparison key
     * @param relation  how it relates to the article's other names
     * @param root      the surface it stands for: itself, its full name, or its acronym's long form
     */
    record Found(Candidate candidate, NameKey key, Relation relation, String root) {
        String surface() {
            return candidate.surface();
        }
    }

    private final MentionExtractor extractor;
    private final NameKeys keys;
    private final Map<String, String> known;

    /**
     * @param known the keys ({@link NameKey#concat()}) of names the registry knows, with the id of
     *              their entity; they count as names even when they only open sentences
     */
    NameAnalyser(NameKeys keys, Map<String, String> known) {
        this.keys = keys;
        this.extractor = new MentionExtractor(keys.lexicon());
        this.known = Map.copyOf(known);
    }

    /**
     * Signatures two forms share when they could name one entity: their consonants, their last
     * word, their initials (an acronym's letters), their registry entity.
     */
    List<String> signatures(String surface, NameKey key) {
        List<String> out = new ArrayList<>(4);
        if (key.acronym()) {
            out.add("i:" + key.concat().substring(1));
        } else {
            out.add("s:" + key.skeleton());
            out.add("l:" + key.last());
            StringBuilder initials = new StringBuilder();
            for (String w : WORD_BREAK.split(NameKeys.fold(surface))) {
                if (!w.isEmpty() && !keys.lexicon().isParticle(w) && !keys.lexicon().connectors.contains(w)) {
                    initials.append(Character.toUpperCase(w.charAt(0)));
                }
            }
            if (initials.length() > 1) {
                out.add("i:" + initials);
            }
        }
        String id = known.get(key.concat());
        if (id != null) {
            out.add("r:" + id);
        }
        return out;
    }

    NameKeys keys() {
        return keys;
    }

    /** The article's names, in text order, from the body paragraphs of its text (their shared tokens). */
    List<Found> analyse(ArticleText text) {
        return analyse(text, null, null);
    }

    /**
     * The article's names, in text order: the place of its {@code dateline} (which the parser takes off
     * the first paragraph; {@code raw} is the article's raw text), then the names of the body paragraphs.
     */
    List<Found> analyse(ArticleText text, Dateline dateline, String raw) {
        MentionExtractor.Result r = extractor.extract(text.units(false));
        List<Candidate> cands = r.candidates();
        List<Definition> definitions = r.definitions();
        Candidate place = datelinePlace(dateline, raw, text.units(false).isEmpty());
        if (place != null) {
            cands = new ArrayList<>(cands.size() + 1);
            cands.add(place);
            cands.addAll(r.candidates());
            definitions = new ArrayList<>(r.definitions().size());
            for (Definition d : r.definitions()) {
                definitions.add(new Definition(d.acronym() + 1, d.longForm() + 1));
            }
        }
        Map<Integer, String> unitTexts = new HashMap<>();
        for (dev.gazette.analysis.text.TextUnit u : text.units(false)) {
            unitTexts.putIfAbsent(u.paragraph().index(), u.text());
        }
        Map<String, NameKey> keyCache = new HashMap<>();
        List<NameKey> candKeys = new ArrayList<>(cands.size());
        for (Candidate c : cands) {
            candKeys.add(keyCache.computeIfAbsent(rootOf(c), s -> keys.key(s, false)));
        }

        // full names of people: two or more words, with some person cue (a title, a given name, a
        // particle, a verb of speech) and no stronger organisation or place cue
        Map<String, List<Integer>> fullByKey = new LinkedHashMap<>();
        Set<String> lastWords = new HashSet<>();
        Set<String> nonInitial = new HashSet<>();
        // one-word names written inside a sentence with no organisation or place cue: a name of two or
        // more words with no cue at all whose last word the article also writes so alone is a person
        // named in full and then by surname ("Amanda Danielson ... Danielson said"), the way news copy
        // names people; a place or an organisation is not referred to by its last word
        // (a surname opening a sentence counts too when it is no English word: "Quellmark later
        // withdrew", "Quellmark is chief executive" after "businessman Orvane Quellmark")
        Set<String> alone = new HashSet<>();
        // one-word names the article also writes with an organisation's or a place's cue ("in Quell")
        Set<String> aloneOtherwise = new HashSet<>();
        // one-word names written with a person's title ("Ms Quellmark", "Mr. Tamar"): a surname, whatever words
        // the full name opens with
        Set<String> titledAlone = new HashSet<>();
        // where each such one-word name is first written alone
        Map<String, Integer> firstAlone = new HashMap<>();
        for (int i = 0; i < cands.size(); i++) {
            Candidate c = cands.get(i);
            NameKey k = candKeys.get(i);
            if (!c.acronym() && k.size() == 1 && c.role() != null && personLike(c.votes())) {
                titledAlone.add(k.lastSpelled());
            }
            if (!c.acronym() && k.size() == 1 && personLike(c.votes())
                    && (!c.sentenceInitial() || !ENGLISH.isCommonWord(k.lastSpelled())
                        && !keys.lexicon().commonWords.contains(k.lastSpelled()))) {
                alone.add(k.lastSpelled());
                firstAlone.putIfAbsent(k.lastSpelled(), i);
            }
            if (!c.acronym() && k.size() == 1 && (c.votes()[1] > 0 || c.votes()[2] > 0)) {
                aloneOtherwise.add(k.lastSpelled());
            }
        }
        for (int i = 0; i < cands.size(); i++) {
            Candidate c = cands.get(i);
            NameKey k = candKeys.get(i);
            if (!c.sentenceInitial()) {
                nonInitial.add(c.surface());
            }
            boolean cued = c.votes()[0] > 0
                    || noCue(c.votes()) && alone.contains(k.lastSpelled()) && givenNamePart(c.surface(), false)
                    // a surname that is no English word, written alone, after a first word that is one ("Faith
                    // Quellmark ... Quellmark"): the English word is the given name, unless it names an organisation,
                    // a place or a building
                    // (a given name and a surname only, initials aside, and the surname never written alone with
                    // a place's or an organisation's cue: not "Operation Quell Tamar" ... "in Tamar")
                    || noCue(c.votes()) && alone.contains(k.lastSpelled()) && !englishWord(k.lastSpelled())
                        && !aloneOtherwise.contains(k.lastSpelled()) && nameWords(c.surface()) == 2
                        && givenNamePart(c.surface(), true)
                    // a full name with no cue whose last word the article writes alone with a person's title
                    // ("Sarit Quellmark ... Ms Quellmark", "Faith Dale Tamar ... Mr Tamar"): the title says it is a
                    // surname, so the words before it are given names when none is a word of an organisation, a
                    // place, a building or an office, an acronym or a possessive (English words and places can be
                    // given names: "Georgia", "Grace")
                    || noCue(c.votes()) && titledAlone.contains(k.lastSpelled()) && spaced(c.surface())
                        && !aloneOtherwise.contains(k.lastSpelled()) && nameWords(c.surface()) >= 2
                        && nameWords(c.surface()) <= 3 && givenNamesBefore(c.surface()) && !openingWord(c, k)
                    // a name of two words with no cue whose first word the article writes alone as a person's,
                    // never with a place's or an organisation's cue ("Sarit Quellmark ... Sarit said"): a given name
                    // and a surname, when neither word is a place of the gazetteer, the surname is no English word
                    // and is not written alone too (two names side by side: "Quell Tamar" after "Quell" and "Tamar"),
                    // and the full name comes first (a person is introduced in full; a company by its own name:
                    // "Quell said ... the Quell Tamarex venture"),
                    // nor an event's noun ("Quell Yatra" after "Quell": a place before the event named after it)
                    || noCue(c.votes()) && k.size() == 2 && nameWords(c.surface()) == 2 && spaced(c.surface())
                        && alone.contains(k.spelled().get(0)) && !aloneOtherwise.contains(k.spelled().get(0))
                        && !alone.contains(k.lastSpelled()) && firstAlone.get(k.spelled().get(0)) > i
                        && !englishWord(k.lastSpelled()) && !keys.lexicon().places.contains(k.lastSpelled())
                        && !keys.lexicon().places.contains(k.spelled().get(0)) && givenNamesBefore(c.surface())
                        && !openingWord(c, k) && !keys.lexicon().eventNouns.contains(k.lastSpelled());
            // (people take no article: a name written right after "the" is a body's or a building's, "the Quell House")
            if (!c.acronym() && k.size() >= 2 && cued && personLike(c.votes()) && !hasConnector(c.surface())
                    && !afterThe(c, unitTexts)) {
                fullByKey.computeIfAbsent(k.concat(), x -> new ArrayList<>()).add(i);
                lastWords.add(k.lastSpelled());
            }
        }
        Map<String, String> representative = new HashMap<>();
        List<NameKey> maximal = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : fullByKey.entrySet()) {
            representative.put(e.getKey(), mostFrequentSurface(cands, e.getValue()));
            NameKey f = candKeys.get(e.getValue().get(0));
            boolean inside = false;
            for (List<Integer> other : fullByKey.values()) {
                NameKey g = candKeys.get(other.get(0));
                inside |= g.size() > f.size() && endsWith(g, f);
            }
            if (!inside) {
                maximal.add(f);
            }
        }

        // the given name of each person named in full ("Sarit" of "Sarit Quellani", "Tamar" of "QT Tamar Idrisi"):
        // written alone it names that person when no other full name of the article opens with it or ends with it
        // (two people of one given name, or a given name that is also someone's surname, say nothing)
        Map<String, Set<String>> byGivenName = new HashMap<>();
        for (Map.Entry<String, List<Integer>> e : fullByKey.entrySet()) {
            String given = givenWord(representative.get(e.getKey()));
            if (given != null) {
                byGivenName.computeIfAbsent(given, x -> new HashSet<>()).add(e.getKey());
            }
        }
        // a given name written inside another name of the article of several words ("Tamar Aluminium Works",
        // "councillors Tamar Quell" glued to a word before it) says nothing alone: only the one full name holds it
        Map<String, Set<String>> holders = new HashMap<>();
        for (int i = 0; i < cands.size(); i++) {
            NameKey k = candKeys.get(i);
            for (int w = 0; w < k.size() - 1 && k.size() >= 2; w++) {
                holders.computeIfAbsent(k.spelled().get(w), x -> new HashSet<>()).add(k.concat());
            }
        }
        Map<String, NameKey> byConcat = new HashMap<>();
        for (NameKey k : candKeys) {
            byConcat.putIfAbsent(k.concat(), k);
        }
        Map<String, String> givenNameOf = new HashMap<>();
        for (NameKey f : maximal) {
            String given = givenWord(representative.get(f.concat()));
            if (given == null || byGivenName.getOrDefault(given, Set.of()).size() != 1 || lastWords.contains(given)) {
                continue;
            }
            boolean only = true;
            for (String h : holders.getOrDefault(given, Set.of())) {
                NameKey g = byConcat.get(h);
                only &= h.equals(f.concat()) || g.size() <= f.size() && endsWith(f, g) || g.size() > f.size() && endsWith(g, f);
            }
            if (only) {
                givenNameOf.put(given, f.concat());
            }
        }

        Map<String, String> shortForms = shortForms(cands, candKeys, lastWords, byGivenName.keySet(), fullByKey.keySet());

        Map<String, String> defined = new HashMap<>();
        for (Definition d : definitions) {
            defined.putIfAbsent(cands.get(d.acronym()).surface(), cands.get(d.longForm()).surface());
        }

        List<Found> out = new ArrayList<>(cands.size());
        for (int i = 0; i < cands.size(); i++) {
            Candidate c = cands.get(i);
            NameKey k = candKeys.get(i);
            if (c.acronym()) {
                String longForm = defined.get(c.surface());
                if (longForm == null && shortForms.containsKey(k.concat())) {
                    out.add(new Found(c, k, Relation.PARTIAL, shortForms.get(k.concat())));
                    continue;
                }
                out.add(new Found(c, k, Relation.ACRONYM, longForm == null ? c.surface() : longForm));
                continue;
            }
            String givenOf = k.size() == 1 ? givenNameOf.get(k.lastSpelled()) : null;
            if (k.size() == 1 && c.sentenceInitial() && !keepInitial(c, k, nonInitial, lastWords)
                    && (givenOf == null || ENGLISH.isCommonWord(k.lastSpelled()))) {
                continue;
            }
            // a surname whose only other cue is the preposition before it ("according to Quellmark", "the
            // suspension of Quellmark") is the person the article names in full with it, when there is one
            boolean weakPlace = k.size() == 1 && c.votes()[0] == 0 && c.votes()[1] == 0 && c.votes()[2] == 1;
            String body = shortForms.get(k.concat());
            if (!personLike(c.votes()) && !weakPlace) {
                out.add(body != null ? new Found(c, k, Relation.PARTIAL, body)
                        : new Found(c, k, k.size() >= 2 ? Relation.FULL : Relation.SINGLE, rootOf(c)));
                continue;
            }
            String match = null;
            int matches = 0;
            for (NameKey f : maximal) {
                if (f.size() > k.size() && endsWith(f, k) && !fathersName(f, k, c.surface())) {
                    matches++;
                    match = f.concat();
                }
            }
            if (weakPlace && (matches != 1 || otherBearer(candKeys, k, byConcat.get(match)))) {
                out.add(body != null && matches == 0 ? new Found(c, k, Relation.PARTIAL, body)
                        : new Found(c, k, Relation.SINGLE, rootOf(c)));
                continue;
            }
            // a relative named in full with no cue of her own ("Orvane Quellmark said ... his daughter Sarit
            // Quellmark"): two bearers of the surname, so the surname alone names neither
            if (matches == 1 && k.size() == 1 && otherPerson(cands, candKeys, k, byConcat.get(match))) {
                out.add(new Found(c, k, Relation.AMBIGUOUS, c.surface()));
                continue;
            }
            if (matches == 1) {
                out.add(new Found(c, k, Relation.PARTIAL, representative.get(match)));
            } else if (matches == 0 && givenOf != null) {
                out.add(new Found(c, k, Relation.PARTIAL, representative.get(givenOf)));
            } else if (matches == 0 && body != null && c.role() == null) {
                out.add(new Found(c, k, Relation.PARTIAL, body));
            } else if (k.size() >= 2) {
                out.add(new Found(c, k, Relation.FULL, c.surface()));
            } else {
                out.add(new Found(c, k, matches > 1 ? Relation.AMBIGUOUS : Relation.SINGLE, c.surface()));
            }
        }
        return out;
    }

    /**
     * The short forms of the bodies the article names in full, by key ({@link NameKey#concat()}), with the long name
     * each stands for: the opening words of a longer name of the article ("Quell" of "Quell Minerals", "QML" of "QML
     * Holdings", "Quell" of "Quell Iron Mines") when what follows them says what the body is (one word of
     * {@code shortFormEnds}, alone or after an English word; not a legal form alone), or is a place of the gazetteer after a
     * short name that is no English word ("Quell Valmora"), or is "of" and such a place after a short name holding an
     * organisation's word ("Quell Court of Valmora"). Not a name joined by a hyphen or a slash ("Quell-Tamar"), nor
     * the last words of a longer name (after a demonym they are another name: "Valmoran Quellites" / "Quellites").
     * Not the words of an organisation named after a place or a person
     * ("Quell Council", "Quell University": the place alone is the place). Only a short form that one long name of
     * the article gives is kept, and none that is a place of the gazetteer, is typed a place or written with a title
     * in the article, or is a person's name, surname or given name there. Article-level work: the clusterer sees the
     * long name.
     */
    private Map<String, String> shortForms(List<Candidate> cands, List<NameKey> candKeys, Set<String> surnames,
                                           Set<String> givenNames, Set<String> people) {
        Lexicon lex = keys.lexicon();
        Map<String, List<String>> present = new HashMap<>();
        Set<String> acronyms = new HashSet<>();
        Set<String> excluded = new HashSet<>();
        for (int i = 0; i < cands.size(); i++) {
            Candidate c = cands.get(i);
            NameKey k = candKeys.get(i);
            present.putIfAbsent(k.concat(), foldedWords(c.surface()));
            if (k.acronym()) {
                acronyms.add(k.concat());
            }
            if (c.role() != null || c.votes()[2] >= 2 || lex.places.contains(NameKeys.fold(c.surface()))
                    || k.size() == 1 && (surnames.contains(k.lastSpelled()) || givenNames.contains(k.lastSpelled()))
                    || people.contains(k.concat())) {
                excluded.add(k.concat());
            }
        }
        // the names of the article by their words, so that a long name looks up its opening words only
        Map<List<String>, List<String>> byWords = new HashMap<>();
        for (Map.Entry<String, List<String>> e : present.entrySet()) {
            byWords.computeIfAbsent(e.getValue(), x -> new ArrayList<>()).add(e.getKey());
        }
        Map<String, Set<String>> longOf = new HashMap<>();
        Map<String, String> surfaceOf = new HashMap<>();
        for (int i = 0; i < cands.size(); i++) {
            Candidate c = cands.get(i);
            NameKey l = candKeys.get(i);
            if (c.acronym() || l.size() < 2 || c.role() != null || hasNameBreak(c.surface())) {
                continue;
            }
            List<String> lw = foldedWords(c.surface());
            for (int n = 1; n < lw.size(); n++) {
                List<String> sw = lw.subList(0, n);
                for (String shortKey : byWords.getOrDefault(sw, List.of())) {
                    if (excluded.contains(shortKey) || shortKey.equals(l.concat())
                            || String.join("", sw).length() < 3 || n == 1 && lex.legalForms.contains(sw.get(0))) {
                        continue;
                    }
                    boolean acronym = acronyms.contains(shortKey);
                    String shortText = String.join(" ", sw);
                    List<String> rest = lw.subList(n, lw.size());
                    String last = rest.get(rest.size() - 1);
                    String restText = String.join(" ", rest);
                    boolean noConnector = rest.stream().noneMatch(lex.connectors::contains);
                    boolean describes = rest.size() == 1 || rest.size() == 2 && englishWord(rest.get(0))
                            && !lex.orgHeads.contains(rest.get(0));
                    // not before a legal form alone ("Quell Inc ... Quell"): the clusterer joins a company and its
                    // legal form already, and resolving it here only moves the entity's counts (Reuters-21578: canonical
                    // forms such as "IBM Company", "Boston Inc" and false merges)
                    boolean body = noConnector && describes && lex.shortFormEnds.contains(last)
                            || noConnector && lex.places.contains(restText) && !acronym && !englishWord(shortText)
                            || !acronym && rest.size() >= 2 && lex.connectors.contains(rest.get(0))
                                && lex.places.contains(restText.substring(rest.get(0).length() + 1).replaceFirst("^the ", ""))
                                && sw.stream().anyMatch(lex.orgHeads::contains);
                    if (body) {
                        longOf.computeIfAbsent(shortKey, x -> new HashSet<>()).add(l.concat());
                        surfaceOf.putIfAbsent(l.concat(), c.surface());
                    }
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, Set<String>> e : longOf.entrySet()) {
            if (e.getValue().size() == 1) {
                out.put(e.getKey(), surfaceOf.get(e.getValue().iterator().next()));
            }
        }
        return out;
    }

    /** Words written apart by a space, not joined by a hyphen only ("Quell-Tamar" joins two names). */
    private static boolean spaced(String surface) {
        return surface.strip().indexOf(' ') >= 0;
    }

    /** The words of a name, folded, without punctuation ("Quell Minerals Ltd." gives quell, minerals, ltd). */
    private static List<String> foldedWords(String surface) {
        List<String> out = new ArrayList<>();
        for (String w : WORD_BREAK.split(NameKeys.fold(surface).strip())) {
            String x = w.replaceAll("[^\\p{L}\\p{N}&]", "");
            if (!x.isEmpty()) {
                out.add(x);
            }
        }
        return out;
    }

    /**
     * A name written with a slash, a parenthesis or a hyphen inside ("Quell/Tamar", "Quell-Tamar"): two names joined,
     * no body's long name.
     */
    private static boolean hasNameBreak(String surface) {
        for (int i = 0; i < surface.length(); i++) {
            char ch = surface.charAt(i);
            if (ch == '/' || ch == '(' || NameKeys.isHyphen(ch)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The place of the article's dateline ("KUWAIT, July 5 (KUNA) --", "CAIRO:", "Tehran, IRNA --") as a
     * candidate of the first paragraph, with its offsets in the raw text: a dateline names the place the story
     * was filed from, so the place is a mention typed place by that alone (a structural cue, weighed as a title
     * is), and by the gazetteer as well when it lists it. The pattern of a wire dateline also reads a heading
     * word in capitals ("UPDATE -", "EXCLUSIVE:") as a place: a place the gazetteer does not list is taken only
     * when its last word is no English word. Null when there is none, or no body paragraph follows it.
     */
    private Candidate datelinePlace(Dateline dateline, String raw, boolean noBody) {
        if (dateline == null || dateline.place() == null || raw == null || noBody) {
            return null;
        }
        String place = dateline.place();
        int start = raw.indexOf(place, dateline.start());
        if (start < 0 || start + place.length() > dateline.end()) {
            return null;
        }
        Lexicon lex = keys.lexicon();
        String folded = NameKeys.fold(place).replaceAll("[\\s\\-\u2010\u2011]+", " ").strip();
        boolean gazetteer = lex.places.contains(folded) || lex.places.contains(NameKeys.fold(place));
        if (!gazetteer) {
            String[] words = folded.split(" ");
            String last = words[words.length - 1].replaceAll("[^\\p{L}]", "");
            if (last.length() < 3 || ENGLISH.isCommonWord(last) || lex.commonWords.contains(last)
                    || lex.titles.match(List.of(last), 0, 1) > 0 || lex.demonyms.contains(last) || lex.orgHeads.contains(last)) {
                return null;
            }
        }
        int[] votes = {0, 0, gazetteer ? PLACE_CUE + GAZETTEER_CUE : PLACE_CUE, 0};
        return new Candidate(0, start, start + place.length(), place, null, false, false, votes, true);
    }

    /** Type evidence of a dateline for its place, and of the gazetteer (as {@code MentionExtractor} weighs it). */
    private static final int PLACE_CUE = 3;
    private static final int GAZETTEER_CUE = 4;

    /**
     * The form a candidate stands for before coreference: its surface, but for a dateline's place written in
     * capitals ("KUWAIT", "SHARM EL-SHEIKH"), the place's name in ordinary case ("Kuwait", "Sharm El-Sheikh"), so
     * that it is keyed and counted as the place's name (not an acronym) and resolves to the place's entity.
     */
    static String rootOf(Candidate c) {
        String s = c.surface();
        if (!c.dateline() || !s.equals(s.toUpperCase(java.util.Locale.ROOT))) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean wordStart = true;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            b.append(wordStart ? ch : Character.toLowerCase(ch));
            wordStart = !Character.isLetter(ch) && !NameKeys.isApostrophe(ch);
        }
        return b.toString();
    }

    /**
     * True when {@code part}, which ends the full name {@code full}, is the father's name inside it, not a short
     * form of it: it follows a kinship word inside the name ("Tamar" of "Idris bin Tamar"), or it is itself a
     * nasab of two names or more after a given name ("Tamar Al-Idris Al-Dawud" ending "Sami Tamar Al-Idris
     * Al-Dawud"), the words before it being no titles (as {@code PairComparer} compares the forms across articles).
     */
    private boolean fathersName(NameKey full, NameKey part, String surface) {
        Lexicon lex = keys.lexicon();
        int extra = full.size() - part.size();
        if (extra >= 2 && lex.normalParticles.containsKey(full.spelled().get(extra - 1))) {
            return true;
        }
        if (part.size() < 2 || !lex.nasab(surface)) {
            return false;
        }
        int i = 0;
        while (i < extra) {
            int t = lex.titles.match(full.spelled(), i, extra - i);
            if (t == 0) {
                return true;
            }
            i += t;
        }
        return false;
    }

    /**
     * The given name of a person's full name as the key spells it: its first word of three letters or more that is
     * no initial, acronym, particle or title ("tamar" of "QT Tamar Idrisi"), when a surname follows it; else null.
     */
    private String givenWord(String surface) {
        if (surface == null) {
            return null;
        }
        String[] words = WORD_BREAK.split(surface.strip());
        Lexicon lex = keys.lexicon();
        for (int i = 0; i < words.length - 1; i++) {
            String w = words[i];
            String lower = NameKeys.fold(w).replaceAll("[^\\p{L}]", "");
            if (lex.isParticle(lower) || lex.titles.contains(lower)) {
                return null; // "Al Tamar Idrisi": a family's name, not a given name
            }
            if (lower.length() < 3 || NameKeys.isAcronym(w) || w.indexOf('.') >= 0) {
                continue;
            }
            for (String x : words) {
                String xl = NameKeys.fold(x);
                if (lex.orgHeads.contains(xl) || lex.placeWords.contains(xl) || lex.classNouns.contains(xl)) {
                    return null; // "Tamar II Airbase": named after a person, not the person
                }
            }
            NameKey k = keys.key(w, false);
            return k.size() == 1 ? k.lastSpelled() : null;
        }
        return null;
    }

    /** A sentence-initial capital is a name when the article or the registry uses it as one. */
    private boolean keepInitial(Candidate c, NameKey k, Set<String> nonInitial, Set<String> lastWords) {
        String s = c.surface();
        if (nonInitial.contains(s) || lastWords.contains(k.lastSpelled()) || known.containsKey(k.concat())) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            if (NameKeys.isHyphen(s.charAt(i)) || NameKeys.isApostrophe(s.charAt(i))) {
                return true;
            }
        }
        return keys.lexicon().places.contains(NameKeys.fold(s));
    }

    /**
     * True when every word before the last could be a given name: not an ordinary English word
     * (unless the lexicon lists it as a given name), a place of the gazetteer, a demonym, a title or
     * an acronym ("Save Sheikh Jarrah", "PM Benjamin Netanyahu", "Lebanese Hezbollah" are not a
     * person's name and surname), and the words are written apart ("Fatah-Hamas" joins two names). With
     * {@code englishWords}, an English word may be a given name ("Faith", "Grace") unless the lexicon lists it as a
     * word of an organisation, a place or a building, a qualifier or a direction.
     */
    private boolean givenNamePart(String surface, boolean englishWords) {
        if (surface.strip().indexOf(' ') < 0) {
            return false; // "Fatah-Hamas": two names joined by a hyphen, not a given name and a surname
        }
        String[] words = WORD_BREAK.split(surface.strip());
        Lexicon lex = keys.lexicon();
        for (int i = 0; i < words.length - 1; i++) {
            String w = words[i];
            if (w.isEmpty()) {
                continue;
            }
            if (w.endsWith("'s") || w.endsWith("\u2019s")) {
                return false; // "Lebanon's Hezballah", "Syria's Bashar al-Assad": a possessive, not a given name
            }
            String lower = NameKeys.fold(w).replaceAll("[^\\p{L}]", "");
            if (lower.isEmpty() || lex.isParticle(lower)) {
                continue;
            }
            if (NameKeys.isAcronym(w) || lex.places.contains(lower) || lex.demonyms.contains(lower)
                    || lex.titles.contains(lower) || lex.commonWords.contains(lower)
                    || ENGLISH.isCommonWord(lower) && !lex.givenNames.contains(lower) && (!englishWords
                        || lex.orgHeads.contains(lower) || lex.placeWords.contains(lower) || lex.classNouns.contains(lower)
                        || lex.ownerNouns.contains(lower) || lex.joinAfter.contains(lower) || lex.directions.contains(lower)
                        || lex.legalForms.contains(lower) || lex.placeQualifiers.contains(lower))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when no word before the last of a name is a word of an organisation, a place, a building or an office
     * (the lexicon's lists), a title, a demonym, a direction, an acronym, a possessive or a connector: the words
     * can be given names, whether English words or places ("Faith", "Georgia").
     */
    private boolean givenNamesBefore(String surface) {
        String[] words = WORD_BREAK.split(surface.strip());
        Lexicon lex = keys.lexicon();
        for (int i = 0; i < words.length - 1; i++) {
            String w = words[i];
            if (w.isEmpty() || w.length() <= 2 && w.endsWith(".")) {
                continue;
            }
            if (w.endsWith("'s") || w.endsWith("\u2019s") || NameKeys.isAcronym(w)) {
                return false;
            }
            String lower = NameKeys.fold(w).replaceAll("[^\\p{L}]", "");
            if (lower.isEmpty() || lex.isParticle(lower)) {
                continue;
            }
            if (lex.titles.contains(lower) || lex.demonyms.contains(lower) || lex.commonWords.contains(lower)
                    || lex.orgHeads.contains(lower) || lex.placeWords.contains(lower) || lex.classNouns.contains(lower)
                    || lex.ownerNouns.contains(lower) || lex.joinAfter.contains(lower) || lex.directions.contains(lower)
                    || lex.legalForms.contains(lower) || lex.placeQualifiers.contains(lower)
                    || lex.connectors.contains(lower)) {
                return false;
            }
        }
        return true;
    }

    private static final dev.gazette.analysis.text.Lexicon ENGLISH = dev.gazette.analysis.text.Lexicon.bundled();

    /** No type evidence of any kind. */
    /**
     * True when a name of the article of two words or more other than {@code full} (and its own shorter or longer
     * forms) ends with {@code surname}, whatever its cues: a relative ("his wife, Sarit Quellmark").
     */
    private static boolean otherBearer(List<NameKey> names, NameKey surname, NameKey full) {
        for (NameKey g : names) {
            if (g.size() >= 2 && !g.acronym() && endsWith(g, surname) && !(g.size() <= full.size() && endsWith(full, g))
                    && !(g.size() > full.size() && endsWith(g, full))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a name of the article other than {@code full} (and its own shorter or longer forms) reads as another
     * person's full name ending with {@code surname}: two or three words that can be given names before it, no
     * connector ("Sarit Quellmark", not "River for Quellmark"), and no spelling of {@code full} (the same key or the
     * same consonants: "Andrias Quellmark" and "Andreas Quellmark" are one person written two ways).
     */
    private boolean otherPerson(List<Candidate> cands, List<NameKey> names, NameKey surname, NameKey full) {
        for (int i = 0; i < names.size(); i++) {
            NameKey g = names.get(i);
            String s = cands.get(i).surface();
            if (g.size() >= 2 && !g.acronym() && endsWith(g, surname) && !(g.size() <= full.size() && endsWith(full, g))
                    && !(g.size() > full.size() && endsWith(g, full)) && nameWords(s) <= 3 && !hasConnector(s)
                    && !g.concat().equals(full.concat()) && !g.skeleton().equals(full.skeleton())
                    && givenNamesBefore(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the name opens a sentence with an English word that the lexicon does not list as a given name
     * ("Whatever Quell Tamar said"): the capital may be the sentence's, not a given name's.
     */
    private boolean openingWord(Candidate c, NameKey k) {
        String first = k.spelled().get(0);
        return c.sentenceInitial() && englishWord(first) && !keys.lexicon().givenNames.contains(first);
    }

    /** The words of a name that are no initial ("Sarit Q. Tamar" has two). */
    private static int nameWords(String surface) {
        int n = 0;
        for (String w : WORD_BREAK.split(surface.strip())) {
            if (w.length() > 1 && !(w.length() == 2 && w.endsWith(".")) && !INITIALS.matcher(w).matches()) {
                n++;
            }
        }
        return n;
    }

    /** An English word, or a word the lexicon lists as common ("quell" is, "quellmark" is not). */
    private boolean englishWord(String lower) {
        return ENGLISH.isCommonWord(lower) || keys.lexicon().commonWords.contains(lower);
    }

    static boolean noCue(int[] votes) {
        return votes[0] == 0 && votes[1] == 0 && votes[2] == 0;
    }

    /** No organisation or place evidence stronger than the person evidence. */
    /**
     * True when the word right before the candidate, with spaces alone between, is the article "the", and no "of" before
     * it: after "of the" the name may be an office's complement glued to its holder's name ("Chancellor of the
     * Exchequer Nigel Lawson").
     */
    private static boolean afterThe(Candidate c, Map<Integer, String> unitTexts) {
        String t = c.dateline() ? null : unitTexts.get(c.paragraph());
        if (t == null || c.start() > t.length()) {
            return false;
        }
        int k = c.start();
        while (k > 0 && t.charAt(k - 1) == ' ') {
            k--;
        }
        if (k == c.start() || k < 3) {
            return false;
        }
        if (!t.regionMatches(true, k - 3, "the", 0, 3) || k > 3 && Character.isLetterOrDigit(t.charAt(k - 4))) {
            return false;
        }
        // "Chancellor of the Exchequer Nigel Lawson": "of the" opens an office's complement, glued to the holder's name
        int b = k - 3;
        while (b > 0 && t.charAt(b - 1) == ' ') {
            b--;
        }
        return !(b >= 2 && b < k - 3 && t.regionMatches(true, b - 2, "of", 0, 2)
                && (b == 2 || !Character.isLetterOrDigit(t.charAt(b - 3))));
    }

    static boolean personLike(int[] votes) {
        return votes[1] <= votes[0] && votes[2] <= votes[0];
    }

    /** "Bank of England" is not a person's full name: people's names take no "of". */
    private boolean hasConnector(String surface) {
        for (String w : WORD_BREAK.split(NameKeys.fold(surface))) {
            if (keys.lexicon().connectors.contains(w) && !keys.lexicon().isParticle(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code part} repeats the last words of {@code full} as written (case, accents,
     * apostrophes and the article aside): inside one article a partial mention repeats the full
     * name's spelling, and "Reagan" is not taken for "Donald Regan".
     */
    private static boolean endsWith(NameKey full, NameKey part) {
        List<String> f = full.spelled();
        List<String> p = part.spelled();
        int off = f.size() - p.size();
        for (int i = 0; i < p.size(); i++) {
            if (!f.get(off + i).equals(p.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static String mostFrequentSurface(List<Candidate> cands, List<Integer> idx) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i : idx) {
            counts.merge(cands.get(i).surface(), 1, Integer::sum);
        }
        String best = null;
        int n = -1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }
}
