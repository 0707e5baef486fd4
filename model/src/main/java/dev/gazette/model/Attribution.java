package dev.gazette.model;

/**
 * A labelled source line such as {@code Original Source: www.jpost.com}.
 *
 * @param field the model field it fills ({@code original_source}, {@code publisher}, {@code related})
 * @param label the label as written, e.g. {@code Original Source}
 * @param value the value after the label
 * @param line  the 1-based line it stands on
 */
public record Attribution(String field, String label, String value, int line) {
}
