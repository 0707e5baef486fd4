package dev.gazette.validate.fix;

import dev.gazette.model.Finding;
import java.util.List;

/**
 * The clean version of one article.
 *
 * @param cleanText       the raw text with every applied change
 * @param cleanParagraphs each body paragraph's text with the changes inside it applied
 * @param changes         the applied changes, in text order
 * @param conflicts       {@code fix-conflict} findings for fixes left out because they overlapped
 */
public record Normalised(String cleanText, List<String> cleanParagraphs, List<Change> changes,
                         List<Finding> conflicts) {

    public Normalised {
        cleanParagraphs = List.copyOf(cleanParagraphs);
        changes = List.copyOf(changes);
        conflicts = List.copyOf(conflicts);
    }

    /** The clean body: paragraphs separated by a blank line. */
    public String cleanBody() {
        return String.join("\n\n", cleanParagraphs);
    }
}
