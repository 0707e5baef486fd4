package dev.gazette.analysis.names;

import dev.gazette.model.TextEdit;
import java.util.List;

/**
 * A mention written otherwise than its entity's canonical name, with the rewrite that would
 * make it canonical: what the {@code name-variant} and {@code alias-variant} rules report.
 *
 * @param mention     the mention
 * @param replacement how it is written canonically
 * @param kind        for another name of the entity, its kind ({@code acronym}, {@code alias},
 *                    {@code other}); {@code null} for a spelling variant
 * @param message     what is wrong, in words, with the evidence
 * @param suggestion  what to do
 * @param edits       the rewrite, as edits on the raw text, word by word
 * @param probability the match probability of the mention's form and the form it is rewritten
 *                    to, NaN when the two were joined through other forms only (or for another name)
 * @param strong      whether the evidence is strong enough for the rewrite to be applied by
 *                    default: a probability at or above the model's apply threshold
 */
public record NameVariant(Mention mention, String replacement, String kind, String message, String suggestion,
                          List<TextEdit> edits, double probability, boolean strong) {

    public NameVariant {
        edits = List.copyOf(edits);
    }

    /** Offset of the mention's first character in the raw text. */
    public int start() {
        return mention.start();
    }

    /** Offset just past the mention in the raw text. */
    public int end() {
        return mention.end();
    }
}
