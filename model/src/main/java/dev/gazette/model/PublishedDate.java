package dev.gazette.model;

import dev.gazette.model.constraints.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * When an article was published, as parsed from a date line, with the original text.
 *
 * @param date the calendar date
 * @param time the time of day, or {@code null} when the text gives none
 * @param text the date text as it stands in the article
 * @param line the 1-based line it was found on
 */
public record PublishedDate(@PlausibleDate LocalDate date, LocalTime time, @NotBlank String text, int line) {

    /** ISO-8601: {@code 2023-05-29} or {@code 2023-05-29T20:28}. */
    public String iso() {
        return time == null ? date.toString() : date + "T" + time;
    }
}
