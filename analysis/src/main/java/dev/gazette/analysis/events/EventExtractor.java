package dev.gazette.analysis.events;

import dev.gazette.analysis.text.DateExpressions;
import dev.gazette.analysis.text.Sentences;
import dev.gazette.model.Article;
import dev.gazette.model.Paragraph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds meetings, talks, visits, phone calls and signings in an article: patterns over the
 * article's name mentions, sentence by sentence. A trigger phrase of {@link EventLexicon} names
 * the event; the named people, organisations and countries of the sentence that are not speakers
 * (a name followed by a verb of speech) nor the place are its participants; a place name after
 * "in" or "at" (for a visit: the place visited) is its place; the nearest date expression is its
 * date, resolved against the publication date. Pure: the same article and mentions give the same
 * events.
 */
public final class EventExtractor {

    private static final Pattern TAIL = Pattern.compile(
            ",\\s*(?:[^,]{0,80}?\\s)?(?:said|says|reported|reports|according\\s+to|sources\\s+said)\\b[^,]*$|,\\s*according\\s+to\\b.*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_A_SPEAKER_AFTER = Pattern.compile(
            "^\\s*(?:after|following|during|at\\s+the\\s+end\\s+of)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSSESSIVE = Pattern.compile("^['’]s?\\b");
    private static final Pattern LIST_GLUE = Pattern.compile("^\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)$");
    private static final Pattern BY_OR_OF = Pattern.compile("^\\s+(?:by|of)\\s+(?:[\\p{L}.'’-]+\\s+){0,6}?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NON_ACTOR_PREPOSITION = Pattern.compile(
            "\\b(?:in|at|to|into|near|across|over|on|for|toward|towards|inside|outside|around|throughout|within|from|without|about)"
            + "\\s+(?:the\\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western)\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern AFFILIATION = Pattern.compile(
            "^(?:['’]s?)?\\)?(?:\\s*\\([^()]{1,12}\\))?\\s+(?:(?!(?:and|with|met|meets|meet|in|at|for|by|said|says|on|who|which)\\b)[\\p{L}.'’-]+\\s+){0,4}$");
    private static final Pattern OF_AFTER_PERSON = Pattern.compile("\\b(?:of|from)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRIGGERISH = Pattern.compile(
            "\\b(?:meets?|met|meeting|talks|visit\\w*|sign\\w*|call|and|with|said|says)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY_OF = Pattern.compile("\\s+of\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE_START = Pattern.compile(",\\s*(?:who|which)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT_TITLE = Pattern.compile("[\\p{L}\\s.'’-]{0,80}");
    private static final Pattern SUBJECT_CLAUSE = Pattern.compile(
            "^\\s*(?:(?:on|in|at|earlier|later|this|last)\\s+(?:[\\w.]+\\s+){0,2}?)?(?:that\\s+)?(?:he|she|they|it)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DURING_OWN = Pattern.compile(
            "\\b(?:during|on|in)\\s+(?:a|an|the|his|her|their)\\s+(?:[\\w-]+\\s+){0,2}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PASSIVE = Pattern.compile("\\b(?:is|was|were|been|be|being)\\s+(?:\\w+ly\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OWN_VISIT = Pattern.compile("\\b(?:his|her|their)\\s+(?:[\\w-]+\\s+){0,2}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACE_BEFORE = Pattern.compile("\\b(?:in|at|inside)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPITAL_BEFORE = Pattern.compile("\\b(?:capital|city)(?:\\s+city)?\\s+(?:of\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** Before the noun "meeting": the body it belongs to and lower-case words ("the KMT meeting", "OPEC's annual meeting"). */
    private static final Pattern OWNER_GAP = Pattern.compile(
            "(?:['’]s?)?(?:\\s*\\([^()]{1,12}\\))?\\s+(?:(?-i:\\p{Ll})[\\p{L}'’-]*\\s+){0,3}");
    /** Someone is at the meeting and takes part: "Speaking at an informal X meeting, Y said", "chaired the X meeting". */
    private static final Pattern AT_MEETING = Pattern.compile(
            "\\b(?:at|attend(?:s|ed|ing)?|chair(?:s|ed|ing)?|address(?:es|ed|ing)?)"
            + "\\s+(?:(?:a|an|the|this|that)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}$", Pattern.CASE_INSENSITIVE);
    /** An auxiliary before "meeting": the verb ("X is meeting tomorrow with Y"), not the noun. */
    private static final Pattern VERB_BEFORE = Pattern.compile("\\b(?:is|are|was|were|be|been|being|am)\\s+$",
            Pattern.CASE_INSENSITIVE);
    /** A present tense in a temporal clause tells what is to come: "when X meets Y", "by the time X visits Z". */
    private static final Pattern TEMPORAL_PRESENT = Pattern.compile(
            "\\b(?:when|once|until|by\\s+the\\s+time)\\s+[^,;]{1,80}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEAD_OF = Pattern.compile("\\b(?:head|chief|leader|chairman|commander|secretary|president"
            + "|director|member|minister|spokesman|spokesperson|envoy|ambassador)\\s+(?:general\\s+)?of\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FRAME = Pattern.compile("\\s*(?:(?:(?:after|before|while|when|following)\\s+)?"
            + "(?:talking|meeting|speaking|conferring)\\s+with"
            + "|(?:in|during|at)\\s+(?:a|an|the|his|her|their)\\s+(?:[\\w-]+\\s+){0,2}?"
            + "(?:meeting|talks|conversation|phone\\s+call)"
            + "\\s+with"
            + "|(?:during|on|in)\\s+(?:a|an|his|her|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:visit|trip|tour)\\s+(?:to|of)"
            + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANAPHORIC = Pattern.compile("\\s*(?:The|This|That|These|Those)\\s+(?:[\\p{Ll}-]+\\s+){0,2}");
    private static final Pattern ANAPHORIC_NOUN = Pattern.compile("meetings?|talks|visit|trip|call|phone\\s+call|conversation");
    private static final Pattern NAMES_PARTIES = Pattern.compile("\\s*,?\\s*(?:between|with|by|of|among)\\b");
    private static final Pattern ADDRESSEE = Pattern.compile("\\b(?:told|tells|telling)\\s+$", Pattern.CASE_INSENSITIVE);
    /**
     * The audience of a verb of speech that is a body, after its determiner and qualifiers: "told the official X news
     * agency", "told the Thai News Agency" (a person there, "told US President X", may be the subject of what follows).
     */
    private static final Pattern BODY_ADDRESSEE = Pattern.compile("\\b(?:told|tells|telling)\\s+(?:the\\s+)?"
            + "(?:(?:official|state|state-run|semi-official|(?-i:\\p{Lu})[\\p{L}-]*)\\s+){0,2}$", Pattern.CASE_INSENSITIVE);
    /** A place right after a visit verb is the place visited, not a party: "Pakistanis visiting India before talks with X". */
    private static final Pattern VISITED_BEFORE = Pattern.compile("\\bvisit(?:s|ed|ing)?\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VENUE = Pattern.compile("\\bat\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile(",\\s*(?:who|which)\\b[^,;]*,");
    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("^['’]s?\\s+(?:[\\w-]+\\s+){0,2}$");
    /** A country or body after "from" that sends people: "foreign ministers from Egypt", "mediators from Qatar". */
    private static final Pattern PARTY_FROM = Pattern.compile("\\b(?:officials?|ministers?|delegat(?:es|ions?)|leaders?"
            + "|representatives?|envoys?|diplomats?|mediators?|negotiators?|counterparts?|chiefs?|heads?)"
            + "\\s+from\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WITHOUT = Pattern.compile("\\b(?:without|no|not|nor)\\b", Pattern.CASE_INSENSITIVE);
    /** A trigger that is the purpose of a trip: "arrives in Doha for peace talks". */
    private static final Pattern FOR_BEFORE = Pattern.compile("\\bfor\\s+(?:[\\w-]+\\s+){0,2}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LED_BY = Pattern.compile("\\b(?:led|headed)\\s+by\\s+(?:[\\p{L}.'’-]+\\s+){0,5}$",
            Pattern.CASE_INSENSITIVE);
    /** A visit that one returns from: its date is the return's ("who returns from a visit to Brazil on Sunday"). */
    private static final Pattern RETURN_FROM = Pattern.compile("\\b(?:return(?:s|ed|ing)?|back)\\s+from\\s+"
            + "(?:a|an|the|his|her|their)\\s+"
            + "(?:[\\w-]+\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** An apposition set off by commas: ", a close aide to President X,", ", head of Y's division,". */
    private static final Pattern APPOSITION = Pattern.compile(",\\s+(?:(?:a|an|the)\\s+)?"
            + "(?!(?:and|or|but|then|as|while|after|before|who|which|where|when)\\b)(?-i:\\p{Ll})[^,;]{0,100},",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DETERMINER = Pattern.compile(",\\s+(?:a|an|the)\\s", Pattern.CASE_INSENSITIVE);
    /** What may stand before a date that opens a sentence: a dateline ("TEHRAN –"), a quote mark. */
    private static final Pattern SENTENCE_OPENING = Pattern.compile("^[\\s\"“‘']*(?:(?-i:\\p{Lu}[\\p{Lu}\\s]*)\\s*[-–—]\\s*)?"
            + "(?:(?:on|in|during|early|late)\\s+)?", Pattern.CASE_INSENSITIVE);
    /** The subject of a reported clause is a pronoun: "said he met", "said it signed", "said that, on Monday, she had met". */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("\\b(?:he|she|it|they|we|i)\\b", Pattern.CASE_INSENSITIVE);
    /** Between a speaker's name and the verb: a closing bracket, a possessive, a ticker "(OIL)", an apposition, an adverb. */
    private static final Pattern SPEAKER_GAP = Pattern.compile(
            "[)>\\]]?(?:['’]s?)?\\s*(?:(?:\\(|&lt;|<)[^,()<>]{1,30}(?:\\)|>)\\s*)?(?:,[^,]{0,80},\\s*)?"
            + "(?:\\w+ly\\s+|also\\s+|later\\s+|then\\s+)?");
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("\\b(?:a|an|the|his|her|its|their|news|media|press)\\s+$",
            Pattern.CASE_INSENSITIVE);
    /** A verb of speech that opens a reported clause: "X, the spokesman, said that ...". */
    private static final Pattern REPORTED_THAT = Pattern.compile("^,[^,]*\\b(?:said|says|reported|reports)\\s+that\\s",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern THAT_BEFORE = Pattern.compile("\\bthat\\s+$", Pattern.CASE_INSENSITIVE);
    /** Names joined as one subject, the next one with its title in lower case: "X and foreign minister Y". */
    private static final Pattern COORDINATION = Pattern.compile(
            "^\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)(?:(?-i:\\p{Ll})[\\p{L}-]*\\s+){0,4}$");
    /** Between a portfolio word and the person whose title it is part of: capitalised words, commas, "and". */
    private static final Pattern PORTFOLIO_GAP = Pattern.compile(
            "(?:\\s*,?\\s*(?:and\\s+)?(?-i:\\p{Lu})[\\p{L}.'’-]*)*\\s*,?\\s*(?:and\\s+)?", Pattern.CASE_INSENSITIVE);
    /** A visit verb that may take a person as object (not "visiting", read by trigger rules of its own). */
    private static final Pattern VISIT_VERB = Pattern.compile("visit(?:s|ed)?", Pattern.CASE_INSENSITIVE);
    /** Between "visited" and its object person: a determiner and title words, no preposition first, no comma. */
    private static final Pattern VISIT_OBJECT = Pattern.compile(
            "\\s+(?!(?:to|in|at|on|from|with|for|by|and|of|during|the\\s+(?:region|country|city|area|site|capital))\\b)"
            + "(?:(?!(?:and|or|met|meet|meets|with|where|who|which|in|at|before|after|during)\\b)[\\p{L}.'’-]+\\s+){0,8}",
            Pattern.CASE_INSENSITIVE);
    /** A determiner or possessive before "visit": a noun ("the visit", "his visits", "X's visit"), not the verb. */
    private static final Pattern NOUN_BEFORE = Pattern.compile(
            "(?:\\b(?:a|an|the|his|her|its|their|this|that|whose|our|my|your)|['’]s?)\\s+(?:[\\w-]+\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** Between a verb of receiving a guest and the guest: capitalised words of a title, "the", "visiting", "his counterpart,". */
    private static final Pattern GUEST_GAP = Pattern.compile("\\s+(?:the\\s+)?(?:visiting\\s+)?(?:(?:his|her|their)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,2}?counterparts?,?\\s+)?(?:(?-i:\\p{Lu})[\\p{L}.'’-]*\\s+){0,6}");
    /** After a word of a portfolio listed in a title: more capitalised words of the list ("Industry and Energy X"). */
    private static final Pattern PORTFOLIO_NEXT = Pattern.compile("(?:\\s*,\\s*|\\s+and\\s+)\\p{Lu}");
    private static final Pattern TITLE_TO = Pattern.compile(
            "\\b(?:ambassador|envoy|representative|consul|delegate)\\s+to\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** Between a place and a trigger of a relative clause of place: ", where he met", ", where X and Y held". */
    private static final Pattern WHERE_CLAUSE = Pattern.compile(",\\s*where\\s+[^,;]*", Pattern.CASE_INSENSITIVE);
    /** Before a name whose kin or counsel is meant, not the person: "the family of X", "relatives of X". */
    private static final Pattern KIN_OF = Pattern.compile("\\b(?:family|families|relatives?|wife|husband|widow|son|daughter"
            + "|mother|father|brother|sister|parents|lawyers?)\\s+(?:members\\s+)?of\\s+(?:the\\s+(?:late\\s+)?)?$",
            Pattern.CASE_INSENSITIVE);
    /** After a name that qualifies a group led by someone named: "a Hamas delegation led by Y", "U.S. officials led by Y". */
    private static final Pattern GROUP_LED_BY = Pattern.compile("['’]?s?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:delegations?|officials"
            + "|team|negotiators|mission)\\s*,?\\s+(?:led|headed)\\s+by\\s+(?-i:\\p{Lu})|['’]?s?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?"
            + "(?:delegations?|officials|team|negotiators|mission)\\s*,?\\s+(?:led|headed)\\s+by\\s+(?:[\\p{Ll}-]+\\s+){1,3}"
            + "(?-i:\\p{Lu})");
    /** An open relative clause on a person before a trigger: ", who visited" (no comma closes it before the trigger). */
    private static final Pattern RELATIVE_OPEN = Pattern.compile(",\\s*who\\s+[^,;]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOWER_WORD_AFTER = Pattern.compile("\\s+(?-i:\\p{Ll})[\\p{L}-]*\\b");
    /** A modal of the future right before a date: "X would on Wednesday attend ... and hold talks". */
    private static final Pattern MODAL_BEFORE = Pattern.compile("\\b(?:will|would|shall|is\\s+to|are\\s+to)\\s+(?:also\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** The "and" of a second predicate right before its trigger: ", and met with", " and hold talks", " and also meet". */
    private static final Pattern COORDINATED_PREDICATE = Pattern.compile(
            ",?\\s+and\\s+(?:also\\s+|then\\s+|later\\s+)?(?:(?:held|hold|holds|holding|had|have)\\s+(?:[\\p{Ll}-]+\\s+)?)?$");
    private static final Pattern AS_WELL_AS = Pattern.compile("\\b(?:as\\s+well|such|so|just)\\s+$", Pattern.CASE_INSENSITIVE);

    private final EventLexicon lexicon;
    private final Sentences sentences;

    public EventExtractor(EventLexicon lexicon, Sentences sentences) {
        this.lexicon = lexicon;
        this.sentences = sentences;
    }

    /** The extractor with the bundled patterns. */
    public static EventExtractor standard() {
        return new EventExtractor(EventLexicon.standard(), Sentences.standard());
    }

    /**
     * The events of an article, in text order.
     *
     * @param article   the parsed article
     * @param names     its mentions (raw-text offsets), any order
     * @param published the publication date (given or estimated) against which relative dates
     *                  resolve, or {@code null}
     */
    public List<Event> extract(Article article, List<Named> names, LocalDate published) {
        List<Named> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(Named::start));
        List<Event> out = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        List<Frame> frames = new ArrayList<>();
        int ordinal = 0;
        for (Paragraph p : article.paragraphs()) {
            String text = p.text();
            List<Local> inParagraph = new ArrayList<>();
            for (Named n : sorted) {
                if (n.start() >= p.start() && n.end() <= p.end()) {
                    inParagraph.add(new Local(n, p.textOffset(n.start(), false), p.textOffset(n.end(), true)));
                }
            }
            for (Sentences.Bounds b : sentences.split(text)) {
                List<Local> in = new ArrayList<>();
                for (Local l : inParagraph) {
                    if (l.start >= b.start() && l.end <= b.end()) {
                        in.add(new Local(l.named, l.start - b.start(), l.end - b.start()));
                    }
                }
                String s = text.substring(b.start(), b.end());
                List<Frame> own = new ArrayList<>();
                for (Event e : sentence(s, in, published, own)) {
                    out.add(new Event(e.type(), e.participants(), e.place(), e.date(), e.dateExpression(), e.status(),
                            p.rawOffset(b.start()), p.rawOffset(b.end()), e.trigger()));
                    order.add(ordinal);
                }
                for (Frame f : own) {
                    frames.add(f.at(ordinal));
                }
                ordinal++;
            }
        }
        return withContext(out, order, frames, published);
    }

    /** What a sentence says about events told elsewhere in the article: their place or date. */
    private enum FrameKind {
        /** "The meeting, which was held Tuesday in Tehran, ...": of the last such event before it. */
        ANAPHORIC,
        /** "X held separate meetings with officials on Thursday": of X's events after it. */
        UMBRELLA,
        /** "X's visit to Baghdad": the place of X's events. */
        VISIT
    }

    /**
     * A frame of a sentence.
     *
     * @param participants the entity ids it concerns (none for an anaphoric frame)
     * @param place        its place, or {@code null}
     * @param placeWords   the words that give the place
     * @param date         its date expression, or {@code null}
     * @param dateWords    the words that give the date
     * @param ordinal      the sentence's position in the article
     */
    private record Frame(FrameKind kind, String type, List<String> participants, Named place, String placeWords,
                         DateExpressions.Found date, String dateWords, boolean planned, int ordinal) {
        Frame at(int sentence) {
            return new Frame(kind, type, participants, place, placeWords, date, dateWords, planned, sentence);
        }
    }

    /**
     * Gives events without a place or date those of the article's frames: an anaphoric sentence
     * right after them ("The meeting, which was held Tuesday in ... Tehran"), a reported visit of a
     * participant, a sentence that dates a participant's meetings ("held separate meetings ... on
     * Thursday"). Visits and planned events are left as they are.
     */
    private static List<Event> withContext(List<Event> events, List<Integer> order, List<Frame> frames, LocalDate published) {
        if (frames.isEmpty()) {
            return events;
        }
        Named[] place = new Named[events.size()];
        String[] placeWords = new String[events.size()];
        DateExpressions.Found[] date = new DateExpressions.Found[events.size()];
        String[] dateWords = new String[events.size()];
        for (Frame f : frames) {
            if (f.kind != FrameKind.ANAPHORIC) {
                continue;
            }
            for (int i = events.size() - 1; i >= 0; i--) {
                Event e = events.get(i);
                int at = order.get(i);
                if (at >= f.ordinal || at < f.ordinal - 2) {
                    continue;
                }
                if (compatible(e.type(), f.type)) {
                    if (e.place() == null && place[i] == null && f.place != null) {
                        place[i] = f.place;
                        placeWords[i] = f.placeWords;
                    }
                    if (e.dateExpression() == null && date[i] == null && f.date != null) {
                        date[i] = f.date;
                        dateWords[i] = f.dateWords;
                    }
                    break;
                }
            }
        }
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e.type().equals("visit") || e.status().equals("planned")) {
                continue;
            }
            Frame visit = null;
            Frame umbrella = null;
            for (Frame f : frames) {
                if (f.ordinal > order.get(i) || f.planned || !involves(e, f)) {
                    continue;
                }
                if (f.kind == FrameKind.VISIT && f.ordinal < order.get(i)) {
                    visit = f;
                } else if (f.kind == FrameKind.UMBRELLA && compatible(e.type(), f.type) && f.ordinal < order.get(i)) {
                    umbrella = f;
                }
            }
            if (e.place() == null && place[i] == null) {
                Frame from = umbrella != null && umbrella.place != null ? umbrella : visit;
                if (from != null && from.place != null && e.participants().stream().noneMatch(n -> n.entityId().equals(
                        from.place.entityId()))) {
                    place[i] = from.place;
                    placeWords[i] = from.placeWords;
                }
            }
            if (e.dateExpression() == null && date[i] == null && umbrella != null && umbrella.date != null) {
                date[i] = umbrella.date;
                dateWords[i] = umbrella.dateWords;
            }
        }
        List<Event> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            LocalDate day = e.date();
            if (date[i] != null) {
                day = DateExpressions.resolve(date[i], published, false);
            }
            out.add(new Event(e.type(), e.participants(), place[i] != null ? place[i] : e.place(), day,
                    date[i] != null ? date[i].text() : e.dateExpression(), e.status(), e.sentenceStart(), e.sentenceEnd(),
                    e.trigger(), placeWords[i], dateWords[i]));
        }
        return out;
    }

    private static boolean compatible(String a, String b) {
        return a.equals(b) || Set.of("meeting", "talks").containsAll(List.of(a, b));
    }

    private static boolean involves(Event e, Frame f) {
        for (Named n : e.participants()) {
            if (f.participants.contains(n.entityId())) {
                return true;
            }
        }
        return false;
    }

    /** A mention with offsets local to a paragraph or sentence. */
    private record Local(Named named, int start, int end) {
        boolean isPlace() {
            return "place".equals(named.kind());
        }

        boolean isActorKind() {
            return !"".equals(named.kind());
        }

        boolean isPlaceOrOther() {
            return isPlace() || "other".equals(named.kind());
        }
    }

    /** A trigger; {@code guest} when it is a verb of receiving a guest, an event only with a person as its object. */
    private record Trigger(String type, int start, int end, boolean guest) {
        Trigger(String type, int start, int end) {
            this(type, start, end, false);
        }
    }

    /** The events of one sentence (offsets of the result are not set), and its frames into {@code frames}. */
    List<Event> sentence(String s, List<Local> mentions, LocalDate published, List<Frame> frames) {
        Matcher tail = TAIL.matcher(s);
        int frameSubject = frameSubject(s, mentions);
        // in "Talking with X, Y said ...", the event ends with its subject Y; else at an attribution tail
        // an attribution tail ends the events' part; "X, Y, said that Z met W" opens a reported clause instead
        int limit = frameSubject >= 0 ? endOf(mentions, frameSubject)
                : tail.find() && !REPORTED_THAT.matcher(s.substring(tail.start())).find() ? tail.start() : s.length();
        List<Trigger> triggers = new ArrayList<>(triggers(s));
        triggers.removeIf(t -> t.start >= limit); // "..., the officials at the talks said"
        for (Trigger t : List.copyOf(triggers)) {
            String noun = s.substring(t.start, t.end).toLowerCase(Locale.ROOT);
            if (!t.type.equals("signing") && ANAPHORIC.matcher(s.substring(0, t.start)).matches()
                    && ANAPHORIC_NOUN.matcher(noun).matches() && !NAMES_PARTIES.matcher(s.substring(t.end)).lookingAt()) {
                // "The meeting, which was held Tuesday in the Iranian capital of Tehran, ...": an event told before
                triggers.remove(t);
                frames.add(anaphoric(s, t, mentions, limit));
            }
        }
        if (triggers.isEmpty()) {
            return List.of();
        }
        triggers.removeIf(t -> t.guest && !receivesAPerson(s, t, mentions));
        if (triggers.isEmpty()) {
            return List.of();
        }
        triggers.replaceAll(t -> visitsAPerson(s, t, mentions) ? new Trigger("meeting", t.start, t.end) : t);
        List<Local> actors = new ArrayList<>();
        List<Local> places = new ArrayList<>();
        List<int[]> titles = new ArrayList<>();
        for (Local m : mentions) {
            int[] title = apposedTitle(s, m, triggers);
            if (title != null) {
                titles.add(title);
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            Local m = mentions.get(i);
            if (titles.stream().anyMatch(r -> r[0] <= m.start && m.end <= r[1])) {
                continue; // "Quellcorp" in "the president of Quellcorp, X": the title's organisation, no party
            }
            if (titles.stream().anyMatch(r -> r[1] == m.start) && m.start < limit && !m.named.inTitle()) {
                actors.add(m); // "the president of Quellcorp, X": X holds the title, a person whatever the names layer said
                continue;
            }
            boolean speaker = m.start != frameSubject && isSpeaker(s, m);
            if (m.start >= limit && m.start != frameSubject || m.named.inTitle() || speaker || !m.isActorKind()) {
                continue;
            }
            if (m.isPlace() && POSSESSIVE.matcher(s.substring(m.end)).find() || isAffiliation(s, m, mentions, i)
                    || isModifier(s, mentions, i)) {
                continue;
            }
            String before = s.substring(Math.max(0, m.start - 20), m.start);
            if (ADDRESSEE.matcher(before).find() || !"person".equals(m.named.kind())
                    && BODY_ADDRESSEE.matcher(s.substring(Math.max(0, m.start - 45), m.start)).find()
                    || "organisation".equals(m.named.kind()) && VENUE.matcher(before).find()) {
                continue; // "told Reuters", "at the Munich Security Conference": neither takes part
            }
            Local prev = previous(mentions, i);
            boolean afterPlace = prev != null && prev.isPlaceOrOther() && m.isPlaceOrOther()
                    && between(s, prev.end, m.start).matches("\\s*,\\s*") && !continuesList(s, mentions, i);
            if ("person".equals(m.named.kind()) && PLACE_BEFORE.matcher(s.substring(Math.max(0, m.start - 20), m.start)).find()
                    && !POSSESSIVE.matcher(s.substring(m.end)).find()) {
                places.add(m); // "in Sharm el-Sheikh": a place whatever its look, not a party
                continue;
            }
            if (m.isPlace() && VISITED_BEFORE.matcher(s.substring(Math.max(0, m.start - 20), m.start)).find()) {
                places.add(m); // "visiting India": the place visited
                continue;
            }
            if (isNationality(s, m)) {
                continue; // "the Philippine government": an adjective of nationality names no party
            }
            String window = s.substring(Math.max(0, m.start - 60), m.start);
            Matcher from = PARTY_FROM.matcher(window);
            // "foreign ministers from Egypt" take part; "without a representative from Sharjah" does not
            boolean sent = from.find() && !WITHOUT.matcher(window.substring(Math.max(0, from.start() - 20), from.start())).find();
            boolean placeLike = m.isPlaceOrOther() && (NON_ACTOR_PREPOSITION.matcher(s.substring(0, m.start)).find() && !sent
                    || m.isPlace() && CAPITAL_BEFORE.matcher(s.substring(Math.max(0, m.start - 20), m.start)).find()
                    && !"other".equals(m.named.kind()) || afterPlace
                    || (!places.isEmpty() && places.get(places.size() - 1) == prev
                    && LIST_GLUE.matcher(s.substring(places.get(places.size() - 1).end, m.start)).matches()));
            if ("other".equals(m.named.kind()) && NON_ACTOR_PREPOSITION.matcher(s.substring(0, m.start)).find() && !sent) {
                places.add(m);
                continue;
            }
            if (!placeLike && lexicon.notParty.matcher(s.substring(m.start, m.end).strip()).find()) {
                continue; // "the Oslo Accords", "Administration officials": no party
            }
            if (KIN_OF.matcher(s.substring(Math.max(0, m.start - 40), m.start)).find()
                    || GROUP_LED_BY.matcher(s.substring(m.end)).lookingAt()) {
                continue; // "family members of X": the family takes part; "a Hamas delegation led by Y": Y does
            }
            if (isTitleOnly(s, m) || inPortfolio(s, mentions, i)
                    || lexicon.document.matcher(s.substring(m.start, m.end).strip()).matches()) {
                // "Senior Assistant", "Mining" of "Minister of Industry, Mining and Trade X": a title; "(MOU)": a document
                continue;
            }
            (placeLike ? places : actors).add(m);
        }
        Map<String, List<Trigger>> byType = new LinkedHashMap<>();
        for (Trigger t : triggers) {
            byType.computeIfAbsent(t.type, k -> new ArrayList<>()).add(t);
        }
        // "held talks with X, and met with Y and Z": two coordinated predicates of one subject, two events; else the
        // talks are the meeting's
        int[] coordinated = coordinated(s, byType);
        if (coordinated == null && (byType.containsKey("meeting") || byType.containsKey("phone_call"))) {
            byType.remove("talks");
        }
        List<Event> out = new ArrayList<>();
        if (byType.containsKey("visit")) {
            List<Local> destinations = new ArrayList<>();
            List<Event> visits = visits(s, byType.remove("visit"), mentions, actors, limit, published, destinations);
            out.addAll(visits);
            for (Event v : visits) {
                if (v.place() != null && v.status().equals("reported")) {
                    List<String> who = v.participants().stream().map(Named::entityId).toList();
                    frames.add(new Frame(FrameKind.VISIT, "visit", who, v.place(), v.trigger() + " ... " + v.place().name(),
                            null, null, false, 0));
                }
            }
            actors.removeAll(destinations);
            places.removeAll(destinations);
            places.addAll(destinations);
        }
        for (Map.Entry<String, List<Trigger>> e : byType.entrySet()) {
            Trigger first = e.getValue().get(0);
            Matcher end = lexicon.clauseEnd.matcher(s);
            int windowEnd = limit;
            if (end.find(first.end) && end.start() < windowEnd) {
                windowEnd = end.start();
            }
            // of two coordinated predicates, the first ends at the "and" and the second skips the first's objects
            int skipFrom = -1;
            int skipTo = -1;
            if (coordinated != null && first.start == coordinated[0]) {
                windowEnd = Math.min(windowEnd, coordinated[1]);
            } else if (coordinated != null && first.start == coordinated[2]) {
                skipFrom = coordinated[0];
                skipTo = first.start;
            }
            List<Local> participants = new ArrayList<>();
            // "was signed by", not "was meeting"
            boolean passive = PASSIVE.matcher(s.substring(0, first.start)).find()
                    && !s.substring(first.start, first.end).toLowerCase(Locale.ROOT).endsWith("ing");
            int clauseStart = clauseStart(s, first, actors);
            for (Local a : actors) {
                if (a.start < clauseStart || a.start >= skipFrom && a.start < skipTo
                        || aside(s, a, first, actors) || beforeReport(s, a, first, actors)) {
                    continue; // the main clause's subject before "as X met Y"; a name in a relative clause or apposition
                }
                if (a.end <= windowEnd && (!passive || a.start >= first.end
                        && between(s, first.end, a.start).matches("(?is).*\\b(?:by|between)\\b.*"))) {
                    participants.add(a);
                }
            }
            // "the KMT meeting", "the IAEA's Board of Governors meeting": the meeting of the body named before the noun
            Local owner = meetingOwner(s, first, participants);
            if (owner != null) {
                participants.clear();
                participants.add(owner);
            }
            // a body meeting as such: "the CME board would meet", "a meeting of UMOA finance ministers"
            boolean body = owner != null || participants.size() == 1 && "organisation".equals(participants.get(0).named.kind())
                    && e.getKey().equals("meeting") && !s.substring(first.end).matches("(?is)\\s+with\\b.*")
                    && (participants.get(0).end <= first.start && !s.substring(first.start, first.end).toLowerCase(Locale.ROOT)
                    .startsWith("meeting")
                    || participants.get(0).start >= first.end && BODY_OF.matcher(between(s, first.end,
                    participants.get(0).start)).matches());
            if (!participants.isEmpty() && FOR_BEFORE.matcher(s.substring(0, first.start)).find()
                    && !NAMES_PARTIES.matcher(s.substring(first.end)).lookingAt()
                    && LED_BY.matcher(s.substring(0, participants.get(0).start)).find()) {
                continue; // "a delegation led by X and Y arrives in Doha for talks": one side, no counterpart named
            }
            if (distinct(participants) < 2 && !body) {
                if (participants.size() == 1 && "person".equals(participants.get(0).named.kind())) {
                    // "X held separate meetings with a number of officials on Thursday": dates X's meetings told after
                    Frame f = umbrella(s, e.getKey(), first, participants.get(0), places, windowEnd);
                    if (f != null) {
                        frames.add(f);
                    }
                }
                continue;
            }
            Local place = null;
            for (Local pl : places) {
                String before = s.substring(Math.max(0, pl.start - 20), pl.start);
                boolean at = PLACE_BEFORE.matcher(before).find() || CAPITAL_BEFORE.matcher(before).find();
                // a place before the trigger is the event's only as the sentence's frame ("In Tehran, ..."), not
                // inside another phrase ("the security framework in the Middle East, X met Y")
                boolean frame = pl.start >= first.start || lexicon.placeFrame.matcher(s.substring(0, pl.start)).matches();
                boolean kind = !"person".equals(pl.named.kind()) || PLACE_BEFORE.matcher(before).find();
                if (pl.end <= windowEnd && kind && at && frame && !lexicon.modifier.matcher(s.substring(pl.end)).lookingAt()) {
                    place = pl;
                    break;
                }
            }
            if (place == null) {
                place = whereClausePlace(s, first, mentions);
            }
            out.add(event(e.getKey(), s, first, participants, place, published, windowEnd));
        }
        withVisitPlace(s, out);
        boolean dialogue = out.stream().anyMatch(ev -> !ev.type().equals("visit") && ev.participants().size() >= 2);
        if (dialogue) {
            out.removeIf(ev -> ev.type().equals("visit") && ev.trigger().toLowerCase().startsWith("arriv"));
            // "held talks with visiting President X": "visiting" qualifies a party of the talks, it tells no visit of its own
            out.removeIf(ev -> ev.type().equals("visit") && ev.place() == null
                    && ev.trigger().equalsIgnoreCase("visiting") && out.stream().anyMatch(o -> !o.type().equals("visit")
                    && o.participants().size() >= 2 && shareParticipant(o, ev)));
        }
        return out;
    }

    /**
     * The organisation that a noun "meeting" belongs to when it stands right before it with only lower-case words
     * between ("the KMT meeting", "the APEC (APEC) informal leaders' meeting") and the meeting names no parties after
     * ("with", "between"), else null.
     */
    private static Local meetingOwner(String s, Trigger t, List<Local> participants) {
        if (!s.substring(t.start, t.end).toLowerCase(Locale.ROOT).startsWith("meeting")
                || NAMES_PARTIES.matcher(s.substring(t.end)).lookingAt()
                || VERB_BEFORE.matcher(s.substring(Math.max(0, t.start - 12), t.start)).find()) {
            return null;
        }
        for (Local p : participants) {
            if (p.end <= t.start && "organisation".equals(p.named.kind())
                    && OWNER_GAP.matcher(between(s, p.end, t.start)).matches()
                    && !AT_MEETING.matcher(s.substring(Math.max(0, p.start - 50), p.start)).find()) {
                return p;
            }
        }
        return null;
    }

    /**
     * Two coordinated predicates of a meeting and talks ("held talks with X, and met with Y", "is to hold talks with X
     * and meet Y"): the start of the first trigger, of the "and" before the second and of the second trigger; else null.
     */
    private static int[] coordinated(String s, Map<String, List<Trigger>> byType) {
        if (!byType.containsKey("meeting") || !byType.containsKey("talks")) {
            return null;
        }
        Trigger meeting = byType.get("meeting").get(0);
        Trigger talks = byType.get("talks").get(0);
        Trigger one = meeting.start < talks.start ? meeting : talks;
        Trigger two = one == meeting ? talks : meeting;
        Matcher and = COORDINATED_PREDICATE.matcher(s.substring(one.end, two.start));
        if (!and.find() || !s.substring(one.end, two.start).contains(" with ")) {
            return null;
        }
        return new int[] {one.start, one.end + and.start(), two.start};
    }

    /**
     * Where the event's clause starts when a subordinating word with its own subject stands before the
     * trigger ("X blamed Y as Z was meeting W": at "as"), else 0.
     */
    private int clauseStart(String s, Trigger t, List<Local> actors) {
        Matcher m = lexicon.clauseStart.matcher(s.substring(0, t.start));
        int start = 0;
        while (m.find()) {
            String rest = s.substring(m.end(), t.start);
            if (rest.indexOf(',') >= 0 || AS_WELL_AS.matcher(s.substring(0, m.start())).find()) {
                continue;
            }
            for (Local a : actors) {
                if (a.start >= m.end() && a.end <= t.start) {
                    start = m.start();
                    break;
                }
            }
        }
        return start;
    }

    /**
     * True when a mention stands in a relative clause, or in an apposition to a person (or a name of unknown kind), that
     * the trigger is not in: "X, who oppose the takeover by Y, met Z", "X, a close aide to President Y, met Z".
     */
    private static boolean aside(String s, Local a, Trigger t, List<Local> actors) {
        for (Pattern p : List.of(RELATIVE_CLAUSE, APPOSITION)) {
            Matcher m = p.matcher(s);
            int from = 0;
            // the closing comma of one phrase may open the next: "X, headed by Y, head of Z's division, met W"
            while (from < s.length() && m.find(from)) {
                from = m.end() - 1;
                // the name before an apposition is a person's, or one of unknown kind ("Gabin Ran Kankani, head of ...")
                if (p == APPOSITION && (actors.stream().noneMatch(o -> o.end == m.start()
                        && ("person".equals(o.named.kind()) || "other".equals(o.named.kind())))
                        || !DETERMINER.matcher(s.substring(m.start())).lookingAt() && actors.stream().anyMatch(
                                o -> o.start > m.start() && o.end <= m.end() && "person".equals(o.named.kind())))) {
                    continue; // ", trade envoy X,": an item of a list of people, not an apposition
                }
                if (m.start() <= a.start && a.end <= m.end()) {
                    return !(m.start() <= t.start && t.end <= m.end());
                }
            }
        }
        return false;
    }

    /**
     * True when a mention stands before the verb of speech that frames the trigger's clause and is not
     * the speaker that a pronoun of that clause stands for: in "A spokesman for a group of X's employees
     * said he met Y", X is part of the speaker's description; in "X's spokesman said Z met Y", X reports.
     * The speaker (a name right before the verb, and the names listed with it) stays when the reported
     * clause's subject is a pronoun ("X said he met Y").
     */
    private boolean beforeReport(String s, Local a, Trigger t, List<Local> actors) {
        int verb = reportingVerb(s, t);
        if (verb < 0 || a.end > verb) {
            return false;
        }
        Matcher v = lexicon.speech.matcher(s);
        if (!v.find(verb)) {
            return false;
        }
        // the reported clause's subject: a pronoun before any name of it ("said he, Y and Z had met") or a name
        int firstNamed = actors.stream().filter(o -> o.start >= v.end() && o.end <= t.start).mapToInt(o -> o.start)
                .min().orElse(t.start);
        if (!PRONOUN_SUBJECT.matcher(s.substring(v.end(), firstNamed)).find()) {
            return true; // "X's spokesman said Z met Y": the reported clause has a subject of its own
        }
        // the speaker: the last name before the verb, with the names listed before it ("X and Y said they met")
        List<Local> before = actors.stream().filter(o -> o.end <= verb).toList();
        Local last = before.get(before.size() - 1);
        if (!SPEAKER_GAP.matcher(s.substring(last.end, verb)).matches()) {
            return true;
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            Local o = before.get(i);
            if (o == a) {
                return false;
            }
            if (i > 0 && !LIST_GLUE.matcher(between(s, before.get(i - 1).end, o.start)).matches()) {
                return true;
            }
        }
        return true;
    }

    /**
     * The start of the verb of speech whose reported clause holds the trigger ("said", lower case, not a noun
     * after a determiner, not "said after ..." nor a verb in a relative clause the trigger is not in), or -1.
     */
    private int reportingVerb(String s, Trigger t) {
        Matcher v = lexicon.speech.matcher(s);
        int found = -1;
        int from = 0;
        while (from < t.start && v.find(from) && v.end() <= t.start) {
            from = v.end();
            if (!Character.isLowerCase(s.charAt(v.start()))
                    || DETERMINER_BEFORE.matcher(s.substring(Math.max(0, v.start() - 12), v.start())).find()
                    || NOT_A_SPEAKER_AFTER.matcher(s.substring(v.end())).find() || s.substring(v.end(), t.start).indexOf(';') >= 0
                    // "X told reporters after meeting Y", "X would state his position when they meet": the speaker's clause
                    || lexicon.clauseStart.matcher(s.substring(v.end(), t.start)).find()
                    || inOtherRelativeClause(s, v.start(), v.end(), t)) {
                continue;
            }
            found = v.start();
        }
        return found;
    }

    /**
     * True when a visit trigger takes a person as its object: "X visited the Mexican ambassador Y", "X visited
     * Hezbollah leader Y in Beirut" (visiting a person is meeting them). The object is the trigger's direct object:
     * no preposition right after the verb, no comma before the person, and no place of its own before it (a place
     * in the person's title, "ambassador to Iran Y", does not count).
     */
    /**
     * The span {@code [title start, name start]} of a title with its organisation set off by a comma before the name
     * ("the president of Quellcorp for Latin America, X"), when the name is not an organisation or a place and no
     * trigger is inside the title; else {@code null}.
     */
    private int[] apposedTitle(String s, Local m, List<Trigger> triggers) {
        if ("organisation".equals(m.named.kind()) || m.isPlace() || PORTFOLIO_NEXT.matcher(s.substring(m.end)).lookingAt()) {
            return null; // "the Minister of Commerce, Industry and Energy X": "Industry" is a word of the portfolio
        }
        int from = Math.max(0, m.start - 160);
        Matcher t = lexicon.apposedTitle.matcher(s.substring(from, m.start));
        int found = -1;
        while (t.find(found + 1)) {
            found = t.start(); // the shortest title: "the president of X, " in "a meeting with the president of X, "
        }
        if (found < 0) {
            return null;
        }
        int start = from + found;
        if (triggers.stream().anyMatch(tr -> tr.start < m.start && start < tr.end)) {
            return null;
        }
        return new int[] {start, m.start};
    }

    /**
     * True when the first name after a verb of receiving a guest is a person's, with only a title, "the", "visiting"
     * or "his counterpart," between, and no possessive after it: "X received visiting Foreign Minister Y" is a meeting
     * of X and Y; "received NASA funding", "hosted Y's party" are none.
     */
    private static boolean receivesAPerson(String s, Trigger t, List<Local> mentions) {
        for (Local m : mentions) {
            if (m.start < t.end) {
                continue;
            }
            return "person".equals(m.named.kind()) && GUEST_GAP.matcher(s.substring(t.end, m.start)).matches()
                    && !POSSESSIVE.matcher(s.substring(m.end)).find();
        }
        return false;
    }

    private static boolean visitsAPerson(String s, Trigger t, List<Local> mentions) {
        if (!t.type.equals("visit") || !VISIT_VERB.matcher(s.substring(t.start, t.end)).matches()
                || NOUN_BEFORE.matcher(s.substring(Math.max(0, t.start - 30), t.start)).find()) {
            return false;
        }
        for (Local m : mentions) {
            if (m.start < t.end) {
                continue;
            }
            String gap = s.substring(t.end, m.start);
            if (m.start - t.end > 70 || !VISIT_OBJECT.matcher(gap).matches()) {
                return false;
            }
            if ("person".equals(m.named.kind())) {
                return true;
            }
            if (m.isPlace() && !TITLE_TO.matcher(gap).find() && !POSSESSIVE.matcher(s.substring(m.end)).find()) {
                return false; // "visited Israel": a place
            }
        }
        return false;
    }

    /**
     * The place of an event told in a relative clause of place after it: "a visit to Manama, where he met Y",
     * "jetted off to Riyadh, where he met Y", "from Iran, where X met Y"; else {@code null}.
     */
    private static Local whereClausePlace(String s, Trigger t, List<Local> mentions) {
        Local place = null;
        for (Local m : mentions) {
            if (m.end > t.start) {
                break;
            }
            if (m.isPlace() && !m.named.inTitle() && WHERE_CLAUSE.matcher(s.substring(m.end, t.start)).matches()) {
                place = m;
            }
        }
        return place;
    }

    /**
     * True when a name is written as an adjective of nationality before a lower-case word ("the Philippine government",
     * "Moslem guerrillas"): as written it matches {@code nationality} and differs from its entity's canonical name.
     */
    private boolean isNationality(String s, Local m) {
        String written = s.substring(m.start, m.end).strip();
        return !"person".equals(m.named.kind()) && !written.equals(m.named.name())
                && lexicon.nationality.matcher(written).matches()
                && LOWER_WORD_AFTER.matcher(s.substring(m.end)).lookingAt();
    }

    /** True when a name, as written and as its entity's canonical name, is only a title ("Russian President"). */
    private boolean isTitleOnly(String s, Local m) {
        return lexicon.title.matcher(m.named.name().strip()).matches()
                && lexicon.title.matcher(s.substring(m.start, m.end).strip()).matches();
    }

    /**
     * True when a name other than a person's is a word of a title's portfolio before a person: "Mining" and
     * "Housing" in "Minister of Industry, Mining and Trade X", "Minister of Housing and Urban Development Y".
     */
    private boolean inPortfolio(String s, List<Local> mentions, int i) {
        Local m = mentions.get(i);
        if ("person".equals(m.named.kind())
                || !lexicon.portfolio.matcher(s.substring(Math.max(0, m.start - 80), m.start)).find()) {
            return false;
        }
        for (int j = i + 1; j < mentions.size(); j++) {
            Local next = mentions.get(j);
            if (next.start - m.end > 80) {
                return false;
            }
            if ("person".equals(next.named.kind()) || "other".equals(next.named.kind())) {
                return PORTFOLIO_GAP.matcher(between(s, m.end, next.start)).matches();
            }
        }
        return false;
    }

    /** True when the mention at {@code i}, or the last of "A and B" it starts, qualifies a word ("United States-backed"). */
    private boolean isModifier(String s, List<Local> mentions, int i) {
        for (int j = i; j < mentions.size(); j++) {
            Local m = mentions.get(j);
            if (lexicon.modifier.matcher(s.substring(m.end)).lookingAt()) {
                return true;
            }
            if (j + 1 >= mentions.size() || !between(s, m.end, mentions.get(j + 1).start).matches("\\s+and\\s+")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Gives an event of a sentence without a place the place of the sentence's one visit by one of its
     * participants: "X visits P to meet Y", "X met Y during a trip to P".
     */
    private static void withVisitPlace(String s, List<Event> events) {
        for (int k = 0; k < events.size(); k++) {
            Event e = events.get(k);
            if (e.type().equals("visit") || e.place() != null) {
                continue;
            }
            List<Event> visits = events.stream().filter(v -> v.type().equals("visit") && v.place() != null
                    && !inRelativeClause(s, v.trigger()) && shareParticipant(v, e)).toList();
            if (visits.size() == 1 && e.participants().stream().noneMatch(n -> n.entityId().equals(
                    visits.get(0).place().entityId()))) {
                events.set(k, new Event(e.type(), e.participants(), visits.get(0).place(), e.date(), e.dateExpression(),
                        e.status(), e.sentenceStart(), e.sentenceEnd(), e.trigger()));
            }
        }
    }

    /** True when the words (first found) stand in a relative clause: ", who flew to Indonesia yesterday,". */
    private static boolean inRelativeClause(String s, String words) {
        int at = s.indexOf(words);
        Matcher m = RELATIVE_CLAUSE.matcher(s);
        while (at >= 0 && m.find()) {
            if (m.start() <= at && at < m.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean shareParticipant(Event a, Event b) {
        for (Named n : a.participants()) {
            for (Named m : b.participants()) {
                if (n.entityId().equals(m.entityId())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the mention at {@code i} is followed by ", X" or " and X" with X another place: a list, not an apposition. */
    private static boolean continuesList(String s, List<Local> mentions, int i) {
        if (i + 1 >= mentions.size()) {
            return false;
        }
        Local next = mentions.get(i + 1);
        String glue = between(s, mentions.get(i).end, next.start);
        // "A, B, C" of places, or "A, B and C" of any parties
        return glue.matches("\\s*(?:,\\s*(?:and\\s+)?|and\\s+)(?:the\\s+)?")
                && (next.isPlaceOrOther() || glue.contains("and") && next.isActorKind());
    }

    /** The text between two offsets, or a character no pattern matches when they overlap. */
    private static String between(String s, int from, int to) {
        return from <= to ? s.substring(from, to) : "\u0000";
    }

    private static Local previous(List<Local> mentions, int i) {
        return i == 0 ? null : mentions.get(i - 1);
    }

    private static long distinct(List<Local> participants) {
        return participants.stream().map(l -> l.named.entityId()).distinct().count();
    }

    /** An organisation or country written just before a person as part of the person's title ("IMF Managing Director X"). */
    private boolean isAffiliation(String s, Local m, List<Local> mentions, int i) {
        if ("person".equals(m.named.kind())) {
            return false;
        }
        for (int j = i + 1; j < mentions.size(); j++) {
            Local next = mentions.get(j);
            if (next.start - m.end > 60) {
                break;
            }
            if ("person".equals(next.named.kind())) {
                if (next.start >= m.end && AFFILIATION.matcher(between(s, m.end, next.start)).matches()) {
                    return true;
                }
                break;
            }
        }
        // "The Foreign Ministers from Azerbaijan": people sent by a country, not a person's title
        boolean sent = PARTY_FROM.matcher(s.substring(Math.max(0, m.start - 60), m.start)).find();
        if (i > 0 && !sent && OF_AFTER_PERSON.matcher(s.substring(0, m.start)).find()) {
            for (int j = i - 1; j >= 0; j--) {
                Local prev = mentions.get(j);
                if ("person".equals(prev.named.kind()) || "other".equals(prev.named.kind())) {
                    String between = between(s, prev.end, m.start);
                    if (between.length() <= 50 && !TRIGGERISH.matcher(between).find()) {
                        return true;
                    }
                    break;
                }
            }
        }
        return headOfBeforePerson(s, mentions, i);
    }

    /**
     * True when the mention at {@code i} is, or follows, the organisation of a title set off before
     * a person by commas: "the head of the Popular Mobilization Units (PMU), known as ..., X".
     */
    private static boolean headOfBeforePerson(String s, List<Local> mentions, int i) {
        for (int k = i; k >= 0 && mentions.get(i).start - mentions.get(k).end < 100; k--) {
            Local org = mentions.get(k);
            if ("person".equals(org.named.kind())) {
                return false;
            }
            if (!HEAD_OF.matcher(s.substring(Math.max(0, org.start - 40), org.start)).find()) {
                continue;
            }
            for (int j = i + 1; j < mentions.size(); j++) {
                Local next = mentions.get(j);
                if (next.start - org.end > 120) {
                    return false;
                }
                if ("person".equals(next.named.kind())) {
                    String between = between(s, org.end, next.start);
                    return between.matches("(?s).*,\\s*$") && !TRIGGERISH.matcher(between).find();
                }
            }
            return false;
        }
        return false;
    }

    private List<Event> visits(String s, List<Trigger> triggers, List<Local> mentions, List<Local> actors,
                               int limit, LocalDate published, List<Local> destinationsOut) {
        Map<String, Event> out = new LinkedHashMap<>();
        for (Trigger t : triggers) {
            List<Local> visitors = new ArrayList<>();
            String lower = s.substring(t.start, t.end).toLowerCase();
            if (lower.equals("visiting")) {
                for (Local a : actors) {
                    if (a.start >= t.end && a.start - t.end < 60 && "person".equals(a.named.kind())) {
                        visitors.add(a);
                        break;
                    }
                }
            } else {
                for (Local a : actors) {
                    if (a.start >= t.end && a.start - t.end < 50
                            && between(s, t.end, a.start).matches("(?is)\\s+(?:by|of|from)\\s+(?:[\\p{L}.'’-]+\\s+){0,6}?")) {
                        visitors.add(a);
                        break;
                    }
                }
                if (visitors.isEmpty()) {
                    // "the visit this week by X", "a visit to Tokyo by X"
                    for (Local a : actors) {
                        if (a.start >= t.end && a.start - t.end < 80 && between(s, t.end, a.start)
                                .matches("(?is)\\s+(?:[\\p{L}.'’-]+\\s+){1,4}?by\\s+(?:[\\p{L}.'’-]+\\s+){0,6}?")) {
                            visitors.add(a);
                            break;
                        }
                    }
                }
                if (visitors.isEmpty()) {
                    for (Local a : actors) {
                        if (a.end <= t.start && !a.isPlace() && POSSESSIVE_BEFORE.matcher(between(s, a.end, t.start)).matches()) {
                            visitors.add(a);
                        }
                    }
                }
                if (visitors.isEmpty() && (OWN_VISIT.matcher(s.substring(0, t.start)).find()
                        || DURING_OWN.matcher(s.substring(0, t.start)).find())) {
                    for (Local a : actors) {
                        if ("person".equals(a.named.kind())) {
                            visitors.add(a);
                            break;
                        }
                    }
                }
                if (visitors.isEmpty() && out.isEmpty()) {
                    Local nearest = null;
                    for (Local a : actors) {
                        if (a.end <= t.start && !a.isPlace() && !aside(s, a, t, actors) && !beforeReport(s, a, t, actors)) {
                            nearest = a;
                        }
                    }
                    if (nearest != null) {
                        visitors.add(nearest);
                        int idx = actors.indexOf(nearest);
                        for (int i = idx - 1; i >= 0; i--) {
                            Local prev = actors.get(i);
                            if (COORDINATION.matcher(between(s, prev.end, actors.get(i + 1).start)).matches()) {
                                visitors.add(0, prev);
                            } else {
                                break;
                            }
                        }
                    }
                }
            }
            if (visitors.isEmpty()) {
                continue;
            }
            List<Local> destinations = new ArrayList<>();
            for (Local m : mentions) {
                if (m.isPlace() && m.end <= t.start && t.start - m.end <= 2) {
                    destinations.add(m);
                }
            }
            for (Local m : mentions) {
                if (!destinations.isEmpty() && destinations.get(0).end <= t.start) {
                    break;
                }
                boolean direct = !m.isPlace() && !"person".equals(m.named.kind()) && destinations.isEmpty()
                        && between(s, t.end, m.start).matches("(?is)\\s*(?:to\\s+)?(?:the\\s+)?");
                if (!(m.isPlace() || direct) || m.start < t.end || m.start >= limit || visitors.contains(m)
                        || m.named.inTitle()) {
                    continue;
                }
                if (destinations.isEmpty()) {
                    String between = between(s, t.end, m.start);
                    Local by = visitors.get(0);
                    if (by.start > t.end && m.start >= by.end
                            && between(s, by.end, m.start).matches("(?is)\\s+to\\s+(?:the\\s+)?")) {
                        between = ""; // "a visit by X to Manama": the place after the visitor
                    }
                    // "visited Tokyo", "the northern Russian city of P", "east China's P" (a region of a country)
                    if (between.length() <= 40 && between.matches("(?is)\\s*(?:to\\s+|in\\s+|of\\s+)?(?:the\\s+)?"
                            + "(?:(?:[\\p{L}-]+\\s+){1,2}?(?:city|town|capital|province|region|resort|port)\\s+of\\s+"
                            + "|(?:capital|city)(?:\\s+city)?\\s+(?:of\\s+)?"
                            + "|(?-i:(?:north|south|east|west|central|northern|southern|eastern|western|"
                            + "north-?eastern|north-?western|south-?eastern|south-?western"
                            + "|northeast|northwest|southeast|southwest))\\s+)?")) {
                        Local region = regionOf(s, m, mentions);
                        destinations.add(region != null ? region : m);
                    } else {
                        break;
                    }
                } else {
                    Local last = destinations.get(destinations.size() - 1);
                    String glue = between(s, last.end, m.start);
                    if (glue.matches("\\s*,\\s*") && !lastIsList(s, m, mentions)) {
                        continue;
                    }
                    if (LIST_GLUE.matcher(glue).matches()) {
                        destinations.add(m);
                    } else {
                        break;
                    }
                }
            }
            destinationsOut.addAll(destinations);
            if (destinations.isEmpty()) {
                Event e = event("visit", s, t, visitors, null, published, clauseEnd(s, t, limit));
                out.putIfAbsent(key(e), e);
            } else {
                for (Local d : destinations) {
                    Event e = event("visit", s, t, visitors, d, published, clauseEnd(s, t, limit));
                    out.remove(key(new Event("visit", e.participants(), null, null, null, "", 0, 0, "")));
                    out.put(key(e), e);
                }
            }
        }
        List<Event> result = new ArrayList<>(out.values());
        result.removeIf(e -> e.place() == null && result.stream().anyMatch(o -> o.place() != null
                && o.participants().equals(e.participants())));
        return result;
    }

    /**
     * Where the clause of a visit ends (the sentence's event limit at the latest); a relative clause on
     * the visitor goes on telling the visit ("the visit of X, who arrives on Friday").
     */
    private int clauseEnd(String s, Trigger t, int limit) {
        Matcher end = lexicon.clauseEnd.matcher(s);
        int from = t.end;
        while (end.find(from) && end.start() < limit) {
            if (!RELATIVE_START.matcher(s.substring(end.start(), Math.min(s.length(), end.start() + 12))).lookingAt()) {
                return end.start();
            }
            from = end.end();
        }
        return limit;
    }

    /** The place right after a place's possessive ("China's Shandong Province"): the region of the country, or null. */
    private static Local regionOf(String s, Local place, List<Local> mentions) {
        for (Local next : mentions) {
            if (next.start >= place.end) {
                return next.isPlace() && between(s, place.end, next.start).matches("['’]s\\s+") ? next : null;
            }
        }
        return null;
    }

    /** True when a place after ", " continues a list of places ("A, B and C") rather than naming where the last one is. */
    private static boolean lastIsList(String s, Local m, List<Local> mentions) {
        String after = s.substring(m.end, Math.min(s.length(), m.end + 6));
        if (after.matches("(?s)\\s*,?\\s*and\\b.*")) {
            return true;
        }
        // "A, B, C": a place follows the comma; "Pyongyang, North Korea, to meet": B is where A is
        for (Local next : mentions) {
            if (next.start >= m.end) {
                return next.isPlace() && between(s, m.end, next.start).matches("\\s*,\\s*(?:the\\s+)?");
            }
        }
        return false;
    }

    private static String key(Event e) {
        StringBuilder b = new StringBuilder(e.type());
        e.participants().forEach(n -> b.append('|').append(n.entityId()));
        return b.append('@').append(e.place() == null ? "" : e.place().entityId()).toString();
    }

    private Event event(String type, String s, Trigger t, List<Local> participants, Local place, LocalDate published) {
        return event(type, s, t, participants, place, published, s.length());
    }

    private Event event(String type, String s, Trigger t, List<Local> participants, Local place, LocalDate published,
                        int windowEnd) {
        String before = s.substring(Math.max(0, t.start - 40), t.start);
        boolean planned = lexicon.planned.matcher(before).find();
        DateExpressions.Found date = null;
        boolean returned = RETURN_FROM.matcher(s.substring(0, t.start)).find();
        for (DateExpressions.Found f : DateExpressions.find(s)) {
            if (attachedToSpeech(s, f) || f.start() >= windowEnd || inOtherRelativeClause(s, f, t)
                    || outsideOwnRelativeClause(s, f, t)
                    || returned && f.start() >= t.end || ofAnotherClause(s, f, t)) {
                continue;
            }
            if (date == null || distance(f, t) < distance(date, t)) {
                date = f;
            }
        }
        date = firstOfPair(s, date);
        // "the meeting due on Thursday"; "X would on Wednesday attend ... and hold talks": a cue after the trigger or
        // right before its date
        String word = s.substring(t.start, t.end).toLowerCase(Locale.ROOT);
        planned = planned || lexicon.plannedAfter.matcher(s.substring(t.end)).lookingAt()
                || List.of("meets", "visits", "signs").contains(word) && TEMPORAL_PRESENT.matcher(s.substring(0, t.start)).find()
                || date != null && date.end() <= t.start && MODAL_BEFORE.matcher(
                        s.substring(Math.max(0, date.start() - 20), date.start())).find();
        LocalDate day = date == null ? null : DateExpressions.resolve(date, published, planned);
        if (day != null && published != null && day.isAfter(published)) {
            planned = true;
        }
        List<Named> named = new ArrayList<>();
        for (Local l : participants) {
            if (named.stream().noneMatch(n -> n.entityId().equals(l.named.entityId()))) {
                named.add(l.named);
            }
        }
        return new Event(type, named, place == null ? null : place.named, day, date == null ? null : date.text(),
                planned ? "planned" : "reported", 0, 0, s.substring(t.start, t.end));
    }

    /**
     * True when a date before the trigger is parted from it by a clause boundary ({@code date.barrier}:
     * "backtracked on Wednesday after meeting X"), so that it dates the other clause's verb; a date that
     * opens the sentence ("On Monday, after talks, X met Y") frames the whole sentence.
     */
    private boolean ofAnotherClause(String s, DateExpressions.Found f, Trigger t) {
        if (f.end() > t.start || SENTENCE_OPENING.matcher(s.substring(0, f.start())).matches()) {
            return false;
        }
        return lexicon.dateBarrier.matcher(s.substring(f.end(), t.start)).find();
    }

    /** The first day of "on Thursday and Friday" when the second is the date found, else the date itself. */
    private static DateExpressions.Found firstOfPair(String s, DateExpressions.Found date) {
        if (date == null) {
            return null;
        }
        for (DateExpressions.Found g : DateExpressions.find(s)) {
            if (g.end() <= date.start() && between(s, g.end(), date.start()).matches("\\s+and\\s+")) {
                return g;
            }
        }
        return date;
    }

    /**
     * True when the trigger stands in a relative clause (", who visited Russia after ...,") and the date before it
     * does not: "X spoke on Monday with Y, who visited Russia" does not date the visit.
     */
    private static boolean outsideOwnRelativeClause(String s, DateExpressions.Found f, Trigger t) {
        Matcher m = RELATIVE_OPEN.matcher(s.substring(0, t.start));
        int open = -1;
        while (m.find()) {
            open = m.start();
        }
        return open >= 0 && f.end() <= open;
    }

    /** True when a date is inside a relative clause (", who flew to Indonesia yesterday,") the trigger is not in. */
    private static boolean inOtherRelativeClause(String s, DateExpressions.Found f, Trigger t) {
        return inOtherRelativeClause(s, f.start(), f.end(), t);
    }

    /** True when the words from {@code start} to {@code end} are inside a relative clause the trigger is not in. */
    private static boolean inOtherRelativeClause(String s, int start, int end, Trigger t) {
        Matcher m = RELATIVE_CLAUSE.matcher(s);
        while (m.find()) {
            if (m.start() <= start && end <= m.end()) {
                return !(m.start() <= t.start && t.end <= m.end());
            }
        }
        return false;
    }

    private boolean attachedToSpeech(String s, DateExpressions.Found f) {
        String before = s.substring(Math.max(0, f.start() - 25), f.start());
        String after = s.substring(f.end(), Math.min(s.length(), f.end() + 25));
        Matcher b = Pattern.compile("(?:\\w+)\\s+(?:\\w+\\s+)?$").matcher(before);
        // "said on Monday" dates the speech; "said that on Monday X met Y" dates the reported clause
        boolean verbBefore = b.find() && lexicon.speech.matcher(before.substring(b.start())).find()
                && !THAT_BEFORE.matcher(before).find();
        boolean verbAfter = lexicon.speech.matcher(after).lookingAt() || after.matches("(?s)^\\s*,?\\s*(?:said|says|told)\\b.*");
        return verbBefore || verbAfter;
    }

    private static int distance(DateExpressions.Found f, Trigger t) {
        return f.start() >= t.end ? f.start() - t.end : 2 * Math.max(0, t.start - f.end());
    }

    /** The frame of an anaphoric trigger: the place and date its clause gives. */
    private Frame anaphoric(String s, Trigger t, List<Local> mentions, int limit) {
        Named place = null;
        String placeWords = null;
        for (Local m : mentions) {
            String before = s.substring(Math.max(0, m.start - 20), m.start);
            if (m.start > t.end && m.start < limit && m.isPlace() && !m.named.inTitle()
                    && (PLACE_BEFORE.matcher(before).find() || CAPITAL_BEFORE.matcher(before).find())) {
                place = m.named;
                placeWords = words(s, t.start, m.end);
                break;
            }
        }
        DateExpressions.Found date = null;
        for (DateExpressions.Found f : DateExpressions.find(s)) {
            if (f.start() >= t.end && !attachedToSpeech(s, f)) {
                date = f;
                break;
            }
        }
        return new Frame(FrameKind.ANAPHORIC, t.type, List.of(), place, placeWords, date,
                date == null ? null : words(s, t.start, date.end()), false, 0);
    }

    /** The frame of a meeting with one named participant and unnamed others, when it names a date or place. */
    private Frame umbrella(String s, String type, Trigger t, Local who, List<Local> places, int windowEnd) {
        boolean planned = lexicon.planned.matcher(s.substring(Math.max(0, t.start - 40), t.start)).find();
        DateExpressions.Found date = null;
        for (DateExpressions.Found f : DateExpressions.find(s)) {
            if (f.start() >= t.end && f.start() < windowEnd && !attachedToSpeech(s, f)) {
                date = f;
                break;
            }
        }
        Local place = null;
        for (Local pl : places) {
            if (pl.start > t.end && pl.end <= windowEnd && PLACE_BEFORE.matcher(s.substring(Math.max(0, pl.start - 20),
                    pl.start)).find()) {
                place = pl;
                break;
            }
        }
        if (date == null && place == null) {
            return null;
        }
        return new Frame(FrameKind.UMBRELLA, type, List.of(who.named.entityId()), place == null ? null : place.named,
                place == null ? null : words(s, t.start, place.end), date,
                date == null ? null : words(s, t.start, date.end()), planned, 0);
    }

    /** The words of {@code s} from {@code from} to {@code to}, white space collapsed, at most 120 characters. */
    private static String words(String s, int from, int to) {
        String w = s.substring(from, Math.max(from, to)).replaceAll("\\s+", " ").strip();
        return w.length() <= 120 ? w : w.substring(0, 117) + "...";
    }

    private static int endOf(List<Local> mentions, int start) {
        for (Local m : mentions) {
            if (m.start == start) {
                return m.end;
            }
        }
        return start;
    }

    /**
     * In a sentence opened by a participial or prepositional frame ("Talking with X, Y said ...",
     * "In a separate meeting with X, Y thanked ..."), the subject of the main clause takes part in the
     * event even when a verb of speech follows it: the start of that subject's mention, else -1.
     */
    private static int frameSubject(String s, List<Local> mentions) {
        Matcher f = FRAME.matcher(s);
        if (!f.lookingAt()) {
            return -1;
        }
        int comma = s.indexOf(',', f.end());
        if (comma < 0) {
            return -1;
        }
        for (Local m : mentions) {
            if (m.start > comma && !m.named.inTitle()) {
                // the subject, after nothing or its title ("..., Pakistani prime minister X announces")
                String between = s.substring(comma + 1, m.start);
                return "person".equals(m.named.kind()) && SUBJECT_TITLE.matcher(between).matches()
                        && !TRIGGERISH.matcher(between).find() ? m.start : -1;
            }
        }
        return -1;
    }

    private boolean isSpeaker(String s, Local m) {
        String after = s.substring(m.end, Math.min(s.length(), m.end + 60));
        Matcher v = Pattern.compile("^(?:['’]s?)?\\s*(?:,[^,]{0,50},\\s*)?(?:\\w+ly\\s+|also\\s+|later\\s+|then\\s+)?")
                .matcher(after);
        if (!v.find()) {
            return false;
        }
        String rest = after.substring(v.end());
        Matcher sp = lexicon.speech.matcher(rest);
        if (!sp.lookingAt()) {
            return false;
        }
        String afterVerb = rest.substring(sp.end());
        return !NOT_A_SPEAKER_AFTER.matcher(afterVerb).find() && !SUBJECT_CLAUSE.matcher(afterVerb).find();
    }

    private List<Trigger> triggers(String s) {
        List<Trigger> found = new ArrayList<>();
        Matcher guest = lexicon.guest.matcher(s);
        while (guest.find()) {
            Trigger t = new Trigger("meeting", guest.start(), guest.end(), true);
            if (!blocked(s, t)) {
                found.add(t);
            }
        }
        for (Map.Entry<String, List<Pattern>> e : lexicon.triggers.entrySet()) {
            for (Pattern p : e.getValue()) {
                Matcher m = p.matcher(s);
                while (m.find()) {
                    Trigger t = new Trigger(e.getKey(), m.start(), m.end());
                    if (found.stream().anyMatch(f -> f.start < t.end && t.start < f.end)) {
                        continue;
                    }
                    if (!blocked(s, t) && (!t.type.equals("signing") || hasDocument(s, t))) {
                        found.add(t);
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt(Trigger::start));
        return found;
    }

    private boolean hasDocument(String s, Trigger t) {
        Matcher m = lexicon.document.matcher(s.substring(Math.max(0, t.start - 60), Math.min(s.length(), t.end + 80)));
        return m.find();
    }

    private boolean blocked(String s, Trigger t) {
        int from = Math.max(0, t.start - 40);
        String window = s.substring(from, Math.min(s.length(), t.end + 60));
        for (Pattern b : lexicon.blocks) {
            Matcher m = b.matcher(window);
            while (m.find()) {
                if (from + m.start() < t.end && t.start < from + m.end()) {
                    return true;
                }
            }
        }
        int clause = Math.max(Math.max(s.lastIndexOf(',', t.start - 1), s.lastIndexOf(';', t.start - 1)), t.start - 50);
        String before = s.substring(Math.max(0, clause), t.start);
        return lexicon.blockBefore.matcher(before).find();
    }
}
