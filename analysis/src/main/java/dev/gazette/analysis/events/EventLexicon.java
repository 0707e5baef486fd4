package dev.gazette.analysis.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The patterns of event extraction, read from {@code events.tsv} (bundled) or a user's file of
 * the same format: trigger phrases per event type, the documents a signing needs, blocking
 * contexts, cues of planned events, verbs of speech, the prepositions of place, the words that end
 * an event's clause, the words after a name that make it a modifier rather than a party, and
 * (optional) the names that are never parties, the words that open a subordinate clause, the words
 * that part a date before a trigger from it, the names that are only a title ("Senior Assistant",
 * "Russian President") and the title words whose portfolio follows them ("Minister of Industry, Mining
 * and Trade X").
 */
public final class EventLexicon {

    /** The kinds of line joined into one pattern each (every kind but {@code trigger.<type>} and {@code block}). */
    private static final List<String> SINGLE_KINDS = List.of("document", "block.before", "planned", "speech",
            "place.preposition", "clause.end", "modifier", "not.party", "clause.start", "date.barrier", "title",
            "portfolio", "nationality", "planned.after", "guest", "apposed.title", "place.frame");

    private static final EventLexicon STANDARD = parse(bundled(), "events.tsv");

    final Map<String, List<Pattern>> triggers;
    final Pattern document;
    final List<Pattern> blocks;
    final Pattern blockBefore;
    final Pattern planned;
    final Pattern speech;
    final Pattern placePreposition;
    final Pattern clauseEnd;
    final Pattern modifier;
    final Pattern notParty;
    final Pattern clauseStart;
    final Pattern dateBarrier;
    final Pattern title;
    final Pattern portfolio;
    final Pattern nationality;
    final Pattern plannedAfter;
    /** A verb of receiving a guest ("received", "hosted"): a meeting when a person's name is its object. */
    final Pattern guest;
    /** A title with its organisation set off by a comma before a name: the name holds it ("the head of X, Y"). */
    final Pattern apposedTitle;
    /** The text before a place that frames the sentence's events: "In Tehran, ...", "While in P, ...". */
    final Pattern placeFrame;

    private EventLexicon(Map<String, List<Pattern>> triggers, Pattern document, List<Pattern> blocks,
                         Pattern blockBefore, Pattern planned, Pattern speech, Pattern placePreposition,
                         Pattern clauseEnd, Pattern modifier, Pattern notParty, Pattern clauseStart,
                         Pattern dateBarrier, Pattern title, Pattern portfolio, Pattern nationality,
                         Pattern plannedAfter, Pattern guest, Pattern apposedTitle, Pattern placeFrame) {
        this.triggers = triggers;
        this.document = document;
        this.blocks = List.copyOf(blocks);
        this.blockBefore = blockBefore;
        this.planned = planned;
        this.speech = speech;
        this.placePreposition = placePreposition;
        this.clauseEnd = clauseEnd;
        this.modifier = modifier;
        this.notParty = notParty;
        this.clauseStart = clauseStart;
        this.dateBarrier = dateBarrier;
        this.title = title;
        this.portfolio = portfolio;
        this.nationality = nationality;
        this.plannedAfter = plannedAfter;
        this.guest = guest;
        this.apposedTitle = apposedTitle;
        this.placeFrame = placeFrame;
    }

    /** The bundled patterns. */
    public static EventLexicon standard() {
        return STANDARD;
    }

    /**
     * Reads a user's patterns file.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed rule
     */
    public static EventLexicon read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<String> bundled() {
        try (InputStream in = EventLexicon.class.getResourceAsStream("events.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing bundled events.tsv");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled events.tsv", e);
        }
    }

    static EventLexicon parse(List<String> lines, String origin) {
        Map<String, List<Pattern>> triggers = new LinkedHashMap<>();
        Map<String, List<String>> single = new LinkedHashMap<>();
        List<Pattern> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException(origin + ":" + (i + 1) + ": expected KIND<TAB>PATTERN");
            }
            String kind = line.substring(0, tab).strip();
            String regex = line.substring(tab + 1).strip();
            Pattern p;
            try {
                p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(origin + ":" + (i + 1) + ": bad pattern: " + e.getDescription());
            }
            if (kind.startsWith("trigger.")) {
                String type = kind.substring("trigger.".length());
                if (!EventType.isKnown(type)) {
                    throw new IllegalArgumentException(origin + ":" + (i + 1) + ": unknown event type '" + type
                            + "'; use " + EventType.LABELS);
                }
                triggers.computeIfAbsent(type, k -> new ArrayList<>()).add(p);
            } else if (kind.equals("block")) {
                blocks.add(p);
            } else if (SINGLE_KINDS.contains(kind)) {
                single.computeIfAbsent(kind, k -> new ArrayList<>()).add(regex);
            } else {
                throw new IllegalArgumentException(origin + ":" + (i + 1) + ": unknown kind '" + kind
                        + "'; use trigger.<type>, block, " + String.join(", ", SINGLE_KINDS.subList(0, SINGLE_KINDS.size() - 1))
                        + " or " + SINGLE_KINDS.get(SINGLE_KINDS.size() - 1));
            }
        }
        return new EventLexicon(triggers, join(single, "document", origin), blocks, join(single, "block.before", origin),
                join(single, "planned", origin), join(single, "speech", origin), join(single, "place.preposition", origin),
                join(single, "clause.end", origin), join(single, "modifier", origin), optional(single, "not.party"),
                optional(single, "clause.start"), optional(single, "date.barrier"), optional(single, "title"),
                optional(single, "portfolio"), optional(single, "nationality"), optional(single, "planned.after"),
                optional(single, "guest"), optional(single, "apposed.title"), optional(single, "place.frame"));
    }

    /** The rules of an optional kind joined, or a pattern that never matches when the file has none. */
    private static Pattern optional(Map<String, List<String>> single, String kind) {
        return single.containsKey(kind) ? join(single, kind, "") : Pattern.compile("(?!)");
    }

    private static Pattern join(Map<String, List<String>> single, String kind, String origin) {
        List<String> alternatives = single.get(kind);
        if (alternatives == null) {
            throw new IllegalArgumentException(origin + ": no '" + kind + "' rule");
        }
        return Pattern.compile("(?:" + String.join(")|(?:", alternatives) + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
