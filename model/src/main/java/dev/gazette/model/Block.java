package dev.gazette.model;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * A single-line piece of an article such as its title, dek or a section heading.
 *
 * @param text  the text, trimmed
 * @param line  the 1-based line it stands on
 * @param start offset of the first character in the raw text
 * @param end   offset just past the last character in the raw text
 */
public record Block(@NotBlank String text, @Min(1) int line, @Min(0) int start, @Min(0) int end) {
}
