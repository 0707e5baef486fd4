package dev.gazette.analysis.events;

import java.time.LocalDate;
import java.util.List;

/**
 * One event a sentence reports: a meeting, talks, a visit, a phone call or a signing.
 *
 * @param type           {@code meeting}, {@code talks}, {@code visit}, {@code phone_call} or {@code signing}
 * @param participants   the named participants, in text order
 * @param place          the named place, or {@code null}
 * @param date           the day, when the expression resolves to one, else {@code null}
 * @param dateExpression the date expression as written, or {@code null}
 * @param status         {@code reported} or {@code planned}
 * @param sentenceStart  offset of the sentence in the raw text
 * @param sentenceEnd    offset just past the sentence
 * @param trigger        the words that name the event, as written
 * @param placeContext   when the place comes from another sentence of the article (a visit of a
 *                       participant, "The meeting was held in ..."), its words; else {@code null}
 * @param dateContext    when the date comes from another sentence ("held separate meetings ... on
 *                       Thursday", "The meeting, held Tuesday"), its words; else {@code null}
 */
public record Event(String type, List<Named> participants, Named place, LocalDate date, String dateExpression,
                    String status, int sentenceStart, int sentenceEnd, String trigger, String placeContext,
                    String dateContext) {

    public Event {
        participants = List.copyOf(participants);
    }

    /** An event whose place and date, if any, come from its own sentence. */
    public Event(String type, List<Named> participants, Named place, LocalDate date, String dateExpression,
                 String status, int sentenceStart, int sentenceEnd, String trigger) {
        this(type, participants, place, date, dateExpression, status, sentenceStart, sentenceEnd, trigger, null, null);
    }
}
