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
 */
public record Event(String type, List<Named> participants, Named place, LocalDate date, String dateExpression,
                    String status, int sentenceStart, int sentenceEnd, String trigger) {

    public Event {
        participants = List.copyOf(participants);
    }
}
